// The whole trainer-to-cohort loop in headless Chromium, one trainer and two trainees in three
// browser contexts, against the real cohort server (embedded database) serving a production
// build: the trainer writes a scenario in the Studio and publishes it to the cohort from there;
// both trainees find it in their lists; one plays it in coach mode offline; the trainer assigns it
// on the dashboard; both play the exam through the server (one reloads mid-exam and lands on the
// same line); the leaderboard ranks them in the right order; the dashboard shows the assignment's
// completion change and opens one trainee's annotated transcript with the server's turn times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainerPlayableVersion } from '../../src/contract/scenarios.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { Session } from '../../src/core/session/session.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { accessibilityViolations } from './accessibility.ts';
import { openBrowser, SCREENSHOT_DIR, type OpenBrowser } from './browser.ts';
import { joinInGame, openExamBriefing, serviceWorkerInControl } from './cohort-trainee.ts';
import { settled } from './settled.ts';
import { choose, keyFor, shownReplies, waitForChoices } from './trainee.ts';

const COHORT = 'North team';
/** The id of the Studio's outbound-call template, which the trainer saves and publishes as it is. */
const SCENARIO = 'outbound-call-draft';
/** Console noise expected while a context is offline. */
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/;

interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

let outDir = '';
let srv: CohortServer;
let b: OpenBrowser;
let trainerKey = '';
let joinCode = '';
let trainer: Person;
const trainees: Record<'ana' | 'bo', Person> = {} as Record<'ana' | 'bo', Person>;
let version: TrainerPlayableVersion;
let weak: { path: number[]; overall: number };

async function person(): Promise<Person> {
  const context = await b.browser.newContext({ baseURL: srv.url, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/GPU stall|favicon|fallback to software WebGL/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { context, page, errors };
}

/** A screenshot to look at, every screen held to the accessibility rules. */
async function shot(page: Page, name: string, exclude: string[] = []): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  expect(await accessibilityViolations(page, exclude), `accessibility: ${name}`).toEqual([]);
}

/**
 * A trainee who slips once: the best path with another reply at one step, then the best path's
 * indices where still offered (else the first). The first such run ending between 0 and the best.
 */
function weakerPath(v: TrainerPlayableVersion): { path: number[]; overall: number } {
  const options = { storyJson: v.storyJson, meta: v.meta, bounds: v.bounds, ...(v.endingBest ? { endingBest: v.endingBest } : {}) };
  const best = new Session({ ...options, rubric: courseRubric, seed: 0 });
  best.start();
  for (const index of v.bestPath) best.choose(index);
  const bestOverall = best.result().overall;
  for (let slip = 0; slip < v.bestPath.length; slip += 1) {
    for (let other = 0; other < 4; other += 1) {
      if (other === v.bestPath[slip]) continue;
      const session = new Session({ ...options, rubric: courseRubric, seed: 0 });
      session.start();
      const path: number[] = [];
      for (let step = 0; !session.ended && session.choices.length > 0 && step < 200; step += 1) {
        const wanted = step === slip ? other : v.bestPath[step] ?? 0;
        const index = session.choices.some((c) => c.index === wanted) ? wanted : session.choices[0]!.index;
        path.push(index);
        session.choose(index);
      }
      const overall = session.result().overall;
      if (session.ended && overall > 0 && overall < bestOverall) return { path, overall };
    }
  }
  throw new Error('no weaker path found');
}

const bestOverall = (): number => {
  const session = new Session({
    storyJson: version.storyJson, meta: version.meta, bounds: version.bounds, rubric: courseRubric, seed: 0,
    ...(version.endingBest ? { endingBest: version.endingBest } : {}),
  });
  session.start();
  for (const index of version.bestPath) session.choose(index);
  return session.result().overall;
};

const card = (page: Page) => page.locator(`button.card[data-entry="cohort:${SCENARIO}/en"]`);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cohort-loop-dist-'));
  // The production build (with its service worker, for offline play) of the small fixture library:
  // the scenarios under test are the trainer's own.
  const nodeEnv = process.env.NODE_ENV;
  const stories = process.env.STORIES_DIR;
  process.env.NODE_ENV = 'production';
  process.env.STORIES_DIR = 'tests/fixtures/ink';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (stories === undefined) delete process.env.STORIES_DIR;
    else process.env.STORIES_DIR = stories;
  }
  srv = await startCohortServer({ staticDir: outDir });
  const created = await new CohortClient({ baseUrl: srv.url }).createCohort({ name: COHORT });
  trainerKey = created.trainerKey;
  joinCode = created.joinCode;
  b = await openBrowser(srv.url);
  trainer = await person();
  trainees.ana = await person();
  trainees.bo = await person();
}, 300_000);

afterAll(async () => {
  for (const p of [trainer, trainees.ana, trainees.bo]) await p?.context.close();
  await b?.close();
  await srv?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the trainer-to-cohort loop', () => {
  it('the trainer writes a scenario in the Studio and publishes it to the cohort', async () => {
    const { page } = trainer;
    await page.goto('/author/');
    await expect.poll(() => page.locator('[data-testid="doc-title"]').innerText(), { timeout: 60_000 }).not.toBe('—');
    await page.waitForSelector('[data-testid="check-status"][data-errors="0"]', { timeout: 60_000 });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('.doc-key').innerText()).toBe(`${SCENARIO}/en`);

    await page.focus('[data-action="publish"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="publish-dialog"]').waitFor();
    await page.fill('input[name="trainer-key"]', trainerKey);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="add-cohort-message"]').innerText(), { timeout: 30_000 }).toBe(`Added ${COHORT}.`);
    await page.waitForSelector('[data-testid="publish-check"] .publish-files[aria-busy="false"]', { timeout: 60_000 });
    await page.click('[data-action="send-publish"]');
    const summary = page.locator('[data-testid="publish-summary"][data-published="true"]');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.innerText()).toBe(`Published to ${COHORT}: English ✓`);
    await shot(page, 'loop-0-studio-published', ['.cm-scroller']);
    await page.keyboard.press('Escape');

    const trainerClient = new CohortClient({ baseUrl: srv.url, token: trainerKey });
    const published = (await trainerClient.publishedScenarios()).find((v) => v.scenarioId === SCENARIO);
    expect(published?.retired).toBe(false);
    version = await trainerClient.trainerScenarioVersion(published!.contentHash);
    weak = weakerPath(version);
    expect(trainer.errors).toEqual([]);
  }, 300_000);

  it('both trainees find it in their lists with the cohort\'s name, and one plays it in coach mode offline', async () => {
    for (const [name, t] of [['Ana Li', trainees.ana], ['Bo 王', trainees.bo]] as const) {
      await t.page.goto('/?pace=instant');
      await serviceWorkerInControl(t.page);
      await joinInGame(t.page, joinCode, name, COHORT);
      await t.page.locator('[data-nav="practice"]').click();
      await card(t.page).waitFor({ timeout: 30_000 });
      expect(await card(t.page).locator('.chip--cohort').innerText()).toBe(`${COHORT} · from your trainer`);
    }
    await shot(trainees.bo.page, 'loop-1-trainee-list');

    // Ana, offline: the scenario came down to her device, so coach mode plays it to the end.
    const { page, context, errors } = trainees.ana;
    await context.setOffline(true);
    await page.waitForSelector('.offline-chip');
    await card(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.briefing [data-action="start"]');
    await page.keyboard.press('Enter');
    await choose(page, version.bestPath);
    await page.waitForSelector('.debrief', { timeout: 30_000 });
    expect(await page.locator('[data-overall]').first().getAttribute('data-overall')).toBe(String(bestOverall()));
    await page.waitForSelector('[data-testid="cohort-submission"][data-state="queued"]', { timeout: 30_000 });
    await shot(page, 'loop-2-coach-offline');
    await context.setOffline(false);
    // Shared with the trainer as practice once back online.
    await page.waitForSelector('[data-testid="cohort-submission"][data-state="submitted"]', { timeout: 30_000 });
    expect(errors.filter((e) => !OFFLINE_NOISE.test(e))).toEqual([]);
    errors.length = 0;
  }, 300_000);

  it('the trainer assigns it on the dashboard: nobody has passed yet', async () => {
    const { page } = trainer;
    // The dashboard opens the cohort whose key the Studio added on this device.
    await page.goto('/trainer/');
    await page.waitForSelector('[data-tab="assignments"]', { timeout: 30_000 });
    await page.click('[data-tab="assignments"]');
    const form = page.locator('.assign-form');
    await form.waitFor();
    await form.locator('select[name="scenario"]').selectOption(SCENARIO);
    await form.locator('input[name="pass-mark"]').fill(String(bestOverall()));
    await page.click('[data-action="create-assignment"]');
    const item = page.locator(`.assignment[data-scenario="${SCENARIO}"]`);
    await item.waitFor({ timeout: 30_000 });
    await expect.poll(() => item.locator('.completion-lead').innerText()).toBe('0 of 2 passed');
    await shot(page, 'loop-3-assigned');
  }, 120_000);

  it('both play the exam through the server; a reload mid-exam lands on the same line; the board ranks them', async () => {
    // Ana: the best path, with a reload after two replies.
    const ana = trainees.ana.page;
    await openExamBriefing(ana, SCENARIO);
    await ana.keyboard.press('Enter');
    await choose(ana, version.bestPath.slice(0, 2));
    await waitForChoices(ana);
    const before = { lines: await ana.locator('.transcript .line-text').allInnerTexts(), replies: await shownReplies(ana) };
    await ana.reload();
    await ana.waitForSelector('.call .mode-badge[data-mode="exam"]', { timeout: 30_000 });
    await waitForChoices(ana);
    expect(await ana.locator('.transcript .line-text').allInnerTexts(), 'the same lines after the reload').toEqual(before.lines);
    expect(await shownReplies(ana), 'the same replies, in the same order').toEqual(before.replies);
    await shot(ana, 'loop-4-exam-reloaded');
    await choose(ana, version.bestPath.slice(2));
    await ana.waitForSelector('.debrief', { timeout: 30_000 });
    const anaLine = ana.locator('[data-testid="cohort-submission"]');
    await expect.poll(() => anaLine.getAttribute('data-verified'), { timeout: 30_000 }).toBe(String(bestOverall()));

    // Bo: a path that slips once.
    const bo = trainees.bo.page;
    await openExamBriefing(bo, SCENARIO);
    await bo.keyboard.press('Enter');
    for (const index of weak.path) {
      await waitForChoices(bo);
      await bo.keyboard.press(await keyFor(bo, index));
    }
    await bo.waitForSelector('.debrief', { timeout: 30_000 });
    const boLine = bo.locator('[data-testid="cohort-submission"]');
    await expect.poll(() => boLine.getAttribute('data-verified'), { timeout: 30_000 }).toBe(String(weak.overall));

    // Ana's leaderboard, from her debrief.
    await ana.click('[data-action="cohort-leaderboard"]');
    await ana.waitForSelector(`[data-testid="leaderboard"][data-state="ready"][data-board="${SCENARIO}"]`, { timeout: 30_000 });
    const rows = await ana.locator('.lb-table[data-part="top"] tr.lb-row').evaluateAll((els) => els.map((r) => [r.getAttribute('data-trainee'), r.getAttribute('data-rank')]));
    expect(rows).toEqual([['Ana Li', '1'], ['Bo 王', '2']]);
    await shot(ana, 'loop-5-leaderboard');
    for (const t of [trainees.ana, trainees.bo]) expect(t.errors).toEqual([]);
  }, 300_000);

  it('the dashboard shows the assignment\'s completion change and opens Bo\'s transcript with its turn times', async () => {
    const { page } = trainer;
    await page.click('[data-action="refresh-assignments"]');
    const item = page.locator(`.assignment[data-scenario="${SCENARIO}"]`);
    await expect.poll(() => item.locator('.completion-lead').innerText(), { timeout: 30_000 }).toBe('1 of 2 passed');
    await item.locator('summary').click();
    expect(await item.locator('.assignment-table tbody tr').evaluateAll((els) => els.map((el) => [el.querySelector('th')?.textContent, el.getAttribute('data-status')])))
      .toEqual([['Ana Li', 'passed'], ['Bo 王', 'failed']]);
    await shot(page, 'loop-6-completion');

    const attempts = await new CohortClient({ baseUrl: srv.url, token: trainerKey }).cohortAttempts({ mode: 'exam' });
    const boExam = attempts.attempts.find((a) => a.displayName === 'Bo 王');
    expect(boExam).toMatchObject({ playedOn: 'server', ranked: true, overall: weak.overall });
    await page.click('[data-tab="trainees"]');
    const open = page.locator(`[data-open-attempt="${boExam!.attemptId}"]`);
    await open.waitFor({ timeout: 30_000 });
    await open.focus();
    await page.keyboard.press('Enter');
    const view = page.locator(`.transcript[data-attempt="${boExam!.attemptId}"]`);
    await view.waitFor({ timeout: 30_000 });
    expect(await view.locator('.tline--reply').count()).toBe(weak.path.length);
    const times = await view.locator('.tline--reply .reply-time').evaluateAll((els) => els.map((el) => el.getAttribute('data-time-ms')));
    expect(times).toHaveLength(weak.path.length);
    for (const ms of times) expect(Number(ms), 'each reply timed by the server').toBeGreaterThanOrEqual(0);
    expect(await view.locator('.tnote').count(), 'evidence under the replies').toBeGreaterThan(0);
    await shot(page, 'loop-7-transcript');
    expect(trainer.errors).toEqual([]);
  }, 120_000);
});
