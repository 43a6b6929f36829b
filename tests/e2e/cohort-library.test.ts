// The trainer-to-cohort loop on the trainee's side, in headless Chromium against the real server
// (embedded database) serving a production build of the game: a trainer publishes a scenario
// through the API; a trainee who joined in the game finds it in the list with the cohort's name
// after a reload, goes offline, plays it in coach mode to the end (the story comes from the
// device), and comes back online, when the coach run reaches the trainer as practice. The
// trainer publishes a newer version: a notice names it and it replaces the old card. An
// assignment shows its due date and the trainee's status, before and after an exam.
//
// The server's stories folder holds one shipped scenario, so the other shipped ones are not on
// its list and the game withdraws them, as it does for a shipped scenario a cohort hides.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedScenario } from '../../src/contract/scenarios.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { formatDayMonth } from '../../src/ui-kit/locale-format.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { accessibilityViolations } from './accessibility.ts';
import { openBrowser, SCREENSHOT_DIR, type OpenBrowser } from './browser.ts';
import { settled } from './settled.ts';
import { choose } from './trainee.ts';

const COHORT = 'North team';
const SCENARIO = 'trainer-duel';

let outDir = '';
let server: CohortServer | null = null;
let open: OpenBrowser | null = null;
let trainer: CohortClient;
let joinCode = '';
let first: PublishedScenario;

async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  expect(await accessibilityViolations(page), `accessibility: ${name}`).toEqual([]);
}

/** The trainee's token, as the game keeps it in IndexedDB (to play an exam through the API). */
function traineeToken(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const request = indexedDB.open('sales-roleplay');
    request.onerror = () => reject(new Error('no database'));
    request.onsuccess = () => {
      const get = request.result.transaction('kv').objectStore('kv').get('cohort-membership');
      get.onsuccess = () => resolve((get.result as { token: string }).token);
      get.onerror = () => reject(new Error('no membership'));
    };
  }));
}

const card = (page: Page): ReturnType<Page['locator']> => page.locator(`button.card[data-entry="cohort:${SCENARIO}/en"]`);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cohort-library-dist-'));
  // The production build, with its service worker, so the game itself is there offline.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await startCohortServer({ staticDir: outDir });
  const created = await new CohortClient({ baseUrl: server.url }).createCohort({ name: COHORT });
  trainer = new CohortClient({ baseUrl: server.url, token: created.trainerKey });
  joinCode = created.joinCode;
  first = (await trainer.publishScenario({ language: 'en', source: duelSource({ id: SCENARIO, title: 'Trainer duel' }) })).scenario;
  open = await openBrowser(server.url);
}, 300_000);

afterAll(async () => {
  await open?.close();
  await server?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the cohort\'s scenarios on a trainee\'s device', () => {
  it('lists a published scenario with the cohort\'s name after joining and a reload, and plays it offline in coach mode', async () => {
    if (!open) throw new Error('no browser');
    const { page, context, errors } = open;
    await page.goto('/?pace=instant');
    await page.waitForSelector('[data-action="cohort"]');
    await page.focus('[data-action="cohort"]');
    await page.keyboard.press('Enter');
    await page.focus('[data-field="code"]');
    await page.keyboard.type(joinCode);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mei Lin');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="cohort-name"]');

    await page.reload();
    await card(page).waitFor({ timeout: 30_000 });
    expect(await card(page).locator('.card-title').innerText()).toBe('Trainer duel');
    expect(await card(page).locator('.chip--cohort').innerText()).toBe(`${COHORT} · from your trainer`);
    expect(await card(page).getAttribute('data-local')).toBe('false');
    // Only what the server lists is offered: its one shipped scenario and the trainer's.
    const entries = await page.locator('button.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-entry')));
    expect(entries.sort()).toEqual([`cohort:${SCENARIO}/en`, `shipped:${SHIPPED_ID}/en`]);
    await shot(page, 'cohort-library-1-list');

    // The game and the scenario stay on the device: offline, a reload still lists and plays it.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A page that was still loading when the worker took over is not its client: a reload is.
    if (await page.evaluate(() => navigator.serviceWorker.controller === null)) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await card(page).waitFor({ timeout: 30_000 });
    await page.waitForSelector('.offline-chip');
    expect(await page.locator('[data-mode="coach"]').getAttribute('aria-pressed')).toBe('true');
    await card(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.briefing [data-action="start"]');
    await page.keyboard.press('Enter');
    await choose(page, first.bestPath);
    await page.waitForSelector('.debrief', { timeout: 30_000 });
    expect(await page.locator('[data-overall]').innerText()).toBe(String(first.bestOverall));
    const status = page.locator('[data-testid="cohort-submission"]');
    await page.waitForSelector('[data-testid="cohort-submission"][data-state="queued"]', { timeout: 30_000 });
    await shot(page, 'cohort-library-2-debrief-offline');

    // Back online, the coach run reaches the trainer as practice, never ranked.
    await context.setOffline(false);
    await page.waitForSelector('[data-testid="cohort-submission"][data-state="submitted"]', { timeout: 30_000 });
    expect(await status.innerText()).toContain('as practice');
    const sent = (await trainer.cohortAttempts({ mode: 'all' })).attempts.filter((a) => a.scenarioId === SCENARIO);
    expect(sent.map((a) => ({ mode: a.mode, ranked: a.ranked, overall: a.overall, displayName: a.displayName })))
      .toEqual([{ mode: 'coach', ranked: false, overall: first.bestOverall, displayName: 'Mei Lin' }]);
    await shot(page, 'cohort-library-3-shared-practice');
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    errors.length = 0;
  }, 300_000);

  it('replaces the scenario with the trainer\'s newer version and says so', async () => {
    if (!open) throw new Error('no browser');
    const { page, errors } = open;
    const newer = (await trainer.publishScenario({ language: 'en', source: duelSource({ id: SCENARIO, title: 'Trainer duel, revised' }) })).scenario;
    expect(newer.contentHash).not.toBe(first.contentHash);
    await page.goto('/?pace=instant');
    const notice = page.locator('[data-testid="notices"] .notice', { hasText: 'Your trainer updated' });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('.message-title').innerText()).toBe('Your trainer updated “Trainer duel, revised”: the list has the new version.');
    await page.waitForFunction((entry) => document.querySelector(`button.card[data-entry="${entry}"] .card-title`)?.textContent === 'Trainer duel, revised', `cohort:${SCENARIO}/en`);
    expect(await card(page).count()).toBe(1);
    await shot(page, 'cohort-library-4-updated');
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows an assignment\'s due date and the trainee\'s status, first in the list and on the card', async () => {
    if (!open) throw new Error('no browser');
    const { page, errors } = open;
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const assignment = await trainer.createAssignment({ scenarioId: SCENARIO, dueAt, passMark: 90 });
    await page.reload();
    const item = page.locator(`[data-testid="assigned"] [data-assignment="${assignment.assignmentId}"]`);
    await item.waitFor({ timeout: 30_000 });
    const due = `Assigned · due ${formatDayMonth(dueAt, 'en')}`;
    expect(await item.getAttribute('data-status')).toBe('not-started');
    expect(await item.innerText()).toContain(due);
    expect(await item.innerText()).toContain('Not started');
    expect(await card(page).locator('.assignment-badge').innerText()).toContain(due);
    // What a screen reader says for the item: the parts apart, not run together.
    expect(await page.getByRole('button', { name: `Trainer duel, revised ${due} · Not started · pass mark 90 Pass it in exam mode.` }).count()).toBe(1);
    await shot(page, 'cohort-library-5-assigned');

    // An exam played on the server below the pass mark: the status says so.
    const client = new CohortClient({ baseUrl: server!.url, token: await traineeToken(page) });
    const started = await client.startExam({ contentHash: (await trainer.publishedScenarios()).find((v) => v.title === 'Trainer duel, revised')!.contentHash });
    const ended = await client.examTurn(started.examId, { turn: 0, index: 1 });
    expect(ended.attempt?.overall).toBeLessThan(90);
    await page.reload();
    const failed = page.locator(`[data-testid="assigned"] [data-assignment="${assignment.assignmentId}"][data-status="failed"]`);
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.innerText()).toContain(`Failed, best ${ended.attempt!.overall}`);
    // By keyboard: the item opens the scenario's briefing.
    await failed.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.briefing [data-action="start"]');
    expect(await page.locator('.briefing h1').innerText()).toContain('Trainer duel, revised');

    // The share setting, on by default in a cohort; turned off it stays off across a reload.
    await page.locator('[data-nav="data"]').click();
    const share = page.locator('[data-action="share-coach-runs"]');
    expect(await share.getAttribute('aria-checked')).toBe('true');
    await share.focus();
    await page.keyboard.press('Enter');
    expect(await share.getAttribute('aria-checked')).toBe('false');
    await shot(page, 'cohort-library-6-share-setting');
    await page.reload();
    await page.locator('[data-nav="data"]').click();
    await page.waitForSelector('[data-action="share-coach-runs"][aria-checked="false"]');

    await page.locator('[data-nav="practice"]').click();
    await page.locator('[data-language="zh-CN"]').click();
    await page.waitForSelector('[data-testid="assigned"] h2');
    expect(await page.locator('[data-testid="assigned"] h2').innerText()).toBe('布置给您的任务');
    await shot(page, 'cohort-library-7-assigned-zh');
    expect(errors).toEqual([]);
  }, 120_000);
});
