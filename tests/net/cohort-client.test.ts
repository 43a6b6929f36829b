// The API client against the real cohort server (PGlite in a temp folder, port 0): a trainer
// creates a cohort and publishes, trainees join, submit verified coach runs and play exams on the
// server along a shipped scenario's real paths, and everyone reads leaderboards and the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import type { ScenarioBundle } from '../../src/core/session/scenario-bundle.ts';
import { replay } from '../../src/core/session/replay.ts';
import { ApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { newIdempotencyKey } from '../../src/net/idempotency-key.ts';
import type { CreatedCohort, JoinedCohort } from '../../src/contract/cohorts.ts';
import type { ExamState } from '../../src/contract/exams.ts';
import { EXAMS_ON_THE_SERVER } from '../../src/server/attempts/submit-attempt.ts';
import { randomPath, seededRandom } from '../server/helpers/test-app.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { scenarioSource } from '../helpers/scenario-source.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from './helpers/cohort-server.ts';

const shipped = checkFile(`stories/${SHIPPED_ID}/en.ink`, courseRubric);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('cohort API client against the real server', () => {
  let srv: CohortServer;
  let anyone: CohortClient;
  let cohort: CreatedCohort;
  let trainer: CohortClient;
  let ana: JoinedCohort;
  let ben: JoinedCohort;
  let bundle: ScenarioBundle;
  let weakPath: number[];
  let weakOverall: number;

  beforeAll(async () => {
    srv = await startCohortServer();
    anyone = new CohortClient({ baseUrl: srv.url });
    cohort = await anyone.createCohort({ name: 'Spring cohort 春季班', passMark: 70 });
    trainer = anyone.withToken(cohort.trainerKey);
    ana = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ana' });
    ben = await anyone.joinCohort({ code: cohort.joinCode.toLowerCase().replace(/^(....)/, '$1-'), displayName: '  Ben  ' });
    if (!shipped.bundle) throw new Error(`${SHIPPED_ID} has errors`);
    bundle = shipped.bundle;
    // A real but weaker path: random offered choices to the end, replayed the way the server will.
    const random = seededRandom(7);
    for (;;) {
      weakPath = randomPath(bundle, 0, random);
      weakOverall = replay(bundle, courseRubric, {
        scenarioId: SHIPPED_ID, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: weakPath,
      }).overall;
      if (weakOverall < (shipped.report.bestOverall ?? 0)) break;
    }
  }, 120_000);
  afterAll(() => srv?.stop());

  it('creates a cohort, returning its join code and the trainer key once', () => {
    expect(cohort).toMatchObject({ name: 'Spring cohort 春季班', passMark: 70 });
    expect(cohort.joinCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(cohort.trainerKey).toMatch(/^trk_/);
  });

  it('joins with the code in any case and with a hyphen, trimming the display name', async () => {
    expect(ben).toMatchObject({ cohortId: cohort.cohortId, cohortName: 'Spring cohort 春季班', displayName: 'Ben' });
    expect(ben.token).toMatch(/^trt_/);
    expect(await anyone.withToken(ben.token).me()).toMatchObject({ role: 'trainee', displayName: 'Ben', passMark: 70 });
    expect(await trainer.me()).toEqual({ role: 'trainer', cohortId: cohort.cohortId, cohortName: 'Spring cohort 春季班', passMark: 70 });
  });

  it('lists the shipped scenario under the same content hash the checker computes', async () => {
    const list = await anyone.withToken(ana.token).scenarios();
    expect(list.rubricVersion).toBe(courseRubric.version);
    const en = list.scenarios.find((s) => s.scenarioId === SHIPPED_ID && s.language === 'en');
    expect(en).toMatchObject({ contentHash: bundle.contentHash, source: 'shipped' });
    const playable = await anyone.withToken(ana.token).scenarioVersion(bundle.contentHash);
    expect(playable.meta.id).toBe(SHIPPED_ID);
    expect(playable).toMatchObject({ rubricVersion: courseRubric.version, bounds: bundle.bounds, storyJson: bundle.storyJson });
    expect(playable).not.toHaveProperty('bestPath');
  });

  it('gives the best path of a version to the trainer key only', async () => {
    const forTrainer = await trainer.trainerScenarioVersion(bundle.contentHash);
    expect(forTrainer.bestPath).toEqual(shipped.report.bestPath);
    // A trainee's answer has no best path, so the trainer's schema refuses it.
    await expect(anyone.withToken(ana.token).trainerScenarioVersion(bundle.contentHash)).rejects.toMatchObject({ kind: 'bad-response' });
  });

  /** Plays an exam through the client from its start, one turn per choice. */
  async function playExam(token: string, choices: number[]): Promise<ExamState> {
    const client = anyone.withToken(token);
    let state = await client.startExam({ contentHash: bundle.contentHash });
    for (const index of choices) state = await client.examTurn(state.examId, { turn: state.turn, index });
    return state;
  }

  it('submits a verified coach run: the server replays the inputs and scores it, ignoring claims', async () => {
    const client = anyone.withToken(ana.token);
    const input = {
      idempotencyKey: newIdempotencyKey(), scenarioId: SHIPPED_ID, contentHash: bundle.contentHash,
      rubricVersion: courseRubric.version, seed: 0, choices: shipped.report.bestPath, mode: 'coach' as const, language: 'en' as const,
    };
    const first = await client.submitAttempt({ ...input, overall: 1, outcome: 'hang-up' } as typeof input);
    expect(first.created).toBe(true);
    expect(first.attempt).toMatchObject({
      traineeId: ana.traineeId, ranked: false, playedOn: 'browser', overall: shipped.report.bestOverall, outcome: shipped.report.bestOutcome,
      choices: shipped.report.bestPath,
    });
    const again = await client.submitAttempt(input);
    expect(again).toEqual({ created: false, attempt: first.attempt });
    const mine = await client.myAttempts();
    expect(mine.attempts.map((a) => a.attemptId)).toEqual([first.attempt.attemptId]);
  });

  it('gets an exam submitted whole refused, with the reason naming /api/exams', async () => {
    const refused = await failure(anyone.withToken(ana.token).submitAttempt({
      idempotencyKey: newIdempotencyKey(), scenarioId: SHIPPED_ID, contentHash: bundle.contentHash,
      rubricVersion: courseRubric.version, seed: 0, choices: shipped.report.bestPath, mode: 'exam',
    }));
    expect(refused).toMatchObject({ kind: 'http', status: 422, reason: EXAMS_ON_THE_SERVER, retryable: false });
  });

  it('plays an exam on the server turn by turn, scored and ranked at its end', async () => {
    const client = anyone.withToken(ana.token);
    const opening = await client.startExam({ contentHash: bundle.contentHash });
    expect(opening).toMatchObject({ scenarioId: SHIPPED_ID, status: 'open', turn: 0, attempt: null, outcome: null });
    expect(opening.lines.length).toBeGreaterThan(0);
    expect(opening.choices.map((c) => c.index)).toContain(shipped.report.bestPath[0]);
    const ended = await playExam(ana.token, shipped.report.bestPath); // resumes the open exam: turn 0 again
    expect(ended.examId).toBe(opening.examId);
    expect(ended).toMatchObject({ status: 'finished', turn: shipped.report.bestPath.length, choices: [], outcome: shipped.report.bestOutcome });
    expect(ended.attempt).toMatchObject({
      traineeId: ana.traineeId, mode: 'exam', playedOn: 'server', ranked: true, examId: opening.examId,
      overall: shipped.report.bestOverall, choices: shipped.report.bestPath,
    });
    expect(await client.exam(opening.examId)).toEqual(ended);
  });

  it('ranks trainees on the scenario and overall boards, best first', async () => {
    const weak = await playExam(ben.token, weakPath);
    expect(weak.attempt?.overall).toBe(weakOverall);
    const board = await anyone.withToken(ben.token).leaderboard({ scenario: SHIPPED_ID });
    expect(board).toMatchObject({ scenarioId: SHIPPED_ID, period: 'all', weekStart: null });
    expect(board.rows.map((r) => [r.rank, r.displayName, r.score])).toEqual([[1, 'Ana', shipped.report.bestOverall], [2, 'Ben', weakOverall]]);
    const week = await trainer.leaderboard({ period: 'week', limit: 5 });
    expect(week.scenarioId).toBeNull();
    expect(week.weekStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(week.rows.map((r) => r.displayName)).toEqual(['Ana', 'Ben']);
    const around = await anyone.withToken(ben.token).aroundMe({ scenario: SHIPPED_ID, radius: 1 });
    expect(around.me).toMatchObject({ rank: 2, displayName: 'Ben' });
    expect(around.rows.map((r) => r.displayName)).toEqual(['Ana', 'Ben']);
  });

  it('publishes a scenario, and a second time reports it as already published', async () => {
    const source = duelSource({ id: 'client-duel', title: 'Client duel' });
    const first = await trainer.publishScenario({ language: 'en', source });
    expect(first.created).toBe(true);
    expect(first.scenario).toMatchObject({ scenarioId: 'client-duel', title: 'Client duel', bestOverall: 100, bestPath: [0, 0, 0] });
    expect((await trainer.publishScenario({ language: 'en', source })).created).toBe(false);
    const versions = await trainer.publishedScenarios();
    expect(versions.map((v) => [v.scenarioId, v.contentHash])).toEqual([['client-duel', first.scenario.contentHash]]);
    const coach = await anyone.withToken(ana.token).submitAttempt({
      idempotencyKey: newIdempotencyKey(), scenarioId: 'client-duel', contentHash: first.scenario.contentHash,
      rubricVersion: courseRubric.version, seed: 3, choices: [1], mode: 'coach',
    });
    expect(coach.attempt).toMatchObject({ ranked: false, outcome: 'hang-up', faults: ['premature-pitch'] });
  });

  it('surfaces the scenario checker\'s errors with their lines when publishing is refused', async () => {
    const source = scenarioSource('Hi.\n* [Ask #technique: no-such-technique]\n  Ok. # outcome: sale\n  -> END', { id: 'broken' });
    const error = await failure(trainer.publishScenario({ language: 'en', source }));
    expect(error).toMatchObject({ kind: 'http', status: 422, reason: 'the scenario has errors' });
    expect(error.diagnostics[0]).toMatchObject({ severity: 'error', code: 'bad-tag', file: 'stories/broken/en.ink' });
    expect(error.diagnostics[0]!.line).toBe(source.split('\n').findIndex((l) => l.includes('no-such-technique')) + 1);
  });

  it('reads the dashboard: cohort summary, members, filtered attempts, dimension averages and choices', async () => {
    expect(await trainer.trainerCohort()).toMatchObject({ cohortId: cohort.cohortId, joinCode: cohort.joinCode, members: 2, attempts: 4 });
    const members = await trainer.members();
    expect(members.map((m) => [m.displayName, m.attempts, m.examAttempts, m.bestOverall])).toEqual([
      ['Ana', 3, 1, Math.max(shipped.report.bestOverall ?? 0, 0)],
      ['Ben', 1, 1, weakOverall],
    ]);
    const exams = await trainer.cohortAttempts({ mode: 'exam', scenario: SHIPPED_ID });
    expect(exams.attempts.map((a) => a.displayName)).toEqual(['Ben', 'Ana']);
    const paged = await trainer.cohortAttempts({ limit: 3 });
    expect(paged.attempts).toHaveLength(3);
    const rest = await trainer.cohortAttempts({ limit: 3, before: paged.next ?? undefined });
    expect(rest).toMatchObject({ next: null });
    expect(rest.attempts).toHaveLength(1);
    const dims = await trainer.dimensions({ scenario: SHIPPED_ID });
    expect(dims.cohort.discovery?.attempts).toBe(3); // every mode: Ana's coach run and both exams
    expect(dims.trainees.map((t) => t.displayName)).toEqual(['Ana', 'Ben']);
    const choices = await trainer.choices(SHIPPED_ID, { mode: 'exam' });
    expect(choices.versions).toHaveLength(1);
    const first = choices.versions[0]!.points[0]!;
    expect(first.step).toBe(0);
    expect(first.visits).toBe(2);
    expect(first.choices.reduce((n, c) => n + c.count, 0)).toBe(2);
  });

  it('downloads the CSV exports with the byte-order mark spreadsheets need', async () => {
    const members = await trainer.membersCsv();
    expect(members.filename).toBe('members.csv');
    expect(members.contentType).toMatch(/^text\/csv/);
    expect([...members.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(members.text.split('\r\n')[0]).toBe('trainee_id,display_name,joined_at,attempts,exam_attempts,best_overall,average_overall,last_attempt_at,abandoned_exams,repeats');
    const attempts = await trainer.attemptsCsv({ mode: 'coach' });
    const lines = attempts.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('client-duel');
    expect(lines[2]).toContain(SHIPPED_ID);
  });

  it('abandons an exam the trainee left: stored, scored as it stood, never ranked', async () => {
    const client = anyone.withToken(ana.token);
    const started = await client.startExam({ contentHash: bundle.contentHash });
    await client.examTurn(started.examId, { turn: 0, index: shipped.report.bestPath[0]! });
    const left = await client.abandonExam(started.examId);
    expect(left).toMatchObject({ status: 'abandoned', turn: 1, choices: [] });
    expect(left.attempt).toMatchObject({ status: 'abandoned', ranked: false, outcome: null, redLines: [], choices: shipped.report.bestPath.slice(0, 1) });
    const mine = await client.myAttempts();
    expect(mine.attempts[0]).toMatchObject({ attemptId: left.attempt!.attemptId, status: 'abandoned' });
    const [member] = (await trainer.members()).filter((m) => m.traineeId === ana.traineeId);
    expect(member).toMatchObject({ abandonedExams: 1, examAttempts: 1 });
  });

  it('gives every 4xx as an ApiError carrying the server\'s reason', async () => {
    const unknownCode = await failure(anyone.joinCohort({ code: 'ZZZZZZZZ', displayName: 'Cai' }));
    expect(unknownCode).toMatchObject({ kind: 'http', status: 404, reason: 'no cohort has this join code', retryable: false });
    const taken = await failure(anyone.joinCohort({ code: cohort.joinCode, displayName: 'ana' }));
    expect(taken.status).toBe(409);
    expect(taken.reason).toContain('already taken');
    const wrongKind = await failure(anyone.withToken(ana.token).members());
    expect(wrongKind.forbidden).toBe(true);
    expect(wrongKind.reason).toBe('this needs the cohort\'s trainer key');
    const unknownKey = await failure(anyone.withToken(`trk_${'x'.repeat(43)}`).trainerCohort());
    expect(unknownKey.unauthorized).toBe(true);
    const impossible = await failure(anyone.withToken(ana.token).submitAttempt({
      idempotencyKey: newIdempotencyKey(), scenarioId: SHIPPED_ID, contentHash: bundle.contentHash,
      rubricVersion: courseRubric.version, seed: 0, choices: [99], mode: 'coach',
    }));
    expect(impossible.status).toBe(422);
    expect(impossible.reason).toMatch(/^the attempt does not replay: step 1: choice 99 is not offered/);
    const exam = await anyone.withToken(ben.token).startExam({ contentHash: bundle.contentHash });
    const notOffered = await failure(anyone.withToken(ben.token).examTurn(exam.examId, { turn: 0, index: 99 }));
    expect(notOffered).toMatchObject({ status: 422, reason: 'reply 99 is not offered at turn 0', retryable: false });
    const stale = await failure(anyone.withToken(ben.token).examTurn(exam.examId, { turn: 3, index: exam.choices[0]!.index }));
    expect(stale.status).toBe(409);
    expect(stale.reason).toMatch(/the exam is at turn 0/);
    const othersExam = await failure(anyone.withToken(ana.token).exam(exam.examId));
    expect(othersExam.status).toBe(404);
    const badQuery = await failure(trainer.leaderboard({ limit: 1000 }));
    expect(badQuery.status).toBe(400);
    expect(badQuery.reason).toMatch(/^query\.limit/);
  });
});
