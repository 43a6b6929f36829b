// The client's calls for running a cohort, against the real cohort server: assignments made,
// followed by trainees and removed; an attempt read as its transcript; a published version retired
// and a shipped scenario hidden (and brought back); a member removed, whose token then stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedCohort, JoinedCohort } from '../../src/contract/cohorts.ts';
import type { ExamState } from '../../src/contract/exams.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { ApiError } from '../../src/net/api-error.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { duelSource } from '../server/helpers/test-stories.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from './helpers/cohort-server.ts';

const shipped = checkFile(`stories/${SHIPPED_ID}/en.ink`, courseRubric);
const WEEK_MS = 7 * 24 * 3_600_000;

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('running a cohort through the API client', () => {
  let srv: CohortServer;
  let cohort: CreatedCohort;
  let trainer: CohortClient;
  let ana: CohortClient;
  let ben: CohortClient;
  let anaJoined: JoinedCohort;
  let benJoined: JoinedCohort;
  let contentHash: string;
  let bestPath: number[];

  async function playExam(client: CohortClient, hash: string, choices: number[], assignmentId?: string): Promise<ExamState> {
    let state = await client.startExam(assignmentId === undefined ? { contentHash: hash } : { contentHash: hash, assignmentId });
    for (const index of choices) state = await client.examTurn(state.examId, { turn: state.turn, index });
    return state;
  }

  beforeAll(async () => {
    srv = await startCohortServer();
    const anyone = new CohortClient({ baseUrl: srv.url });
    cohort = await anyone.createCohort({ name: 'Run by the book', passMark: 60 });
    trainer = anyone.withToken(cohort.trainerKey);
    anaJoined = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ana' });
    benJoined = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ben' });
    ana = anyone.withToken(anaJoined.token);
    ben = anyone.withToken(benJoined.token);
    if (!shipped.bundle) throw new Error(`${SHIPPED_ID} has errors`);
    contentHash = shipped.bundle.contentHash;
    bestPath = shipped.report.bestPath;
  }, 120_000);
  afterAll(() => srv?.stop());

  it('makes an assignment, shows each trainee their status, and counts an exam taken for it', async () => {
    const dueAt = new Date(Date.now() + WEEK_MS).toISOString();
    const made = await trainer.createAssignment({ scenarioId: SHIPPED_ID, language: 'en', dueAt });
    expect(made).toMatchObject({ scenarioId: SHIPPED_ID, language: 'en', passMark: 60, dueAt });
    expect(await ana.myAssignments()).toEqual([expect.objectContaining({ assignmentId: made.assignmentId, status: 'not-started', best: null })]);

    const ended = await playExam(ana, contentHash, bestPath, made.assignmentId);
    expect(ended).toMatchObject({ assignmentId: made.assignmentId, status: 'finished', attempt: { ranked: true } });
    expect(ended.attempt!.overall).toBeGreaterThanOrEqual(60);
    expect(await ana.myAssignments()).toEqual([expect.objectContaining({ status: 'passed', best: ended.attempt!.overall, late: false })]);
    expect((await ben.myAssignments())[0]).toMatchObject({ status: 'not-started' });

    const [progress] = await trainer.assignments();
    expect(progress).toMatchObject({ assignmentId: made.assignmentId, counts: { passed: 1, 'not-started': 1 } });
    expect(progress!.members.map((m) => [m.displayName, m.status])).toEqual(expect.arrayContaining([['Ana', 'passed'], ['Ben', 'not-started']]));

    await trainer.removeAssignment(made.assignmentId);
    expect(await trainer.assignments()).toEqual([]);
    expect(await ana.myAssignments()).toEqual([]);
    expect(await failure(trainer.removeAssignment('00000000-0000-4000-8000-000000000000'))).toMatchObject({ status: 404 });
  });

  it('reads any attempt as its transcript, with the server\'s turn times for an exam played there', async () => {
    const [exam] = (await trainer.cohortAttempts({ mode: 'exam', trainee: anaJoined.traineeId })).attempts;
    const read = await trainer.attemptTranscript(exam!.attemptId);
    expect(read.attempt).toMatchObject({ attemptId: exam!.attemptId, displayName: 'Ana', playedOn: 'server' });
    expect(read.transcript.length).toBeGreaterThan(bestPath.length);
    expect(read.evidence.length).toBeGreaterThan(0);
    expect(read.turnTimesMs).toHaveLength(bestPath.length);
    expect(read.turnTimesMs.every((ms) => ms !== null)).toBe(true);
    // A trainee's token is not a trainer key.
    expect(await failure(ana.attemptTranscript(exam!.attemptId))).toMatchObject({ status: 403 });
  });

  it('retires a published version: gone from trainees\' lists, no exam starts on it, and back when un-retired', async () => {
    const published = await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'retiring-duel', title: 'Retiring duel' }) });
    const hash = published.scenario.contentHash;
    expect((await ana.scenarios()).scenarios.map((s) => s.contentHash)).toContain(hash);

    expect(await trainer.retireScenario(hash, true)).toMatchObject({ contentHash: hash, retired: true });
    expect((await trainer.publishedScenarios()).find((v) => v.contentHash === hash)).toMatchObject({ retired: true });
    expect((await ana.scenarios()).scenarios.map((s) => s.contentHash)).not.toContain(hash);
    expect(await failure(ana.startExam({ contentHash: hash }))).toMatchObject({ status: 422 });

    expect(await trainer.retireScenario(hash, false)).toMatchObject({ retired: false });
    expect((await ana.scenarios()).scenarios.map((s) => s.contentHash)).toContain(hash);
    expect(await failure(trainer.retireScenario(contentHash, true))).toMatchObject({ status: 404 }); // shipped, not published
  });

  it('hides a shipped scenario from this cohort, and shows it again', async () => {
    const listed = (await trainer.shippedScenarios()).filter((s) => s.scenarioId === SHIPPED_ID);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((s) => !s.hidden)).toBe(true);

    const hidden = await trainer.hideShipped(SHIPPED_ID, true);
    expect(hidden.filter((s) => s.scenarioId === SHIPPED_ID).every((s) => s.hidden)).toBe(true);
    expect((await ana.scenarios()).scenarios.map((s) => s.scenarioId)).not.toContain(SHIPPED_ID);
    expect(await failure(ben.startExam({ contentHash }))).toMatchObject({ status: 422 });

    const shown = await trainer.hideShipped(SHIPPED_ID, false);
    expect(shown.filter((s) => s.scenarioId === SHIPPED_ID).every((s) => !s.hidden)).toBe(true);
    expect((await ana.scenarios()).scenarios.map((s) => s.scenarioId)).toContain(SHIPPED_ID);
  });

  it('removes a member: their token stops with a reason, they leave the members, their attempts stay', async () => {
    await playExam(ben, contentHash, bestPath);
    const removed = await trainer.removeMember(benJoined.traineeId);
    expect(removed).toMatchObject({ traineeId: benJoined.traineeId, displayName: 'Ben' });
    const refused = await failure(ben.me());
    expect(refused.unauthorized).toBe(true);
    expect(refused.reason).not.toBe('');
    expect((await trainer.members()).map((m) => m.displayName)).toEqual(['Ana']);
    expect((await trainer.cohortAttempts({ trainee: benJoined.traineeId })).attempts).toHaveLength(1);
    expect((await ana.leaderboard({ scenario: SHIPPED_ID })).rows.map((r) => r.displayName)).toEqual(['Ana']);
  });
});
