// The score measures skill, not guessing, as a trainee meets it in the browser: the replies come
// in an order set by the attempt's seed and the number keys follow what is shown; an exam shows
// no meters and no coach notes; Leave asks first, and a left exam is kept as abandoned (shown in
// progress, counted nowhere); the best path is offered only once the scenario has been finished;
// and a run that crosses a red line hears about it first in its debrief, with the line itself.
// In a cohort, the exam is played on the real cohort server: every response the browser receives
// from the exam's start until its ending shows (the page's and the service worker's) is read,
// and none carries a compiled story, a tag or a best path; a reload mid-exam lands on the same
// line, and a dropped connection offers Retry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { accessibilityViolations } from './accessibility.ts';
import { browserPerTest, openBrowser, type OpenBrowser } from './browser.ts';
import { createCohort, joinInGame, openExamBriefing, serviceWorkerInControl, trainerApi, type TrainerCall } from './cohort-trainee.ts';
import { settled } from './settled.ts';
import { choose, keyFor, playToEnd, shippedReport, shownReplies, startScenario, waitForChoices } from './trainee.ts';

const SCENARIO = 'outbound-bundle';
const browser = browserPerTest();

const traineeLines = (page: Page): Promise<string[]> => page.locator('.transcript .line--trainee .line-text').allInnerTexts();

/** The Ink indices the run in progress has recorded, read from IndexedDB; null with no run. */
function storedChoices(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise<unknown>((resolve) => {
    const request = indexedDB.open('sales-roleplay');
    request.onsuccess = () => {
      const get = request.result.transaction('kv').objectStore('kv').get('run');
      get.onsuccess = () => {
        resolve((get.result as { choices?: unknown } | undefined)?.choices ?? null);
        request.result.close();
      };
    };
  }));
}

/** Opens Leave by keyboard and waits for the question. */
async function openLeave(page: Page): Promise<void> {
  await page.focus('[data-action="leave"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[data-dialog="leave"][open]');
}

/** Answers the open Leave question with "leave": Tab from the safe answer to it, then Enter. */
async function confirmLeave(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cancel');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('confirm-leave');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.list-screen');
}

describe('the order replies are shown in', () => {
  it('differs between two seeds for the same scenario, and each number key picks the reply shown at that place', async () => {
    const b = await browser();
    const { page } = b;
    const offerFor = async (seed: number) => {
      await page.goto(`/?seed=${seed}&pace=instant`);
      await startScenario(page, SCENARIO);
      await waitForChoices(page);
      return shownReplies(page);
    };
    const first = await offerFor(1);
    expect(first.length).toBeGreaterThan(1);
    // The list is numbered 1, 2, 3… from the top, whatever Ink's own order.
    expect(first.map((r) => r.key)).toEqual(first.map((_, n) => String(n + 1)));

    // Another seed, same scenario: the same replies, another order. Leaving a coach run asks
    // first, and then keeps nothing, so the next page load starts afresh.
    let other = first;
    let seed = 1;
    while (other.map((r) => r.index).join() === first.map((r) => r.index).join() && seed < 9) {
      await openLeave(page);
      expect(await page.locator('dialog[data-dialog="leave"]').innerText()).toMatch(/Leave this conversation\?[\s\S]*not kept/);
      await confirmLeave(page);
      await expect.poll(() => storedChoices(page), { message: 'a left coach run is not kept' }).toBeNull();
      seed += 1;
      other = await offerFor(seed);
    }
    expect(other.map((r) => r.index), `seeds 1 and ${seed} show the replies in different orders`).not.toEqual(first.map((r) => r.index));
    expect(other.map((r) => r.text).sort()).toEqual(first.map((r) => r.text).sort());
    expect(other.map((r) => r.key)).toEqual(other.map((_, n) => String(n + 1)));

    // A place where the two orders differ: the key there says what this page shows, not Ink's order.
    const place = other.findIndex((r, n) => r.index !== first[n]!.index);
    const wanted = other[place]!;
    expect(wanted.text).not.toBe(first[place]!.text);
    await b.screenshot('order-1-seeded-replies');
    await page.keyboard.press(wanted.key);
    await expect.poll(() => traineeLines(page)).toEqual([wanted.text]);
    // The run records Ink's index, whatever place it was shown at.
    await expect.poll(() => storedChoices(page)).toEqual([wanted.index]);
    expect(b.errors).toEqual([]);
  });
});

describe('an exam', () => {
  it('shows no meters or coach notes, asks before Leave, keeps a left exam as abandoned, and unlocks the best path only once finished', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?seed=3&pace=instant');
    await page.waitForSelector('.card');
    await page.click('.list-tools [data-mode="exam"]');
    expect(await page.locator('.list-tools .mode-hint').innerText()).toMatch(/no meters, feedback or tips until the debrief.*face and words still react.*abandoned/);
    await b.screenshot('exam-0-list-mode');
    await page.click(`[data-scenario-id="${SCENARIO}"]`);
    await page.waitForSelector('.briefing');
    // The briefing says what the mode means too, and its stage already shows no meters.
    expect(await page.locator('.briefing .mode-hint').innerText()).toMatch(/no meters, feedback or tips/);
    await page.waitForSelector('.stage-canvas[data-meters="hidden"]');
    await settled(page);
    await b.screenshot('exam-0-briefing');
    await page.click('[data-action="start"]');
    await page.waitForSelector('.mode-badge[data-mode="exam"]');
    // Two steps along the best path, which goes on well past them.
    await choose(page, shippedReport(SCENARIO).bestPath.slice(0, 2));
    await waitForChoices(page);
    expect(await traineeLines(page)).toHaveLength(2);
    // Nothing on the page gives the customer's state away: no meters drawn or read out, no notes.
    expect(await page.locator('.stage-canvas').getAttribute('data-meters')).toBe('hidden');
    expect(await page.locator('[data-testid="meters"]').count()).toBe(0);
    expect(await page.locator('.line--coach, .note, .coach-card').count()).toBe(0);
    expect(await page.locator('.call').innerText()).not.toMatch(/(Trust|Patience|Interest) \d/);
    expect(await page.locator('.transcript .line--customer').count()).toBeGreaterThan(0);
    await settled(page);
    await b.screenshot('exam-1-conversation');
    expect(await accessibilityViolations(page), 'exam conversation').toEqual([]);

    // Leave asks; the question owns the keyboard; Escape keeps the trainee in the conversation.
    await openLeave(page);
    const dialog = page.locator('dialog[data-dialog="leave"]');
    expect(await dialog.innerText()).toMatch(/Leave this exam\?[\s\S]*saved as abandoned[\s\S]*never counts towards your best score/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'the safe answer has the focus').toBe('cancel');
    expect(await accessibilityViolations(page), 'leave dialog').toEqual([]);
    await b.screenshot('exam-2-leave-asks');
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-dialog="leave"][open]', { state: 'detached' });
    expect(await traineeLines(page), 'no reply was picked behind the question').toHaveLength(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('leave');
    expect(await page.locator('.call').count()).toBe(1);

    await openLeave(page);
    await confirmLeave(page);
    expect(await page.locator('[data-testid="notices"]').innerText()).toMatch(/saved as abandoned/);
    // Not counted: the scenario list still says it has not been played.
    expect(await page.locator(`[data-scenario-id="${SCENARIO}"] .card-progress`).innerText()).toMatch(/Not played yet/);

    await page.click('[data-nav="progress"]');
    await page.waitForSelector('.progress-screen');
    const row = page.locator('.attempt-table tr[data-status="abandoned"]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Abandoned[\s\S]*Exam[\s\S]*2\.0\.0/);
    expect(await page.locator('.scenario-table').count(), 'no best or latest from it').toBe(0);
    expect(await page.locator('.trend-figure circle[data-attempt-id]').count(), 'no trend point from it').toBe(0);
    expect(await page.locator('.page-head .list-sub').innerText()).toBe('0 conversations finished');
    expect(await page.locator('.scenario-progress').innerText()).toMatch(/No finished conversations yet/);
    await page.locator('.history').scrollIntoViewIfNeeded();
    await b.screenshot('exam-3-progress-abandoned');
    expect(await accessibilityViolations(page), 'progress with an abandoned exam').toEqual([]);

    // Its replay says which rubric scored it, and keeps the best path back: nothing is finished yet.
    await row.locator('[data-action="replay"]').click();
    await page.waitForSelector('.replay-screen');
    expect(await page.locator('.replay-head .rubric-version').innerText()).toBe('Scored under rubric 2.0.0');
    expect(await page.locator('.replay-head [data-status="abandoned"]').innerText()).toBe('Abandoned');
    expect(await page.locator('[data-testid="best-locked"]').innerText()).toMatch(/Finish this scenario once to compare with the best path/);
    expect(await page.locator('[data-testid="best-summary"], [data-best]').count()).toBe(0);
    expect(await page.locator('.replay-scores').innerText()).not.toMatch(/Best path/);
    await b.screenshot('exam-4-replay-locked');

    // In Chinese, too, it is marked abandoned.
    await page.click('[data-nav="progress"]');
    await page.click('[data-language="zh-CN"]');
    await page.waitForSelector('[data-language="zh-CN"][aria-pressed="true"]');
    expect(await page.locator('.attempt-table tr[data-status="abandoned"] [data-status="abandoned"]').innerText()).toBe('已放弃');
    await page.click('[data-language="en"]');

    // One finished attempt, in either mode, and the comparison is offered.
    await page.click('[data-nav="practice"]');
    await startScenario(page, SCENARIO);
    await playToEnd(page);
    expect(await page.locator('.debrief .rubric-version').innerText()).toBe('Scored under rubric 2.0.0');
    await page.click('[data-nav="progress"]');
    await page.waitForSelector('.progress-screen');
    await page.locator('.attempt-table tr[data-status="abandoned"] [data-action="replay"]').click();
    await page.waitForSelector('.replay-screen');
    expect(await page.locator('[data-testid="best-summary"]').innerText()).toMatch(/^Best path: \d+/);
    expect(await page.locator('[data-testid="best-locked"]').count()).toBe(0);
    expect(b.errors).toEqual([]);
  });
});

// A trainer's scenario, imported as a pack: a false promise on the way to a sale, and a
// follow-up reply only a follow-up ending can earn.
const RED_LINE_SOURCE = `# id: red-line-demo
# title: Promise anything
# product: Home broadband
# persona: Wang Fang
# goal: Sell the broadband honestly
# need: speed, Video calls freeze in the evening
# channel: outbound-call
# difficulty: 1
# persona-style: amiable
INCLUDE ../_lib/customer.ink

~ trust = 50
~ patience = 60
~ interest = 40

Hello, who is this?
* [Ask what the evening calls are like #technique: open-question]
  They freeze every night. # reveals: speed
  -> offer

=== offer ===
* [Promise it will never freeze again, guaranteed #fault: false-promise]
  Never? Then I will take it. # signal: verbal
  -> close
* [Offer to send the speed test results #follow-up: +2]
  Send them, I will read them. # outcome: follow-up
  -> END

=== close ===
* [Ask whether today or tomorrow suits #close: close-either-or]
  Today. # outcome: sale
  -> END
`;

async function importRedLinePack(b: OpenBrowser): Promise<void> {
  mkdirSync('test-results/downloads', { recursive: true });
  const path = join('test-results/downloads', 'red-line-demo.scenario-pack.json');
  writeFileSync(path, JSON.stringify({
    format: PACK_FORMAT, version: 1, exportedAt: '2026-12-01T10:00:00.000Z',
    scenarios: [{ id: 'red-line-demo', language: 'en', title: 'Promise anything', source: RED_LINE_SOURCE }],
  }));
  await b.page.setInputFiles('[data-testid="pack-file"]', path);
  await b.page.waitForSelector('[data-testid="list-message"]', { timeout: 60_000 });
  expect(await b.page.locator('[data-testid="list-message"]').innerText()).toMatch(/Imported 1 scenario/);
}

describe('the debrief of a run that crossed a red line', () => {
  it('says so first, with the line that crossed it and the cap, and shows what the ending could not earn', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    await importRedLinePack(b);
    await page.click('[data-scenario-id="red-line-demo"][data-local="true"]');
    await page.waitForSelector('.briefing');
    await page.click('[data-action="start"]');
    await choose(page, [0, 0, 0]);
    await page.waitForSelector('.debrief', { timeout: 30_000 });
    await page.waitForSelector('[data-saved="yes"]');

    const first = page.locator('.debrief > :first-child');
    expect(await first.getAttribute('data-testid'), 'the red line comes before the outcome').toBe('red-lines');
    expect(await page.locator('[data-testid="red-lines"] li').allInnerTexts())
      .toEqual(['Red line: False promise — “Promise it will never freeze again, guaranteed” — the overall is capped at 40.']);
    expect(await page.locator('[data-testid="red-lines"] .uncapped').innerText()).toMatch(/^Without it the overall would have been \d+\.$/);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="red-lines"]') !== null), 'the red line has the focus').toBe(true);
    expect(Number(await page.locator('[data-overall]').first().getAttribute('data-overall'))).toBeLessThanOrEqual(40);
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('sale');
    const followUp = page.locator('[data-dimension="follow-up"]');
    expect(await followUp.getAttribute('data-out-of-reach')).toBe('true');
    expect(await followUp.innerText()).toMatch(/Not available on this ending/);
    expect(await page.locator('.review .notes-list').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/False promise \(red line\)/)]));
    expect(await page.locator('.debrief .rubric-version').innerText()).toBe('Scored under rubric 2.0.0');
    await b.screenshot('red-line-1-debrief');
    expect(await accessibilityViolations(page), 'debrief with a red line').toEqual([]);
    await page.locator('.scores').scrollIntoViewIfNeeded();
    await b.screenshot('red-line-2-scores');
    expect(b.errors).toEqual([]);
  });
});

// ── a cohort exam, played on the server ─────────────────────────────────────

const COHORT = 'Exam hall';
// Chromium's service worker requests reach the context's events only with this set (Playwright).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
/** Tag text as a story writes it (`# reveals: upload`), in any body. */
const TAG_TEXT = /#\s*(technique|fault|close|reveals|raises|resolved|signal|outcome|speaker|tip|say|points|discovery|objections|closing|opening|presentation|follow-up|conduct)\s*:/i;

interface Received {
  url: string;
  status: number;
  fromServiceWorker: boolean;
  /** Epoch ms the request was sent (Chromium's timing), or when its answer arrived where that is unknown. */
  sentAt: number;
  contentType: string;
  body: string;
}

/** Every response the browser context receives (page and service worker), with its body. */
function recordResponses(b: OpenBrowser): { received: Promise<Received>[]; stop: () => void } {
  const received: Promise<Received>[] = [];
  const onResponse = (response: Response): void => {
    const timing = response.request().timing();
    const arrived = Date.now();
    received.push(response.body().then((bytes) => bytes.toString('utf8'), () => '').then((body) => ({
      url: response.url(),
      status: response.status(),
      fromServiceWorker: response.fromServiceWorker() || response.request().serviceWorker() !== null,
      sentAt: timing.startTime > 0 ? timing.startTime : arrived,
      contentType: response.headers()['content-type'] ?? '',
      body,
    })));
  };
  b.context.on('response', onResponse);
  return { received, stop: () => b.context.off('response', onResponse) };
}

/** When the ending first showed, by the page's clock (epoch ms), once it has. */
async function watchEnding(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = window as unknown as { endingShownAt?: number };
    const observer = new MutationObserver(() => {
      if (seen.endingShownAt === undefined && document.querySelector('.call-over')) {
        seen.endingShownAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

describe('a cohort exam', () => {
  let srv: CohortServer;
  let api: TrainerCall;
  let joinCode = '';
  const report = shippedReport(SCENARIO);

  beforeAll(async () => {
    srv = await startCohortServer({ staticDir: inject('distDir') });
    const cohort = await createCohort(srv.url, COHORT);
    joinCode = cohort.joinCode;
    api = trainerApi(srv.url, cohort.trainerKey);
    // The server checks the shipped scenario at start, which takes minutes on a loaded machine.
  }, 600_000);
  afterAll(() => srv?.stop());

  /** A trainee's browser on the server's game, joined, with the service worker in control. */
  async function joinedTrainee(name: string): Promise<OpenBrowser> {
    const b = await openBrowser(srv.url);
    await b.page.goto('/?pace=instant');
    await serviceWorkerInControl(b.page);
    await joinInGame(b.page, joinCode, name, COHORT);
    return b;
  }

  it('is played through the server by keyboard, and no response the browser receives carries the story, a tag or the best path', async () => {
    const b = await joinedTrainee('Ana Exam');
    const { page } = b;
    try {
      await openExamBriefing(page, SCENARIO);
      expect(await page.locator('[data-testid="exam-server-note"]').innerText()).toMatch(/played on the cohort server.*needs the connection/);
      await b.screenshot('cohort-exam-0-briefing');
      expect(await accessibilityViolations(page), 'briefing of a cohort exam').toEqual([]);

      await watchEnding(page);
      const recorder = recordResponses(b);
      const startedAt = Date.now();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('start');
      await page.keyboard.press('Enter');
      for (const [step, index] of report.bestPath.entries()) {
        await waitForChoices(page);
        if (step === 2) {
          await settled(page);
          await b.screenshot('cohort-exam-1-conversation');
          expect(await accessibilityViolations(page), 'conversation of a cohort exam').toEqual([]);
        }
        await page.keyboard.press(await keyFor(page, index));
      }
      await page.waitForSelector('.call-over', { timeout: 30_000 });
      const endedAt = await page.evaluate(() => (window as unknown as { endingShownAt?: number }).endingShownAt ?? null);
      expect(endedAt).not.toBeNull();
      await page.waitForSelector('.debrief', { timeout: 30_000 });
      recorder.stop();

      // Everything sent while the exam was played: from the start until the ending showed.
      const all = await Promise.all(recorder.received);
      const during = all.filter((r) => r.sentAt >= startedAt - 50 && r.sentAt <= endedAt!);
      const turns = during.filter((r) => /\/api\/exams\/[^/]+\/turns$/.test(new URL(r.url).pathname));
      expect(during.some((r) => new URL(r.url).pathname === '/api/exams'), 'the start was recorded').toBe(true);
      expect(turns.map((r) => r.status), 'one answer per reply').toEqual(report.bestPath.map(() => 200));
      for (const r of during) {
        expect(r.body, `${r.url}: no compiled story`).not.toContain('inkVersion');
        expect(r.body, `${r.url}: no best path`).not.toMatch(/best_?path/i);
        expect(r.body, `${r.url}: no tag`).not.toMatch(TAG_TEXT);
        if (/json/.test(r.contentType)) {
          expect(r.body, `${r.url}: no tag text`).not.toContain('# ');
          expect(r.body, `${r.url}: no tags listed`).not.toMatch(/"tags"\s*:\s*\[\s*[^\]\s]/);
        }
      }
      // The story arrives only for the debrief, after the ending (which also shows the recorder reads script bodies).
      const stories = all.filter((r) => r.body.includes('inkVersion'));
      expect(stories.length, 'the story was loaded for the debrief').toBeGreaterThan(0);
      expect(stories.every((r) => r.sentAt > endedAt!)).toBe(true);

      // The debrief: the server's verified attempt, ranked, timed by the server, and nothing queued to send.
      await page.waitForSelector('[data-saved="yes"]');
      expect(await page.locator('[data-overall]').first().getAttribute('data-overall')).toBe(String(report.bestOverall));
      expect(await page.locator('[data-stat="server-time"]').innerText()).toMatch(/timed by the server/);
      const line = page.locator('[data-testid="cohort-submission"]');
      await expect.poll(() => line.innerText(), { timeout: 30_000 }).toMatch(new RegExp(`Played on the ${COHORT} server and ranked\\. Verified score: ${report.bestOverall}`));
      expect(await line.getAttribute('data-verified')).toBe(String(report.bestOverall));
      await settled(page);
      await b.screenshot('cohort-exam-2-debrief');
      expect(await accessibilityViolations(page), 'debrief of a cohort exam').toEqual([]);
      const attempts = (await api('GET', '/api/trainer/attempts?mode=all')).attempts as Array<{ displayName: string; playedOn: string; ranked: boolean; overall: number; mode: string }>;
      expect(attempts.filter((a) => a.displayName === 'Ana Exam')).toEqual([
        expect.objectContaining({ playedOn: 'server', ranked: true, mode: 'exam', overall: report.bestOverall }),
      ]);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  }, 300_000);

  it('lands on the same line after a reload mid-exam, and offers Retry when the connection drops', async () => {
    const b = await joinedTrainee('Bo Reload');
    const { page, context } = b;
    try {
      await openExamBriefing(page, SCENARIO);
      await page.keyboard.press('Enter');
      await choose(page, report.bestPath.slice(0, 2));
      await waitForChoices(page);
      const before = { lines: await page.locator('.transcript .line-text').allInnerTexts(), replies: await shownReplies(page) };
      expect(before.lines.length).toBeGreaterThan(2);

      await page.reload();
      await page.waitForSelector('.call .mode-badge[data-mode="exam"]', { timeout: 30_000 });
      await waitForChoices(page);
      expect(await page.locator('[data-testid="notices"]').innerText()).toMatch(/restored where you left it/);
      expect(await page.locator('.transcript .line-text').allInnerTexts(), 'the same lines').toEqual(before.lines);
      expect(await shownReplies(page), 'the same replies, in the same order').toEqual(before.replies);
      await settled(page);
      await b.screenshot('cohort-exam-3-reloaded');

      // The connection drops as a reply is sent: the replies wait, the screen says so, Retry has the focus.
      const next = report.bestPath[2]!;
      const key = await keyFor(page, next);
      await context.setOffline(true);
      await page.keyboard.press(key);
      await page.waitForSelector('[data-testid="reply-transit"][data-transit="dropped"]', { timeout: 30_000 });
      expect(await page.locator('[data-testid="reply-transit"]').innerText()).toMatch(/connection dropped/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('retry');
      expect(await page.locator('#choices button.choice:not([disabled])').count(), 'the replies wait, disabled').toBe(0);
      await settled(page);
      await b.screenshot('cohort-exam-4-dropped');
      expect(await accessibilityViolations(page), 'a dropped connection').toEqual([]);
      await context.setOffline(false);
      await page.keyboard.press('Enter');
      await waitForChoices(page);
      expect(await page.locator('.transcript .line--trainee').count()).toBe(3);

      for (const index of report.bestPath.slice(3)) {
        await waitForChoices(page);
        await page.keyboard.press(await keyFor(page, index));
      }
      await page.waitForSelector('.debrief', { timeout: 30_000 });
      expect(await page.locator('[data-overall]').first().getAttribute('data-overall')).toBe(String(report.bestOverall));
      // The browser logs the failed fetches while it was offline; nothing else.
      expect(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    } finally {
      await b.close();
    }
  }, 300_000);
});
