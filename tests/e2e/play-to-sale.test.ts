// The trainee's whole journey in a real browser: pick the shipped outbound-bundle scenario by
// keyboard, play the checker's best path with number keys, and check the debrief agrees with the
// checker; then the same journey in Simplified Chinese, and the layout in a smaller window.
// Lines appear at once (?pace=instant); pacing itself is covered by the unit tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import type { ScenarioReport } from '../../src/toolchain/check-scenario.ts';
import type { ScenarioMeta } from '../../src/core/schemas/scenario-meta.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { browserPerTest, type OpenBrowser } from './browser.ts';
import { settled } from './settled.ts';
import { keyFor } from './trainee.ts';

const SCENARIO = 'outbound-bundle';
const CJK = /[\u4e00-\u9fff]/;

let report: ScenarioReport;
let meta: ScenarioMeta;

beforeAll(() => {
  const checked = checkFile(`stories/${SCENARIO}/en.ink`, courseRubric);
  if (!checked.bundle) throw new Error(`stories/${SCENARIO}/en.ink does not compile: ${JSON.stringify(checked.report.errors)}`);
  report = checked.report;
  meta = checked.bundle.meta;
});

const browser = browserPerTest();

/** Presses Tab until the card for `id` has focus, as a keyboard-only trainee would. */
async function tabToScenario(b: OpenBrowser, id: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await b.page.keyboard.press('Tab');
    const focused = await b.page.evaluate(() => document.activeElement?.getAttribute('data-scenario-id') ?? null);
    if (focused === id) return;
  }
  throw new Error(`Tab never reached the card for ${id}`);
}

async function waitForChoices(b: OpenBrowser): Promise<number> {
  await b.page.waitForSelector('#choices[data-ready="true"] button.choice', { timeout: 30_000 });
  return b.page.locator('#choices button.choice').count();
}

describe('playing outbound-bundle to a sale', () => {
  it('reaches the checker\'s best score by keyboard alone and explains every point in the debrief', async () => {
    const b = await browser();
    const { page } = b;
    expect(report.bestOutcome).toBe('sale');
    expect(report.bestOverall).not.toBeNull();

    // The checker explores with seed 0; the same seed makes the run comparable to its best path.
    await page.goto('/?seed=0&pace=instant');
    await page.waitForSelector(`[data-scenario-id="${SCENARIO}"]`);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await b.screenshot('1-scenario-list');

    await tabToScenario(b, SCENARIO);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.briefing');
    await page.waitForSelector('.stage-slot canvas');
    await settled(page);
    const briefing = await page.locator('.briefing').innerText();
    expect(briefing).toContain(meta.persona);
    if (meta.goal) expect(briefing).toContain(meta.goal);
    for (const line of meta.brief) expect(briefing).toContain(line);
    for (const hidden of [...meta.needs, ...meta.objections]) expect(briefing).not.toContain(hidden.description);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('start');
    await b.screenshot('2-briefing');

    await page.keyboard.press('Enter');
    const half = Math.floor(report.bestPath.length / 2);
    for (const [step, index] of report.bestPath.entries()) {
      const offered = await waitForChoices(b);
      expect(offered).toBeGreaterThan(index);
      if (step === half) {
        await settled(page);
        expect(await page.locator('.transcript .line--customer').count()).toBeGreaterThan(0);
        await b.screenshot('3-conversation');
      }
      // The replies are shown in a seeded order: the key is the wanted reply's place in the list.
      await page.keyboard.press(await keyFor(page, index));
    }

    await page.waitForSelector('.debrief', { timeout: 30_000 });
    await settled(page);
    await b.screenshot('4-debrief');

    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('sale');
    expect(await page.locator('.outcome-title').innerText()).toBe('Sale');
    expect(await page.locator('[data-overall]').innerText()).toBe(String(report.bestOverall));
    expect(await page.locator('[data-stat="duration"] .stat-note').innerText(), 'the best path keeps to the scenario\'s time limit').toBe('within 07:00');
    for (const dimension of ['discovery', 'objections', 'closing']) {
      const score = await page.locator(`[data-dimension="${dimension}"] .dim-score`).getAttribute('data-score');
      expect(score, `${dimension} is scored`).toMatch(/^\d+$/);
      expect(Number(score)).toBe(report.bestScores[dimension]);
    }
    const notes = await page.locator('.review .notes-list').allInnerTexts();
    expect(notes.length).toBeGreaterThan(0);
    const evidence = notes.join('\n');
    expect(evidence).toMatch(/revealed need: \S/);
    expect(evidence).toMatch(/resolved objection: \S/);
    expect(courseRubric.techniques.some((t) => evidence.includes(t.label.en))).toBe(true);
    expect(evidence).toMatch(/Need discovery/);

    await page.locator('.review').scrollIntoViewIfNeeded();
    await b.screenshot('5-debrief-transcript');
    expect(b.errors).toEqual([]);
  });
});

describe('the Chinese journey', () => {
  it('switches to Simplified Chinese, remembers it, and plays the Chinese scenario', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    await page.click('[data-language="zh-CN"]');
    await page.waitForSelector('[data-language="zh-CN"][aria-pressed="true"]');
    expect(await page.locator('h1').first().innerText()).toBe('选择客户');
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);

    await page.reload();
    await page.waitForSelector(`[data-scenario-id="${SCENARIO}"]`);
    expect(await page.locator('h1').first().innerText()).toBe('选择客户');
    expect(await page.locator(`[data-scenario-id="${SCENARIO}"] .card-title`).innerText()).toMatch(CJK);

    await page.click(`[data-scenario-id="${SCENARIO}"]`);
    await page.click('[data-action="start"]');
    await waitForChoices(b);
    await page.keyboard.press('1');
    await waitForChoices(b);
    await settled(page);
    expect(await page.locator('.transcript').innerText()).toMatch(CJK);
    expect(await page.locator('#choices').innerText()).toMatch(CJK);
    expect(await page.locator('.replies h2').innerText()).toBe('您的回复');
    await b.screenshot('6-conversation-zh');
    expect(b.errors).toEqual([]);
  });
});

describe('a smaller window', () => {
  it('keeps the conversation usable at 1024×640 without sideways scrolling', async () => {
    const b = await browser();
    const { page } = b;
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto('/?pace=instant');
    await page.click(`[data-scenario-id="${SCENARIO}"]`);
    await page.click('[data-action="start"]');
    await waitForChoices(b);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const choice = await page.locator('#choices button.choice').first().boundingBox();
    expect(choice).not.toBeNull();
    expect((choice?.y ?? 0) + (choice?.height ?? 0)).toBeLessThanOrEqual(640);
    await b.screenshot('7-conversation-1024x640');
    expect(b.errors).toEqual([]);
  });

  it('fits a phone: the header\'s brand, menu and language switch never overlap, in either language', async () => {
    const b = await browser();
    const { page } = b;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    // What is painted: the brand's text can overflow its shrunken box, so it is measured itself.
    const boxes = () => page.evaluate(() => [['.brand-mark', '.brand-name'], ['.nav'], ['.topbar-tools']].map((selectors) => {
      const rects = selectors.map((s) => document.querySelector(s)!.getBoundingClientRect());
      return {
        left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)),
      };
    }));
    for (const language of ['en', 'zh-CN']) {
      await page.click(`[data-language="${language}"]`);
      const [brand, nav, tools] = await boxes();
      expect(brand!.right, `${language}: brand ends before the menu`).toBeLessThanOrEqual(nav!.left);
      expect(nav!.right, `${language}: menu ends before the tools`).toBeLessThanOrEqual(tools!.left);
      expect(tools!.right).toBeLessThanOrEqual(390);
      expect(brand!.bottom - brand!.top, `${language}: the brand stays one row`).toBeLessThanOrEqual(60);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    // The name is hidden from sight only.
    expect(await page.locator('.brand-name').innerText()).toBe('销售陪练');
    await b.screenshot('8-phone-header');
    expect(b.errors).toEqual([]);
  });
});
