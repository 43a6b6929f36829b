// The trainer's side of a cohort in a real browser, against the real server serving the built
// app: create a cohort (key shown once), publish a scenario (refused with its line first, then
// accepted), let two trainees play exams on the server turn by turn and share a practice run
// through the API client, and read them on the dashboard and leaderboard in the right order —
// with the red lines crossed, the abandoned exam marked, practice told from exams and the rubric
// that scored each; download the CSVs; open an attempt's annotated transcript with its turn
// times; assign a scenario and watch its completion change as exams are played; remove a member;
// retire a published version; hide a shipped scenario; switch to Chinese; cope with the network
// going away; sign out and back in with the key.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { isApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { newIdempotencyKey } from '../../src/net/idempotency-key.ts';
import type { Attempt } from '../../src/contract/attempts.ts';
import type { ExamState } from '../../src/contract/exams.ts';
import { TRAINER_KEYS_KEY } from '../../src/ui-kit/trainer-key-store.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { accessibilityViolations } from './accessibility.ts';
import { openBrowser, SCREENSHOT_DIR, type OpenBrowser } from './browser.ts';

const SCENARIO = 'duel-call';
const TYPO = '#technique: open-question';
// Telling the customer what they need is pressure here: a red line, so a run can show one.
// A time limit, so the transcript can report the exam's wall time against one.
const FIXED_SOURCE = duelSource({ id: SCENARIO, title: 'Duel call: a customer short of data', 'time-limit': '90' }).replace('#fault: argue', '#fault: pressure');
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
let coached: Attempt;
let contentHash = '';
const tokens: Record<string, string> = {};

/** The trainer keys this browser holds (src/ui-kit/trainer-key-store.ts). */
const heldKeys = () => b.page.evaluate((storeKey) => {
  const raw = localStorage.getItem(storeKey);
  return raw === null ? [] : (JSON.parse(raw) as { cohorts: Array<{ key: string }> }).cohorts.map((c) => c.key);
}, TRAINER_KEYS_KEY);

/** A trainee's client, by display name. */
const trainee = (name: string) => new CohortClient({ baseUrl: srv.url, token: tokens[name] ?? null });

/** An exam played on the server the way the game plays it: start, one turn per reply, abandoned if asked. */
async function playExam(client: CohortClient, choices: number[], options: { abandon?: boolean; assignmentId?: string } = {}): Promise<ExamState> {
  let state = await client.startExam({ contentHash, ...(options.assignmentId ? { assignmentId: options.assignmentId } : {}) });
  for (const index of choices) state = await client.examTurn(state.examId, { turn: state.turn, index });
  if (options.abandon) state = await client.abandonExam(state.examId);
  return state;
}

const finished = (state: ExamState): Attempt => {
  if (!state.attempt) throw new Error(`exam ${state.examId} is still ${state.status}`);
  return state.attempt;
};

/** A screenshot of the whole scrolling page, not just the window. */
async function fullShot(name: string): Promise<void> {
  const { page } = b;
  const height = await page.evaluate(() => (document.querySelector('.topbar')?.clientHeight ?? 60) + (document.getElementById('main')?.scrollHeight ?? 800));
  await page.setViewportSize({ width: 1280, height: Math.max(800, Math.min(height, 4000)) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const texts = (selector: string) => b.page.locator(selector).allInnerTexts();
/** Waits for what the page shows after a request: patient, since the server replays and checks on a shared machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

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
    await poll(() => page.locator('.form-error').innerText()).toBe('Give the cohort a name.');
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
    await poll(() => page.locator('.warning').innerText()).toContain('shown only this once');
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
    expect(await heldKeys()).toEqual([trainerKey]);
    expect(await page.locator('[data-trainer-key]').count()).toBe(0);
  });

  it('refuses an uploaded scenario with errors, naming the line, then publishes the fixed one', async () => {
    const { page } = b;
    await page.click('[data-tab="scenarios"]');
    const brokenFile = join(work, `${SCENARIO}.en.ink`);
    writeFileSync(brokenFile, BROKEN_SOURCE);
    await page.locator('input[data-role="file"]').setInputFiles(brokenFile);
    await poll(() => page.locator('textarea[data-role="source"]').inputValue()).toBe(BROKEN_SOURCE);
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
    await poll(() => page.locator('.pack-title').innerText()).toContain('with 2 scenarios');
    await page.getByRole('button', { name: 'Check and publish' }).click();
    await poll(() => page.locator('[data-result="published"]').count()).toBe(2);
    const group = page.locator('.group[data-scenario="pack-call"]');
    await poll(() => group.locator('.version-row').count()).toBe(2);
    expect(await group.locator('h3').innerText()).toBe('Pack call, second draft');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('textarea[data-role="source"]').waitFor();
  });

  it('shows two trainees\' exams, played on the server, and a shared practice run on the dashboard and the leaderboard, best first', async () => {
    const { page } = b;
    const anyone = new CohortClient({ baseUrl: srv.url });
    const scenarios = await anyone.withToken(trainerKey).scenarios();
    const version = scenarios.scenarios.find((s) => s.scenarioId === SCENARIO);
    if (!version) throw new Error('the published scenario is not listed');
    contentHash = version.contentHash;
    const join = async (name: string) => {
      tokens[name] = (await anyone.joinCohort({ code: joinCode.toLowerCase(), displayName: name })).token;
      return trainee(name);
    };
    // Ben plays first, so an order by time alone would put him on top.
    // Ben also leaves an exam after its first reply; Ana's practice run pushes the customer.
    const ben = await join('Ben');
    const benFirst = finished(await playExam(ben, [1]));
    weaker = finished(await playExam(ben, [0, 0, 1]));
    const benLeft = finished(await playExam(ben, [0], { abandon: true }));
    const ana = await join('Ana');
    best = finished(await playExam(ana, [0, 0, 0]));
    coached = (await ana.submitAttempt({
      idempotencyKey: newIdempotencyKey(), scenarioId: SCENARIO, contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 1], mode: 'coach',
    })).attempt;
    expect(best.overall).toBeGreaterThan(weaker.overall);
    expect(benFirst.faults).toEqual(['premature-pitch']);
    expect(benLeft).toMatchObject({ status: 'abandoned', ranked: false });
    expect(best).toMatchObject({ playedOn: 'server', ranked: true });
    expect(coached).toMatchObject({ mode: 'coach', ranked: false, redLines: ['pressure'] });

    await page.click('[data-tab="overview"]');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await poll(() => page.locator('[data-stat="members"] .stat-value').innerText()).toBe('2');
    expect(await page.locator('[data-stat="attempts"] .stat-value').innerText()).toBe('5');

    await poll(() => texts('table[data-board="overall"] tbody th')).toEqual(['Ana', 'Ben']);
    expect(await texts('table[data-board="overall"] .board-score')).toEqual([String(best.overall), String(weaker.overall)]);
    await page.locator('select[data-filter="leaderboard-scenario"]').selectOption(SCENARIO);
    await poll(() => texts(`table[data-board="${SCENARIO}"] tbody th`)).toEqual(['Ana', 'Ben']);
    await page.getByRole('button', { name: 'This week' }).click();
    await poll(() => page.locator('.board-card .hint').innerText()).toMatch(/^Week starting /);
    expect(await texts(`table[data-board="${SCENARIO}"] tbody th`)).toEqual(['Ana', 'Ben']);
    await poll(() => page.locator('.dims .dim').count()).toBeGreaterThan(0);
    expect(await texts('.matrix tbody th')).toEqual(['Ana', 'Ben']);
    await fullShot('trainer-5-overview');
    expect(await accessibilityViolations(b.page), 'accessibility: overview').toEqual([]);

    // The tabs follow the arrow keys, as the ARIA tabs pattern has it.
    await page.locator('[data-tab="overview"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-tab="trainees"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('trainees');
    await poll(() => texts('table.members tbody th')).toEqual(['Ana', 'Ben']);
    const anaRow = page.locator('table.members tbody tr').first();
    expect(await anaRow.locator('td').allInnerTexts()).toContain(String(best.overall));
    // Ben: two finished exams (best and average over those) and one abandoned.
    const benRow = page.locator('table.members tbody tr').nth(1);
    expect((await benRow.locator('td').allInnerTexts()).slice(1, 4)).toEqual(['3', '2', '1']);
    await poll(() => page.locator('table.attempts tbody tr').count()).toBe(5);
    // Exams played on the server are marked so; the shared coach run is practice.
    expect(await page.locator('table.attempts tbody [data-kind="exam"]').count()).toBe(4);
    expect(await page.locator(`table.attempts tr[data-attempt="${coached.attemptId}"] [data-kind="practice"]`).innerText()).toContain('Practice');
    await page.locator('select[data-filter="attempts-mode"]').selectOption('coach');
    await poll(() => texts('table.attempts tbody th')).toEqual(['Ana']);
    // The red line, in words, on the attempt that crossed it, and the rubric that scored it.
    const practice = page.locator('table.attempts tbody tr').first();
    expect(await practice.getAttribute('data-red-lines')).toBe('pressure');
    expect(await practice.locator('td.red-lines li').allInnerTexts()).toEqual([courseRubric.faults.find((f) => f.id === 'pressure')!.label.en]);
    expect(await practice.locator('.rubric-version').innerText()).toBe(`Rubric ${courseRubric.version}`);
    await page.locator('select[data-filter="attempts-mode"]').selectOption('all');
    await poll(() => page.locator('table.attempts tbody tr').count()).toBe(5);
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

  it('opens an attempt as its annotated transcript, with every line, the evidence under each reply and the server\'s turn times', async () => {
    const { page } = b;
    await page.click('[data-tab="trainees"]');
    await page.locator('select[data-filter="attempts-trainee"]').selectOption({ label: 'Ben' });
    await poll(() => texts('table.attempts tbody th')).toEqual(['Ben', 'Ben', 'Ben']);
    const open = page.locator(`[data-open-attempt="${weaker.attemptId}"]`);
    expect(await open.getAttribute('aria-label')).toContain('Ben');
    await open.focus();
    await page.keyboard.press('Enter');
    const view = page.locator(`.transcript[data-attempt="${weaker.attemptId}"]`);
    await view.waitFor();
    expect(await page.locator('.transcript-title').innerText()).toBe('Ben · Duel call: a customer short of data');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('transcript-title'))).toBe(true);
    expect(await view.locator('.transcript-chips [data-kind="exam"]').innerText()).toContain('Exam');
    expect(await view.locator('[data-overall]').getAttribute('data-overall')).toBe(String(weaker.overall));
    // Every line, the trainee's three replies numbered, each timed by the server.
    const lines = await view.locator('.tline .tline-text').allInnerTexts();
    expect(lines[0]).toBe('Hello, who is this?');
    expect(lines).toContain('Ask what they use data for');
    expect(await view.locator('.tline--reply .tline-text').allInnerTexts()).toEqual([
      'Introduce yourself and ask for two minutes', 'Ask what they use data for', 'Promise to send details',
    ]);
    const times = await view.locator('.tline--reply .reply-time').evaluateAll((els) => els.map((el) => el.getAttribute('data-time-ms')));
    expect(times).toHaveLength(3);
    for (const ms of times) expect(Number(ms), 'a reply timed by the server').toBeGreaterThanOrEqual(0);
    expect(times.every((ms) => ms !== '')).toBe(true);
    // Under each reply, what it earned: the opening points, the technique and the need it drew out.
    const second = view.locator('.tline[data-reply="2"]');
    expect(await second.locator('.tnote').evaluateAll((els) => els.map((el) => el.getAttribute('data-reason')))).toEqual(
      expect.arrayContaining(['technique', 'need-revealed']));
    expect(await second.locator('.tnote-dim').allInnerTexts()).toContain(courseRubric.dimensions.find((d) => d.id === 'discovery')!.label.en);
    expect(await view.locator('.tline[data-reply="1"] .tnote[data-reason="tag-points"] .tnote-points').innerText()).toBe('+2');
    // The wall time against the scenario's limit.
    expect(await view.locator('[data-stat="wall"] dd').innerText()).toMatch(/of the 1:30 limit$/);
    expect(await view.locator('[data-stat="replies"] dd').innerText()).toBe('3 of 3');
    await fullShot('trainer-10-transcript');
    expect(await accessibilityViolations(b.page), 'accessibility: transcript').toEqual([]);

    // Back returns to the same list, filters and row.
    await page.click('[data-action="back-to-attempts"]');
    await page.locator('table.attempts').waitFor();
    expect(await page.locator('select[data-filter="attempts-trainee"] option:checked').innerText()).toBe('Ben');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open-attempt'))).toBe(weaker.attemptId);

    // A practice run: marked so, its red line under the reply that crossed it, no turn times.
    await page.locator('select[data-filter="attempts-trainee"]').selectOption({ label: 'Ana' });
    await page.locator(`[data-open-attempt="${coached.attemptId}"]`).click();
    const practice = page.locator(`.transcript[data-attempt="${coached.attemptId}"]`);
    await practice.waitFor();
    expect(await practice.locator('.transcript-chips [data-kind="practice"]').innerText()).toContain('Practice');
    expect(await practice.locator('.tnote--red-line').getAttribute('data-fault')).toBe('pressure');
    expect(await practice.locator('.tnote--red-line .chip').innerText()).toBe('Red line');
    expect(await practice.locator('.transcript-red').innerText()).toContain('capped at 40');
    expect(await practice.locator('.tline--reply .reply-time--none').count()).toBe(2);
    expect(await practice.locator('[data-stat="wall"] dd').innerText()).toBe('Not timed (played in the browser)');
    await fullShot('trainer-11-practice-transcript');

    // A reload reopens the same transcript.
    await page.reload();
    await practice.waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#trainees/attempt/${coached.attemptId}`);
    await page.click('[data-action="back-to-attempts"]');
    await page.locator('table.attempts').waitFor();
    expect(await page.locator('[data-tab="trainees"]').getAttribute('aria-selected')).toBe('true');
  });

  it('assigns a scenario and shows its completion change as the members play exams', async () => {
    const { page } = b;
    await page.click('[data-tab="assignments"]');
    const form = page.locator('.assign-form');
    await form.waitFor();
    // Nothing chosen: refused in words, at the field.
    await page.click('[data-action="create-assignment"]');
    await poll(() => form.locator('.form-error').innerText()).toBe('Choose the scenario to assign.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('scenario');
    await form.locator('select[name="scenario"]').selectOption(SCENARIO);
    expect(await form.locator('input[name="pass-mark"]').inputValue()).toBe('70');
    expect(await form.locator('select[name="language"] option').allInnerTexts()).toEqual(['Either language', 'English only']);
    expect(await form.locator('input[name="due"]').inputValue()).toMatch(/^\d{4}-\d\d-\d\dT17:00$/);
    await page.click('[data-action="create-assignment"]');
    const item = page.locator(`.assignment[data-scenario="${SCENARIO}"]`);
    await item.waitFor();
    const counts = async () => Object.fromEntries(await item.locator('.completion-legend li').evaluateAll((els) => els.map((el) => [el.getAttribute('data-status'), Number(el.getAttribute('data-count'))])));
    expect(await item.locator('h3').innerText()).toBe('Duel call: a customer short of data');
    expect(await item.locator('.completion-lead').innerText()).toBe('0 of 2 passed');
    expect(await counts()).toEqual({ passed: 0, failed: 0, 'in-progress': 0, 'not-started': 2 });
    const [assignment] = await new CohortClient({ baseUrl: srv.url, token: trainerKey }).assignments();

    // Ana passes; Ben starts an exam and is still in it.
    finished(await playExam(trainee('Ana'), [0, 0, 0], { assignmentId: assignment!.assignmentId }));
    const benOpen = await trainee('Ben').startExam({ contentHash });
    await page.click('[data-action="refresh-assignments"]');
    await poll(() => item.locator('.completion-lead').innerText()).toBe('1 of 2 passed');
    expect(await counts()).toEqual({ passed: 1, failed: 0, 'in-progress': 1, 'not-started': 0 });
    await item.locator('summary').click();
    expect(await item.locator('.assignment-table tbody tr').evaluateAll((els) => els.map((el) => [el.querySelector('th')?.textContent, el.getAttribute('data-status')])))
      .toEqual([['Ana', 'passed'], ['Ben', 'in-progress']]);
    await fullShot('trainer-12-assignment');
    expect(await accessibilityViolations(b.page), 'accessibility: assignments').toEqual([]);

    // Ben's exam ends below the pass mark: failed.
    await trainee('Ben').examTurn(benOpen.examId, { turn: benOpen.turn, index: 1 });
    await page.click('[data-action="refresh-assignments"]');
    await poll(counts).toEqual({ passed: 1, failed: 1, 'in-progress': 0, 'not-started': 0 });
    // The member list stayed open across the reload.
    expect(await item.locator('details').getAttribute('open')).not.toBeNull();
    expect(await item.locator('.assignment-table tbody tr[data-status="failed"] th').innerText()).toBe('Ben');
  });

  it('removes a member after a confirmation naming them: they leave the members, leaderboard and assignment, their attempts stay', async () => {
    const { page } = b;
    await page.click('[data-tab="trainees"]');
    const benRow = page.locator('table.members tbody tr', { hasText: 'Ben' });
    await benRow.locator('[data-action="remove-member"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Remove Ben from the cohort?');
    expect(await dialog.innerText()).toContain('Their attempts stay on the record');
    await b.screenshot('trainer-13-remove-member');
    expect(await accessibilityViolations(b.page), 'accessibility: remove member').toEqual([]);
    // Cancel leaves everything as it was.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await texts('table.members tbody th')).toEqual(['Ana', 'Ben']);
    await benRow.locator('[data-action="remove-member"]').click();
    await page.click('[data-action="confirm-remove-member"]');
    await poll(() => texts('table.members tbody th')).toEqual(['Ana']);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.locator('select[data-filter="attempts-trainee"]').selectOption('');
    await poll(async () => (await texts('table.attempts tbody th')).filter((n) => n === 'Ben').length).toBe(4);
    // Ben's token now says why it stopped working.
    const refused = await trainee('Ben').me().then(() => null, (e: unknown) => e);
    expect(isApiError(refused) && refused.status).toBe(401);
    expect(isApiError(refused) ? refused.reason : '').toMatch(/removed/);

    await page.click('[data-tab="overview"]');
    await poll(() => texts('table[data-board] tbody th')).toEqual(['Ana']);
    await page.click('[data-tab="assignments"]');
    await poll(() => page.locator(`.assignment[data-scenario="${SCENARIO}"] .completion-lead`).innerText()).toBe('1 of 1 passed');
  });

  it('retires a published version, so trainees no longer see it or start an exam on it, and restores it', async () => {
    const { page } = b;
    await page.click('[data-tab="scenarios"]');
    const row = page.locator(`.group[data-scenario="${SCENARIO}"] .version-row[data-hash="${contentHash}"]`);
    await row.locator('[data-action="retire-version"]').click();
    await poll(() => row.getAttribute('data-retired')).toBe('true');
    expect(await row.locator('.chip').allInnerTexts()).toContain('Retired');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('restore-version');
    await fullShot('trainer-14-retired');
    const ana = trainee('Ana');
    expect((await ana.scenarios()).scenarios.map((v) => v.contentHash)).not.toContain(contentHash);
    const refused = await ana.startExam({ contentHash }, { retries: 0 }).then(() => null, (e: unknown) => e);
    expect(isApiError(refused) && (refused.status ?? 0) >= 400 && (refused.status ?? 0) < 500).toBe(true);
    // Attempts on it stay.
    await page.click('[data-tab="trainees"]');
    await poll(() => page.locator(`tr[data-attempt="${best.attemptId}"]`).count()).toBe(1);
    await page.click('[data-tab="scenarios"]');
    await row.locator('[data-action="restore-version"]').click();
    await poll(() => row.getAttribute('data-retired')).toBe('false');
    expect((await ana.scenarios()).scenarios.map((v) => v.contentHash)).toContain(contentHash);
  });

  it('hides a shipped scenario from the cohort and shows it again', async () => {
    const { page } = b;
    const shipped = page.locator(`.shipped-card [data-scenario="${SHIPPED_ID}"]`);
    await shipped.waitFor();
    expect(await shipped.getAttribute('data-hidden')).toBe('false');
    await shipped.locator('[data-action="hide-shipped"]').click();
    await poll(() => shipped.getAttribute('data-hidden')).toBe('true');
    expect(await shipped.innerText()).toContain('Hidden from this cohort');
    const ana = trainee('Ana');
    expect((await ana.scenarios()).scenarios.map((v) => v.scenarioId)).not.toContain(SHIPPED_ID);
    await fullShot('trainer-15-shipped-hidden');
    expect(await accessibilityViolations(b.page), 'accessibility: scenarios').toEqual([]);
    await shipped.locator('[data-action="show-shipped"]').click();
    await poll(() => shipped.getAttribute('data-hidden')).toBe('false');
    expect((await ana.scenarios()).scenarios.map((v) => v.scenarioId)).toContain(SHIPPED_ID);
  });

  it('speaks Simplified Chinese throughout when switched, and remembers the choice', async () => {
    const { page } = b;
    await page.click('[data-tab="decisions"]');
    await page.click('[data-lang="zh-CN"]');
    expect(await page.locator('[data-tab="decisions"]').innerText()).toBe('失分点分析');
    expect(await page.locator('.reply--costly .chip').first().innerText()).toBe('失分回复');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.click('[data-tab="overview"]');
    await poll(() => texts('table[data-board] tbody th')).toEqual(['Ana']);
    expect(await page.locator('.board-card h2').innerText()).toBe('排行榜');
    await b.screenshot('trainer-8-chinese');
    await page.click('[data-tab="trainees"]');
    await poll(() => page.locator('table.attempts tbody tr[data-status="abandoned"] .chip--abandoned').innerText()).toContain('已放弃');
    expect(await page.locator('table.attempts thead th').allInnerTexts()).toContain('红线');
    expect(await page.locator('table.attempts tr[data-red-lines] .rubric-version').innerText()).toBe(`评分标准 ${courseRubric.version}`);
    expect(await page.locator('table.attempts tr[data-red-lines] [data-kind="practice"]').innerText()).toContain('练习');
    await page.click('[data-tab="assignments"]');
    await poll(() => page.locator(`.assignment[data-scenario="${SCENARIO}"] .completion-lead`).innerText()).toBe('1 人中 1 人通过');
    await fullShot('trainer-8c-chinese-assignments');
    await page.click('[data-tab="trainees"]');
    await page.locator(`[data-open-attempt="${weaker.attemptId}"]`).click();
    await poll(() => page.locator('.transcript-title').innerText()).toBe('Ben：Duel call: a customer short of data');
    expect(await page.locator('.tline[data-reply="1"] .reply-badge').innerText()).toBe('第 1 条回复');
    await fullShot('trainer-8d-chinese-transcript');
    await page.click('[data-action="back-to-attempts"]');
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
    await poll(() => page.locator('.hero-slot .state--error').count()).toBe(0);
  });

  it('signs out, refuses a wrong key or a trainee token with a reason, and signs back in with the key', async () => {
    const { page } = b;
    await page.click('[data-action="sign-out"]');
    await page.click('[data-action="confirm-sign-out"]');
    await page.getByRole('heading', { name: 'Run your training cohort' }).waitFor();
    expect(await heldKeys()).toEqual([]);
    expect(await page.evaluate(() => window.location.hash)).toBe('');

    const keyInput = page.locator('input[name="trainer-key"]');
    await keyInput.fill(`trk_${'x'.repeat(43)}`);
    await page.click('[data-action="sign-in"]');
    await poll(() => page.locator('.form-error').innerText()).toBe('The server does not recognise this trainer key. Check that you copied all of it.');
    const cai = await new CohortClient({ baseUrl: srv.url }).joinCohort({ code: joinCode, displayName: 'Cai' });
    await keyInput.fill(cai.token);
    await page.click('[data-action="sign-in"]');
    await poll(() => page.locator('.form-error').innerText()).toBe('That is a trainee token, not a trainer key.');

    // A key saved in this browser that the server no longer knows sends the trainer back here.
    const stale = `trk_${'y'.repeat(43)}`;
    await page.evaluate(({ storeKey, key }) => localStorage.setItem(storeKey, JSON.stringify({
      cohorts: [{ key, cohortId: null, cohortName: null, lastUsed: new Date().toISOString() }],
    })), { storeKey: TRAINER_KEYS_KEY, key: stale });
    await page.reload();
    await poll(() => page.locator('.form-error').innerText()).toBe('The trainer key saved in this browser is no longer accepted. Sign in again.');
    expect(await heldKeys()).toEqual([]);

    await keyInput.fill(` ${trainerKey} `);
    await page.click('[data-action="sign-in"]');
    await page.locator('#cohort-name').waitFor();
    // Ana and Cai: Ben was removed.
    await poll(() => page.locator('[data-stat="members"] .stat-value').innerText()).toBe('2');
    expect(b.errors.filter((e) => !EXPECTED_FAILURES.test(e))).toEqual([]);
  });
});
