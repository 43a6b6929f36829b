// A story that runs away in the Studio: the checker refuses a silent loop with the reason at its
// knot's line instead of freezing the checking worker, and "play from here" on a looping knot the
// checker never reaches stops with the knot and its line in the play-test pane. After each, the
// page still answers keys and clicks: the trainer fixes nothing and plays on from the beginning.
import { describe, expect, it } from 'vitest';
import { browserPerTest, type OpenBrowser } from './browser.ts';
import { SILENT_LOOP } from '../helpers/hostile-stories.ts';
import { scenarioSource } from '../helpers/scenario-source.ts';

const UNREACHED_LOOP = scenarioSource(`
Hello? # speaker: customer
* [Ask how they use the phone #discovery: +1]
  I run out of data. # reveals: data
  Fine, I will take it. # outcome: sale
  -> END

=== spin ===
~ temp n = 0
- (again)
~ n = n + 1
-> again
`, { id: 'unreached-loop', title: 'Unreached loop' });

const browser = browserPerTest();

async function replaceSource(b: OpenBrowser, source: string): Promise<void> {
  await b.page.click('.cm-content');
  await b.page.keyboard.press('Control+A');
  await b.page.keyboard.insertText(source);
}

describe('a runaway story in the Studio', () => {
  it('is refused by the checker and stopped in the play-test with its knot, and the page stays responsive', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/author/');
    await page.waitForSelector('[data-testid="check-status"][data-errors="0"]', { timeout: 30_000 });

    await replaceSource(b, SILENT_LOOP);
    await page.waitForSelector('[data-testid="check-status"][data-errors="1"]', { timeout: 60_000 });
    const problem = page.locator('.problem[data-code="runaway-story"]');
    expect(await problem.innerText()).toMatch(/the story ran 200,000 steps in knot "spin" without reaching a choice or an end/);
    expect(await problem.getAttribute('data-line')).toBe(String(SILENT_LOOP.split('\n').indexOf('=== spin ===') + 1));
    await b.screenshot('runaway-1-report');

    // The page answers: a new source is checked and played from the looping knot.
    await replaceSource(b, UNREACHED_LOOP);
    await page.waitForSelector('[data-testid="check-status"][data-errors="0"]', { timeout: 60_000 });
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('#panel-play button.choice');
    await page.selectOption('[data-testid="play-from"]', 'spin');
    const stopped = page.locator('[data-testid="play-stopped"]');
    await stopped.waitFor({ timeout: 30_000 });
    const line = UNREACHED_LOOP.split('\n').indexOf('=== spin ===') + 1;
    expect(await stopped.innerText()).toBe(`The story stopped: the story ran 200,000 steps in knot "spin" (line ${line}) without reaching a reply or an ending: a loop there never offers a choice. Fix it in the editor, then restart the play-test.`);
    expect(await stopped.getAttribute('role')).toBe('alert');
    expect(await page.locator('#panel-play button.choice').count()).toBe(0);
    await b.screenshot('runaway-2-playtest-stopped');

    // Still responsive: back to the beginning, a key picks the reply and the run ends in a sale.
    await page.selectOption('[data-testid="play-from"]', '');
    await page.waitForSelector('#panel-play button.choice');
    expect(await stopped.count()).toBe(0);
    await page.keyboard.press('1');
    await page.waitForSelector('#panel-play .debrief[data-outcome="sale"]', { timeout: 30_000 });
    expect(b.errors).toEqual([]);
  });
});
