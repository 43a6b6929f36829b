// The trainer's side of a cohort in a real browser, against the real server serving the built
// app: create a cohort (key shown once), publish a scenario (refused with its line first, then
// accepted), let two trainees submit verified attempts through the API client, and read them on
// the dashboard and leaderboard in the right order — with the red lines crossed, the abandoned
// exam marked and the rubric that scored each; download the CSVs; switch to Chinese; cope with
// the network going away; sign out and back in with the key.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { newIdempotencyKey } from '../../src/net/idempotency-key.ts';
import type { Attempt } from '../../src/contract/attempts.ts';
import { startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { accessibilityViolations } from './accessibility.ts';
import { openBrowser, SCREENSHOT_DIR, type OpenBrowser } from './browser.ts';

const SCENARIO = 'duel-call';
const TYPO = '#technique: open-question';
// Telling the customer what they need is pressure here: a red line, so a run can show one.
const FIXED_SOURCE = duelSource({ id: SCENARIO, title: 'Duel call: a customer short of data' }).replace('#fault: argue', '#fault: pressure');
const BROKEN_SOURCE = FIXED_SOURCE.replace(TYPO, '#technique: open-questoin');
/** Requests the page is expected to see refused (wrong key, broken scenario, network cut). */
const EXPECTED_FAILURES = /Failed to load resource|net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/;

let outDir: string;
let work: string;
let srv: CohortServer;
let b: OpenBrowser;
let trainerKey = '';
let joinCode = '';
let best: Attempt;
let weaker: Attempt;

/** A screenshot of the whole scrolling page, not just the window. */
async function fullShot(name: string): Promise<void> {
  const { page } = b;
  const height = await page.evaluate(() => (document.querySelector('.topbar')?.clientHeight ?? 60) + (document.getElementById('main')?.scrollHeight ?? 800));
  await page.setViewportSize({ width: 1280, height: Math.max(800, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const texts = (selector: string) => b.page.locator(selector).allInnerTexts();

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'trainer-e2e-dist-'));
  work = mkdtempSync(join(tmpdir(), 'trainer-e2e-files-'));
  // The game's catalog is not under test here: the small fixture library builds in seconds.
  const stories = process.env.STORIES_DIR;
  process.env.STORIES_DIR = 'tests/fixtures/ink';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (stories === undefined) delete process.env.STORIES_DIR;
    else process.env.STORIES_DIR = stories;
  }
  srv = await startCohortServer({ staticDir: outDir });
  b = await openBrowser(srv.url);
}, 180_000);

afterAll(async () => {
  await b?.close();
  await srv?.stop();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the trainer dashboard served by the cohort server', () => {
  it('creates a cohort and shows the trainer key once, with the warning to keep it', async () => {
    const { page } = b;
    await page.goto('/trainer/');
    await page.getByRole('heading', { name: 'Run your training cohort' }).waitFor();
    await b.screenshot('trainer-1-welcome');
    expect(await accessibilityViolations(b.page), 'accessibility: welcome').toEqual([]);

    await page.click('[data-action="create"]');
    await expect.poll(() => page.locator('.form-error').innerText()).toBe('Give the cohort a name.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cohort-name');

    await page.fill('input[name="cohort-name"]', 'Spring intake · 春季班');
    await page.fill('input[name="pass-mark"]', '70');
    await page.keyboard.press('Enter');
    const keyField = page.locator('[data-trainer-key]');
    await keyField.waitFor();
    trainerKey = await keyField.inputValue();
    joinCode = (await page.locator('[data-join-code]').getAttribute('data-join-code')) ?? '';
    expect(trainerKey).toMatch(/^trk_[A-Za-z0-9_-]{40,}$/);
    expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
    await expect.poll(() => page.locator('.warning').innerText()).toContain('shown only this once');
    expect(await page.locator('h1').innerText()).toBe('Spring intake · 春季班');
    const open = page.locator('[data-action="open-dashboard"]');
    expect(await open.isDisabled()).toBe(true);
    await b.screenshot('trainer-2-key-shown-once');
    expect(await accessibilityViolations(b.page), 'accessibility: trainer key').toEqual([]);

    await page.getByLabel('I have copied the trainer key and stored it somewhere safe').check();
    await open.click();
    await page.locator('#cohort-name').waitFor();
    expect(await page.locator('#cohort-name').innerText()).toBe('Spring intake · 春季班');
    expect(await page.locator('.hero [data-join-code]').getAttribute('data-join-code')).toBe(joinCode);
    expect(await page.locator('[data-stat="pass-mark"] .stat-value').innerText()).toBe('70');
    // The key is remembered for this browser, and no longer on screen.
    expect(await page.evaluate(() => localStorage.getItem('sales-coach.trainer-key.v1'))).toBe(trainerKey);
    expect(await page.locator('[data-trainer-key]').count()).toBe(0);
  });

  it('refuses an uploaded scenario with errors, naming the line, then publishes the fixed one', async () => {
    const { page } = b;
    await page.click('[data-tab="scenarios"]');
    const brokenFile = join(work, `${SCENARIO}.en.ink`);
    writeFileSync(brokenFile, BROKEN_SOURCE);
    await page.locator('input[data-role="file"]').setInputFiles(brokenFile);
    await expect.poll(() => page.locator('textarea[data-role="source"]').inputValue()).toBe(BROKEN_SOURCE);
    expect(await page.locator('select[data-role="language"]').inputValue()).toBe('en');
    await page.getByRole('button', { name: 'Check and publish' }).click();
    const refused = page.locator('[data-result="refused"]');
    await refused.waitFor();
    const typoLine = BROKEN_SOURCE.split('\n').findIndex((l) => l.includes('open-questoin')) + 1;
    expect(await refused.locator('.result-title').innerText()).toContain('Not published: the scenario has errors');
    expect(await refused.locator(`.diagnostic[data-line="${typoLine}"] .diagnostic-where`).innerText()).toBe(`Line ${typoLine}`);
    expect(await refused.locator(`.diagnostic[data-line="${typoLine}"] .diagnostic-message`).innerText()).toContain('open-questoin');
    expect(await refused.locator('.diagnostic-excerpt').first().innerText()).toContain('Ask what they use data for');
    await b.screenshot('trainer-3-refused-with-line');

    await page.locator('textarea[data-role="source"]').fill(FIXED_SOURCE);
    await page.getByRole('button', { name: 'Check and publish' }).click();
    const published = page.locator('[data-result="published"]');
    await published.waitFor();
    expect(await published.innerText()).toContain('Published “Duel call: a customer short of data”');
    expect(await published.innerText()).toContain('Best path scores 100');
    const group = page.locator(`.group[data-scenario="${SCENARIO}"]`);
    await group.waitFor();
    expect(await group.locator('.version-row').count()).toBe(1);
    expect(await group.locator('.version-row--current .chip').innerText()).toBe('Current');
    await b.screenshot('trainer-4-published');
  });

  it('publishes every scenario of a pack exported from Scenario Studio, keeping each version', async () => {
    const { page } = b;
    const packFile = join(work, '2-scenarios.scenario-pack.json');
    const entry = (title: string) => ({ id: 'pack-call', language: 'en', title, source: duelSource({ id: 'pack-call', title }) });
    writeFileSync(packFile, JSON.stringify({
      format: PACK_FORMAT, version: 1, exportedAt: new Date().toISOString(), scenarios: [entry('Pack call, first draft'), entry('Pack call, second draft')],
    }));
    await page.locator('input[data-role="file"]').setInputFiles(packFile);
    await expect.poll(() => page.locator('.pack-title').innerText()).toContain('with 2 scenarios');
    await page.getByRole('button', { name: 'Check and publish' }).click();
    await expect.poll(() => page.locator('[data-result="published"]').count()).toBe(2);
    const group = page.locator('.group[data-scenario="pack-call"]');
    await expect.poll(() => group.locator('.version-row').count()).toBe(2);
    expect(await group.locator('h3').innerText()).toBe('Pack call, second draft');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('textarea[data-role="source"]').waitFor();
  });

  it('shows two trainees\' verified attempts on the dashboard and the leaderboard, best first', async () => {
    const { page } = b;
    const anyone = new CohortClient({ baseUrl: srv.url });
    const scenarios = await anyone.withToken(trainerKey).scenarios();
    const version = scenarios.scenarios.find((s) => s.scenarioId === SCENARIO);
    if (!version) throw new Error('the published scenario is not listed');
    const play = async (name: string, runs: Array<{ choices: number[]; mode: 'exam' | 'coach'; abandoned?: boolean }>) => {
      const joined = await anyone.joinCohort({ code: joinCode.toLowerCase(), displayName: name });
      const client = anyone.withToken(joined.token);
      const answers: Attempt[] = [];
      for (const run of runs) {
        answers.push((await client.submitAttempt({
          idempotencyKey: newIdempotencyKey(), scenarioId: SCENARIO, contentHash: version.contentHash,
          rubricVersion: courseRubric.version, seed: 0, ...run,
        })).attempt);
      }
      return answers;
    };
    // Ben plays first, so an order by time alone would put him on top.
    // Ben also leaves an exam after its first reply; Ana's coached run pushes the customer.
    const ben = await play('Ben', [{ choices: [1], mode: 'exam' }, { choices: [0, 0, 1], mode: 'exam' }, { choices: [0], mode: 'exam', abandoned: true }]);
    const ana = await play('Ana', [{ choices: [0, 0, 0], mode: 'exam' }, { choices: [0, 1], mode: 'coach' }]);
    best = ana[0]!;
    weaker = ben[1]!;
    expect(best.overall).toBeGreaterThan(weaker.overall);
    expect(ben[0]!.faults).toEqual(['premature-pitch']);
    expect(ben[2]!).toMatchObject({ status: 'abandoned', ranked: false });
    expect(ana[1]!.redLines).toEqual(['pressure']);

    await page.click('[data-tab="overview"]');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.locator('[data-stat="members"] .stat-value').innerText()).toBe('2');
    expect(await page.locator('[data-stat="attempts"] .stat-value').innerText()).toBe('5');

    await expect.poll(() => texts('table[data-board="overall"] tbody th')).toEqual(['Ana', 'Ben']);
    expect(await texts('table[data-board="overall"] .board-score')).toEqual([String(best.overall), String(weaker.overall)]);
    await page.locator('select[data-filter="leaderboard-scenario"]').selectOption(SCENARIO);
    await expect.poll(() => texts(`table[data-board="${SCENARIO}"] tbody th`)).toEqual(['Ana', 'Ben']);
    await page.getByRole('button', { name: 'This week' }).click();
    await expect.poll(() => page.locator('.board-card .hint').innerText()).toMatch(/^Week starting /);
    expect(await texts(`table[data-board="${SCENARIO}"] tbody th`)).toEqual(['Ana', 'Ben']);
    await expect.poll(() => page.locator('.dims .dim').count()).toBeGreaterThan(0);
    expect(await texts('.matrix tbody th')).toEqual(['Ana', 'Ben']);
    await fullShot('trainer-5-overview');
    expect(await accessibilityViolations(b.page), 'accessibility: overview').toEqual([]);

    // The tabs follow the arrow keys, as the ARIA tabs pattern has it.
    await page.locator('[data-tab="overview"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-tab="trainees"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('trainees');
    await expect.poll(() => texts('table.members tbody th')).toEqual(['Ana', 'Ben']);
    const anaRow = page.locator('table.members tbody tr').first();
    expect(await anaRow.locator('td').allInnerTexts()).toContain(String(best.overall));
    // Ben: two finished exams (best and average over those) and one abandoned.
    const benRow = page.locator('table.members tbody tr').nth(1);
    expect((await benRow.locator('td').allInnerTexts()).slice(1, 4)).toEqual(['3', '2', '1']);
    await expect.poll(() => page.locator('table.attempts tbody tr').count()).toBe(5);
    await page.locator('select[data-filter="attempts-mode"]').selectOption('coach');
    await expect.poll(() => texts('table.attempts tbody th')).toEqual(['Ana']);
    // The red line, in words, on the attempt that crossed it, and the rubric that scored it.
    const coached = page.locator('table.attempts tbody tr').first();
    expect(await coached.getAttribute('data-red-lines')).toBe('pressure');
    expect(await coached.locator('td.red-lines li').allInnerTexts()).toEqual([courseRubric.faults.find((f) => f.id === 'pressure')!.label.en]);
    expect(await coached.locator('.rubric-version').innerText()).toBe(`Rubric ${courseRubric.version}`);
    await page.locator('select[data-filter="attempts-mode"]').selectOption('all');
    await expect.poll(() => page.locator('table.attempts tbody tr').count()).toBe(5);
    const left = page.locator('table.attempts tbody tr[data-status="abandoned"]');
    expect(await left.count()).toBe(1);
    expect(await left.locator('th').innerText()).toBe('Ben');
    expect(await left.locator('.chip--abandoned').innerText()).toContain('Abandoned');
    expect(await left.locator('.passed').count()).toBe(0);
    expect(await page.locator('.attempts-card .table-note').innerText()).toContain('caps the overall at 40');
    await fullShot('trainer-6-trainees');
    expect(await accessibilityViolations(b.page), 'accessibility: trainees').toEqual([]);
  });

  it('downloads the server\'s members and attempts CSV files, byte-order mark included', async () => {
    const { page } = b;
    const [members] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="members"]')]);
    expect(members.suggestedFilename()).toBe('members.csv');
    const memberBytes = readFileSync((await members.path())!);
    expect([...memberBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const memberLines = memberBytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(memberLines[0]).toMatch(/^trainee_id,display_name,/);
    expect(memberLines.slice(1).map((l) => l.split(',')[1])).toEqual(['Ana', 'Ben']);

    const [attempts] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="attempts"]')]);
    expect(attempts.suggestedFilename()).toBe('attempts.csv');
    const attemptLines = readFileSync((await attempts.path())!).subarray(3).toString('utf8').trim().split('\r\n');
    expect(attemptLines).toHaveLength(6);
    expect(attemptLines.slice(1).every((l) => l.includes(SCENARIO))).toBe(true);
    expect(attemptLines[0]!.endsWith(',status,red_lines,rubric_version,repeat_of')).toBe(true);
    // repeat_of is blank: no attempt here repeats another
    expect(attemptLines.filter((l) => l.endsWith(`,abandoned,,${courseRubric.version},`))).toHaveLength(1);
    expect(attemptLines.filter((l) => l.endsWith(`,finished,pressure,${courseRubric.version},`))).toHaveLength(1);
  });

  it('shows where trainees go wrong: the costly reply, how many took it, and its fault', async () => {
    const { page } = b;
    await page.click('[data-tab="decisions"]');
    const first = page.locator('.point').first();
    await first.waitFor();
    expect(await page.locator('select[data-filter="decisions-scenario"]').inputValue()).toBe(SCENARIO);
    expect(await first.locator('.point-prompt .line-text').innerText()).toBe('Hello, who is this?');
    const replies = first.locator('.reply');
    expect(await replies.locator('.reply-text').allInnerTexts()).toEqual(['Introduce yourself and ask for two minutes', 'Start reading the price list']);
    expect(await replies.locator('.reply-count').allInnerTexts()).toEqual(['3 of 4', '1 of 4']);
    const costly = page.locator('.reply--costly').first();
    expect(await costly.locator('.reply-text').innerText()).toBe('Start reading the price list');
    expect(await costly.locator('.chip').allInnerTexts()).toEqual(['Costs points', courseRubric.faults.find((f) => f.id === 'premature-pitch')!.label.en]);
    expect(await replies.first().getAttribute('data-costly')).toBe('false');
    await fullShot('trainer-7-where-trainees-go-wrong');
    expect(await accessibilityViolations(b.page), 'accessibility: where trainees go wrong').toEqual([]);
  });

  it('speaks Simplified Chinese throughout when switched, and remembers the choice', async () => {
    const { page } = b;
    await page.click('[data-lang="zh-CN"]');
    expect(await page.locator('[data-tab="decisions"]').innerText()).toBe('失分点分析');
    expect(await page.locator('.reply--costly .chip').first().innerText()).toBe('失分回复');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.click('[data-tab="overview"]');
    await expect.poll(() => texts('table[data-board] tbody th')).toEqual(['Ana', 'Ben']);
    expect(await page.locator('.board-card h2').innerText()).toBe('排行榜');
    await b.screenshot('trainer-8-chinese');
    await page.click('[data-tab="trainees"]');
    await expect.poll(() => page.locator('table.attempts tbody tr[data-status="abandoned"] .chip--abandoned').innerText()).toContain('已放弃');
    expect(await page.locator('table.attempts thead th').allInnerTexts()).toContain('红线');
    expect(await page.locator('table.attempts tr[data-red-lines] .rubric-version').innerText()).toBe(`评分标准 ${courseRubric.version}`);
    await fullShot('trainer-8b-chinese-attempts');
    await page.click('[data-tab="overview"]');
    expect(await accessibilityViolations(b.page), 'accessibility: Chinese').toEqual([]);
    await page.reload();
    await page.locator('#cohort-name').waitFor();
    expect(await page.locator('[data-tab="overview"]').innerText()).toBe('总览');
    await page.click('[data-lang="en"]');
  });

  it('says so plainly when the server cannot be reached, and recovers on retry', async () => {
    const { page } = b;
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.locator('.hero-slot .state--error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Cannot reach the server. Check the connection and try again.');
    // What was loaded stays on screen (dimmed) under the error.
    expect(await page.locator('#cohort-name').innerText()).toBe('Spring intake · 春季班');
    await b.screenshot('trainer-9-offline');
    await page.unroute('**/api/**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.hero-slot .state--error').count()).toBe(0);
  });

  it('signs out, refuses a wrong key or a trainee token with a reason, and signs back in with the key', async () => {
    const { page } = b;
    await page.click('[data-action="sign-out"]');
    await page.click('[data-action="confirm-sign-out"]');
    await page.getByRole('heading', { name: 'Run your training cohort' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('sales-coach.trainer-key.v1'))).toBeNull();

    const keyInput = page.locator('input[name="trainer-key"]');
    await keyInput.fill(`trk_${'x'.repeat(43)}`);
    await page.click('[data-action="sign-in"]');
    await expect.poll(() => page.locator('.form-error').innerText()).toBe('The server does not recognise this trainer key. Check that you copied all of it.');
    const trainee = await new CohortClient({ baseUrl: srv.url }).joinCohort({ code: joinCode, displayName: 'Cai' });
    await keyInput.fill(trainee.token);
    await page.click('[data-action="sign-in"]');
    await expect.poll(() => page.locator('.form-error').innerText()).toBe('That is a trainee token, not a trainer key.');

    // A key saved in this browser that the server no longer knows sends the trainer back here.
    await page.evaluate(() => localStorage.setItem('sales-coach.trainer-key.v1', `trk_${'y'.repeat(43)}`));
    await page.reload();
    await expect.poll(() => page.locator('.form-error').innerText()).toBe('The trainer key saved in this browser is no longer accepted. Sign in again.');
    expect(await page.evaluate(() => localStorage.getItem('sales-coach.trainer-key.v1'))).toBeNull();

    await keyInput.fill(` ${trainerKey} `);
    await page.click('[data-action="sign-in"]');
    await page.locator('#cohort-name').waitFor();
    await expect.poll(() => page.locator('[data-stat="members"] .stat-value').innerText()).toBe('3');
    expect(b.errors.filter((e) => !EXPECTED_FAILURES.test(e))).toEqual([]);
  });
});
