// A trainee's progress in the browser: a conversation survives a reload at the same line, the
// finished attempt is stored and charted, it replays step by step against the best path, exam
// mode keeps feedback back until the debrief, and damaged or outdated records are set aside
// and reported without stopping the game.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioReport } from '../../src/toolchain/check-scenario.ts';
import { browserPerTest } from './browser.ts';
import { settled } from './settled.ts';
import { choose, conversationState, playToEnd, shippedReport, startScenario, waitForChoices } from './trainee.ts';

const SCENARIO = 'outbound-bundle';
let report: ScenarioReport;

beforeAll(() => {
  report = shippedReport(SCENARIO);
});

const browser = browserPerTest();

/** The mode in the settings record, read straight from IndexedDB. */
function storedMode(): Promise<unknown> {
  return new Promise((resolve) => {
    const request = indexedDB.open('sales-roleplay');
    request.onsuccess = () => {
      const get = request.result.transaction('kv').objectStore('kv').get('settings');
      get.onsuccess = () => {
        resolve((get.result as { mode?: unknown } | undefined)?.mode ?? null);
        request.result.close();
      };
    };
  });
}

describe('a conversation in progress', () => {
  it('comes back at the same line after a reload, is stored when finished and shows in the progress chart', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?seed=0&pace=instant');
    await startScenario(page, SCENARIO);
    const half = Math.floor(report.bestPath.length / 2);
    await choose(page, report.bestPath.slice(0, half));
    await waitForChoices(page);
    const before = await conversationState(page);
    expect(before.lines.length).toBeGreaterThan(half);
    expect(await page.locator('.line--coach').count(), 'coach mode shows feedback after each choice').toBeGreaterThanOrEqual(half);

    await page.reload();
    await waitForChoices(page);
    const after = await conversationState(page);
    expect(after.lines).toEqual(before.lines);
    expect(after.lines.at(-1)).toBe(before.lines.at(-1));
    expect(after.meters).toBe(before.meters);
    expect(await page.locator('[data-testid="notice"]').innerText()).toMatch(/restored where you left it/);
    await settled(page);
    await b.screenshot('progress-1-resumed');

    await choose(page, report.bestPath.slice(half));
    await page.waitForSelector('.debrief', { timeout: 30_000 });
    await page.waitForSelector('[data-saved="yes"]');
    expect(await page.locator('[data-overall]').first().innerText()).toBe(String(report.bestOverall));
    expect(await page.locator('[data-stat="mode"]').innerText()).toMatch(/Coach mode/);

    // The progress screen charts the attempt on every assessed dimension.
    await page.click('[data-action="progress"]');
    await page.waitForSelector('.progress-screen');
    const row = page.locator(`.scenario-table tr[data-scenario-id="${SCENARIO}"]`);
    expect(await row.locator('[data-col="attempts"]').innerText()).toBe('1');
    expect(await row.locator('[data-col="best"]').innerText()).toBe(String(report.bestOverall));
    for (const dimension of ['discovery', 'objections', 'closing']) {
      const dots = page.locator(`.trend-figure[data-dimension="${dimension}"] circle[data-attempt-id]`);
      expect(await dots.count(), dimension).toBe(1);
      expect(await dots.getAttribute('data-score')).toBe(String(report.bestScores[dimension]));
    }
    expect(await page.locator('.tag--used').count()).toBeGreaterThan(0);
    expect(await page.locator('.tag--unused').count()).toBeGreaterThan(0);
    // A flawless first attempt: the suggestion keeps the weakest skill sharp rather than fixing it.
    expect(await page.locator('.suggestion-skill').innerText()).toMatch(/^Even your weakest skill, .+, averages 100: keep it sharp with another customer\.$/);
    await b.screenshot('progress-2-chart');

    // Replaying the best path matches it at every step.
    await page.click('.attempt-table [data-action="replay"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.locator('[data-testid="best-summary"]').innerText()).toMatch(/followed the best path all the way/);
    for (let step = 1; step <= report.bestPath.length; step += 1) {
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('[data-testid="step-position"]').innerText()).toBe(`Step ${step} of ${report.bestPath.length}`);
      expect(await page.locator('[data-best]').getAttribute('data-best')).toBe('same');
    }

    // The list shows the best score and the attempt count.
    await page.click('[data-nav="practice"]');
    const card = page.locator(`[data-scenario-id="${SCENARIO}"] .card-progress`);
    expect(await card.getAttribute('data-best')).toBe(String(report.bestOverall));
    expect(await card.innerText()).toMatch(/1 attempt/);
    expect(b.errors).toEqual([]);
  });

  it('keeps feedback back in exam mode and shows where a weaker attempt left the best path', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?seed=0&pace=instant');
    await page.waitForSelector('.card');
    await page.click('.list-tools [data-mode="exam"]');
    await expect.poll(() => page.evaluate(storedMode)).toBe('exam');
    await page.reload();
    await page.waitForSelector('.list-tools [data-mode="exam"][aria-pressed="true"]');
    await startScenario(page, SCENARIO);
    await page.waitForSelector('.mode-badge[data-mode="exam"]');
    const diverge = 2;
    await choose(page, report.bestPath.slice(0, diverge));
    const offered = await waitForChoices(page);
    const other = (report.bestPath[diverge]! + 1) % offered;
    await choose(page, [other]);
    await playToEnd(page);
    expect(await page.locator('[data-stat="mode"]').innerText()).toMatch(/Exam mode/);

    await page.click('[data-action="replay"]');
    await page.waitForSelector('.replay-screen');
    expect(await page.locator('[data-testid="best-summary"]').innerText()).toMatch(new RegExp(`Left the best path at step ${diverge + 1}`));
    for (let step = 0; step <= diverge; step += 1) await page.keyboard.press('ArrowRight');
    const box = page.locator('[data-best="diverged"]');
    expect(await box.innerText()).toMatch(/Here you left the best path/);
    expect(await box.innerText()).toMatch(/The best path chose: “.+”/);
    expect(await page.locator('.offered-item--picked').count()).toBe(1);
    await b.screenshot('progress-3-replay-diverged');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-best]').getAttribute('data-best')).toBe('same');

    await page.click('[data-action="back"]');
    await page.waitForSelector('.attempt-table');
    expect(await page.locator('.attempt-table tbody tr').first().innerText()).toMatch(/Exam/);
    expect(b.errors).toEqual([]);
  });

  it('never shows coach feedback during an exam conversation', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?seed=0&pace=instant');
    await page.click(`[data-scenario-id="${SCENARIO}"]`);
    await page.click('.briefing [data-mode="exam"]');
    await page.click('[data-action="start"]');
    await choose(page, report.bestPath.slice(0, 3));
    await waitForChoices(page);
    expect(await page.locator('.line--coach').count()).toBe(0);
    expect(b.errors).toEqual([]);
  });
});

describe('damaged and outdated records', () => {
  it('sets a corrupt attempt aside, discards an outdated run, and reports both without stopping the game', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    await page.evaluate(async (scenario) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sales-roleplay');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['attempts', 'kv'], 'readwrite');
      tx.objectStore('attempts').put({ id: 'corrupt-attempt-0001', scenarioId: scenario, overall: 'lots', choices: 'none' });
      tx.objectStore('kv').put({
        id: 'run-from-an-old-version', scenarioId: scenario, language: 'en', contentHash: '0'.repeat(64), rubricVersion: '1.0.0',
        seed: 1, choices: [0], mode: 'coach', local: false, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:01:00.000Z',
      }, 'run');
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
    }, SCENARIO);
    await page.reload();
    await page.waitForSelector('.card');
    const notices = await page.locator('[data-testid="notices"]').innerText();
    expect(notices).toMatch(/1 damaged record was set aside/);
    expect(notices).toMatch(/could not be resumed and was discarded: the scenario or the scoring rubric has changed since/);
    await b.screenshot('progress-4-damaged-reported');

    await page.click('[data-nav="data"]');
    await page.waitForSelector('.data-screen');
    expect(await page.locator('[data-testid="quarantine-count"]').getAttribute('data-count')).toBe('1');
    const row = page.locator('[data-quarantine-key="corrupt-attempt-0001"]');
    expect(await row.innerText()).toMatch(/attempts/);
    expect(await row.locator('.reason').innerText()).toMatch(/Invalid/);
    await b.screenshot('progress-5-quarantine');

    // A run record that is not a run at all is set aside too, and the game still plays.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('sales-roleplay');
        request.onsuccess = () => resolve(request.result);
      });
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ garbage: true }, 'run');
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
    });
    await page.reload();
    await page.waitForSelector('.card');
    expect(await page.locator('[data-testid="notices"]').innerText()).toMatch(/1 damaged record was set aside/);
    await page.click('[data-nav="data"]');
    expect(await page.locator('[data-testid="quarantine-count"]').getAttribute('data-count')).toBe('2');
    await page.click('[data-nav="practice"]');
    await startScenario(page, SCENARIO);
    expect(await waitForChoices(page)).toBeGreaterThan(0);
    expect(b.errors).toEqual([]);
  });

  it('steps aside when a newer release opens in another tab, keeping what was saved and asking for a reload', async () => {
    const b = await browser();
    const { page, context } = b;
    await page.goto('/?seed=0&pace=instant');
    await startScenario(page, SCENARIO);
    await choose(page, report.bestPath.slice(0, 2));
    await waitForChoices(page);

    // The other tab runs a release with a newer database version.
    const other = await context.newPage();
    await other.goto('/favicon.svg');
    const saved = await other.evaluate(() => new Promise<unknown>((resolve, reject) => {
      const request = indexedDB.open('sales-roleplay', 1000);
      request.onblocked = () => reject(new Error('the older tab blocked the upgrade'));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const get = request.result.transaction('kv').objectStore('kv').get('run');
        get.onsuccess = () => resolve((get.result as { choices?: unknown } | undefined)?.choices ?? null);
      };
    }));
    expect(saved, 'the conversation so far reaches the newer release').toEqual(report.bestPath.slice(0, 2));
    await other.close();
    await page.bringToFront();

    const notices = page.locator('[data-testid="notices"]');
    await expect.poll(() => notices.innerText()).toMatch(/updated in another tab, so this page can no longer save\. Reload it/);
    expect(await notices.locator('[role="alert"]').count()).toBe(1);
    // The conversation on screen goes on; only saving has stopped, and the notice says so once.
    await choose(page, report.bestPath.slice(2, 3));
    await waitForChoices(page);
    expect(await notices.locator('[role="alert"]').count()).toBe(1);
    expect((await conversationState(page)).lines.length).toBeGreaterThan(3);
    // The notice pushed the stage down; the customer's canvas shrank with its slot, not cropped.
    await expect.poll(() => page.evaluate(() => {
      const slot = document.querySelector('.stage-slot')!.getBoundingClientRect();
      const canvas = document.querySelector('.stage-slot canvas')!.getBoundingClientRect();
      return canvas.top >= slot.top - 1 && canvas.bottom <= slot.bottom + 1 && canvas.left >= slot.left - 1 && canvas.right <= slot.right + 1;
    })).toBe(true);
    await b.screenshot('progress-6-superseded');
    expect(b.errors).toEqual([]);
  });
});
