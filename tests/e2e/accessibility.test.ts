// Every screen a trainee or a trainer reaches passes axe-core's WCAG 2.2 A/AA and best-practice
// rules: contrast, names that match what is shown, landmarks, heading order, a keyboard-scrollable
// transcript. Checked after animations settle, in English and in Simplified Chinese.
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { browserPerTest, type OpenBrowser } from './browser.ts';
import { settled } from './settled.ts';
import { choose, playToEnd, shippedReport, waitForChoices } from './trainee.ts';

// CodeMirror's scroller holds a contenteditable, which is focusable, but axe does not count it.
const EDITOR = ['.cm-scroller'];

const browser = browserPerTest();

/** The violations once the page is still (no animation running, the stage at rest). */
async function violations(b: OpenBrowser, skip: string[] = []): Promise<string[]> {
  await settled(b.page);
  return accessibilityViolations(b.page, EDITOR, skip);
}

describe('accessibility', () => {
  it('finds no violations on the trainee\'s screens, from the list to the debrief, in both languages', async () => {
    const b = await browser();
    const { page } = b;
    const report = shippedReport('outbound-bundle');
    for (const language of ['en', 'zh-CN'] as const) {
      await page.goto('/?pace=instant&seed=0');
      await page.waitForSelector('.card');
      await page.click(`[data-language="${language}"]`);
      expect(await violations(b), `${language} scenario list`).toEqual([]);
      await page.click('[data-scenario-id="outbound-bundle"]');
      await page.waitForSelector('.briefing');
      expect(await violations(b), `${language} briefing`).toEqual([]);
      await page.click('[data-action="start"]');
      await choose(page, report.bestPath.slice(0, 2));
      await waitForChoices(page);
      expect(await page.locator('.line--coach').count(), 'coach feedback is on screen').toBeGreaterThan(0);
      expect(await violations(b), `${language} conversation`).toEqual([]);
      await playToEnd(page);
      expect(await violations(b), `${language} debrief`).toEqual([]);
      await page.click('.debrief [data-action="replay"]');
      await page.waitForSelector('.replay-screen');
      expect(await violations(b), `${language} step-by-step replay`).toEqual([]);
      await page.click('[data-nav="progress"]');
      await page.waitForSelector('.progress-screen');
      expect(await violations(b), `${language} progress`).toEqual([]);
      await page.click('[data-nav="data"]');
      await page.waitForSelector('.data-screen');
      expect(await violations(b), `${language} data and settings`).toEqual([]);
    }
    expect(b.errors).toEqual([]);
  });

  it('finds no violations in the scenario studio\'s report, play-test and branch map', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/author/');
    await page.waitForSelector('.best-path li', { timeout: 60_000 });
    expect(await violations(b), 'report').toEqual([]);
    await page.click('[data-tab="play"]');
    await page.waitForSelector('#panel-play .choices[data-ready="true"] button.choice');
    expect(await violations(b), 'play-test').toEqual([]);
    // Played to its debrief with the first reply each time.
    for (let step = 0; step < 30 && await page.locator('#panel-play .debrief').count() === 0; step += 1) {
      await page.waitForSelector('#panel-play button.choice, #panel-play .debrief');
      if (await page.locator('#panel-play .debrief').count() > 0) break;
      await page.keyboard.press('1');
    }
    await page.waitForSelector('#panel-play .debrief');
    expect(await violations(b), 'play-test debrief').toEqual([]);
    await page.click('[data-tab="map"]');
    await page.waitForSelector('.map-svg');
    // The map draws each choice cut to its box ("…"); its name is the whole choice, points and
    // line, so a cut word cannot match the name word for word. Every other rule still applies.
    expect(await violations(b, ['label-content-name-mismatch']), 'branch map').toEqual([]);
    await page.click('[data-tab="library"]');
    expect(await violations(b), 'my scenarios').toEqual([]);
    await page.click('[data-language="zh-CN"]');
    await page.click('[data-action="new"]');
    await page.waitForSelector('dialog[open] .template-card');
    expect(await violations(b), 'new scenario dialog, in Chinese').toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
