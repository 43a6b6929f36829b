// A cohort exam as the game plays it, against the real cohort server (PGlite in a temp folder):
// the cohort's ExamService fills the game's port with the real API client, the ServerExam
// adapter plays the shipped scenario turn by turn, and the debrief's replay of the server's
// attempt scores it exactly as the server did. Only the lost answer of one test is staged, by
// a client that drops a reply the server did take, as a broken connection would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExamState } from '../../../src/contract/exams.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { RunInProgress } from '../../../src/core/schemas/records.ts';
import { replaySession } from '../../../src/core/session/replay.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { cohortExams } from '../../../src/game/cohort/exam-service.ts';
import { ExamCallError, type ExamService } from '../../../src/game/run/exam-port.ts';
import { scoredAlike, replayExam, verifiedResult } from '../../../src/game/run/exam-replay.ts';
import { examRunInProgress, openExam, resumeExam, type ExamRun } from '../../../src/game/run/exam-run.ts';
import { attemptOf } from '../../../src/game/run/run.ts';
import type { ScenarioEntry } from '../../../src/game/run/scenario-entry.ts';
import { ApiError } from '../../../src/net/api-error.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import { checkFile } from '../../../src/node/check-file.ts';
import type { Attempt } from '../../../src/contract/attempts.ts';
import type { Membership } from '../../../src/storage/cohort-records.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from '../../net/helpers/cohort-server.ts';
import { anEntry } from '../builders.ts';

const shipped = checkFile(`stories/${SHIPPED_ID}/en.ink`, courseRubric);

let srv: CohortServer;
let bundle: ScenarioBundle;
let entry: ScenarioEntry;
let bestPath: number[];
let storyLoads = 0;
const memberships: Membership[] = [];
const handedOver: Array<{ id: string; attempt: Attempt }> = [];

/** The cohort's exam service for a trainee, with a client the test may wrap. */
function service(membership: Membership | null, wrap: (client: CohortClient) => Parameters<typeof cohortExams>[0]['client'] = (c) => c, online = true): ExamService {
  return cohortExams({
    feature: { current: membership, examFinished: (id, attempt) => handedOver.push({ id, attempt }) },
    client: wrap(new CohortClient({ baseUrl: srv.url })),
    online: () => online,
  });
}

async function join(name: string, code: string): Promise<Membership> {
  const joined = await new CohortClient({ baseUrl: srv.url }).joinCohort({ code, displayName: name });
  const membership: Membership = { ...joined, joinedAt: new Date(joined.joinedAt).toISOString() };
  memberships.push(membership);
  return membership;
}

async function opened(exams: ExamService): Promise<ExamRun> {
  const opening = await openExam(exams, entry);
  if (!opening.ok) throw new Error(`the exam did not open: ${opening.problem} ${opening.reason}`);
  return opening.run;
}

beforeAll(async () => {
  if (!shipped.bundle) throw new Error(`${SHIPPED_ID} has errors`);
  bundle = shipped.bundle;
  bestPath = shipped.report.bestPath;
  entry = anEntry(bundle, {
    loadStory: () => {
      storyLoads += 1;
      return Promise.resolve(bundle.storyJson);
    },
  });
  srv = await startCohortServer();
  const cohort = await new CohortClient({ baseUrl: srv.url }).createCohort({ name: 'Exam cohort' });
  for (const name of ['Ana', 'Ben', 'Chen', 'Dee', 'Eli']) await join(name, cohort.joinCode);
}, 120_000);
afterAll(() => srv?.stop());

describe('a cohort exam played through the server', () => {
  it('shows the core\'s own lines for the server\'s seed, without a tag, and its replay here scores it as the server did', async () => {
    const ana = memberships[0]!;
    const loadsBefore = storyLoads;
    const run = await opened(service(ana));
    const exam = run.exam;
    expect(run.id).toBe(exam.examId);
    const opening = exam.start();
    expect(opening.entries.length).toBeGreaterThan(0);
    for (const index of bestPath) {
      expect(exam.choices.map((c) => c.index)).toContain(index);
      const step = await exam.choose(index);
      expect(step.entries[0]?.speaker, 'each step starts with the trainee\'s reply').toBe('trainee');
    }
    expect(exam.ended).toBe(true);
    expect(exam.choices).toEqual([]);
    expect(storyLoads, 'the story is not loaded while the exam is played').toBe(loadsBefore);
    const attempt = exam.attempt;
    if (!attempt) throw new Error('no attempt at the end');
    expect(attempt).toMatchObject({ playedOn: 'server', examId: exam.examId, status: 'finished', ranked: true, choices: bestPath });
    expect(handedOver.filter((h) => h.id === exam.examId).map((h) => h.attempt.attemptId)).toContain(attempt.attemptId);

    // The lines are the core's, for the seed the server chose, minus their tags.
    const local = replaySession(bundle, courseRubric, {
      scenarioId: SHIPPED_ID, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: attempt.seed, choices: bestPath,
    });
    expect(exam.transcript.map(({ speaker, text, at }) => ({ speaker, text, at })))
      .toEqual(local.transcript.map(({ speaker, text, at }) => ({ speaker, text, at })));
    expect(exam.transcript.every((line) => line.tags.length === 0)).toBe(true);
    expect(exam.outcome).toBe(local.outcome);

    // The debrief replays the server's attempt here: deterministic, so the same scores.
    const replayed = await replayExam(run, attempt);
    if (!replayed.ok) throw new Error(replayed.detail);
    expect(storyLoads).toBe(loadsBefore + 1);
    const result = replayed.run.session.result();
    expect(result.overall).toBe(attempt.overall);
    expect(result.overall).toBe(shipped.report.bestOverall);
    expect(scoredAlike(result, attempt)).toBe(true);
    expect(verifiedResult(replayed.run).differs).toBe(false);
    const record = attemptOf(replayed.run, '2026-12-03T10:00:00.000Z');
    expect(record).toMatchObject({ id: exam.examId, examId: exam.examId, mode: 'exam', status: 'finished', overall: attempt.overall, seed: attempt.seed, choices: bestPath });
  }, 60_000);

  it('shows the server\'s numbers should this build ever score the attempt otherwise', async () => {
    const run = await opened(service(memberships[1]!));
    for (const index of bestPath) await run.exam.choose(index);
    const attempt = run.exam.attempt!;
    const replayed = await replayExam(run, { ...attempt, overall: attempt.overall - 1 });
    if (!replayed.ok) throw new Error(replayed.detail);
    const shown = verifiedResult(replayed.run);
    expect(shown.differs).toBe(true);
    expect(shown.result.overall).toBe(attempt.overall - 1);
    expect(attemptOf(replayed.run, '2026-12-03T10:00:00.000Z').overall).toBe(attempt.overall - 1);
  }, 60_000);

  it('resumes from the server after a reload, and starting the version again answers the exam already open', async () => {
    const chen = memberships[2]!;
    const exams = service(chen);
    const run = await opened(exams);
    run.exam.start();
    for (const index of bestPath.slice(0, 2)) await run.exam.choose(index);
    const saved = RunInProgress.parse(examRunInProgress(run, '2026-12-03T10:00:00.000Z'));
    expect(saved).toMatchObject({ id: run.id, examId: run.exam.examId, mode: 'exam', local: false, contentHash: bundle.contentHash });

    const resumed = await resumeExam(exams, saved.examId!, entry);
    if (!resumed.ok) throw new Error(resumed.problem);
    expect(resumed.resumed).toBe(true);
    expect(resumed.run.exam.transcript).toEqual(run.exam.transcript);
    expect(resumed.run.exam.choices).toEqual(run.exam.choices);
    expect(resumed.run.exam.state.turn).toBe(2);

    // Storage lost: starting the same version again continues the open exam.
    const again = await openExam(exams, entry);
    if (!again.ok) throw new Error(again.problem);
    expect(again.resumed).toBe(true);
    expect(again.run.exam.examId).toBe(run.exam.examId);
    expect(again.run.exam.start().entries).toEqual(run.exam.transcript);
  }, 60_000);

  it('sends a reply whose answer was lost again as it was, and the server counts it once', async () => {
    let dropNext = false;
    const exams = service(memberships[3]!, (client) => ({
      withToken: (token) => {
        const real = client.withToken(token);
        return {
          startExam: (input) => real.startExam(input),
          exam: (id) => real.exam(id),
          abandonExam: (id) => real.abandonExam(id),
          // The server takes the turn; its answer never arrives.
          examTurn: async (id, turn) => {
            const state = await real.examTurn(id, turn, { retries: 0 });
            if (!dropNext) return state;
            dropNext = false;
            throw new ApiError({ kind: 'network', reason: 'could not reach the server (connection reset)' });
          },
        };
      },
    }));
    const run = await opened(exams);
    run.exam.start();
    const first = bestPath[0]!;
    dropNext = true;
    const lost = await run.exam.choose(first).then(() => null, (error: unknown) => error);
    expect(lost).toBeInstanceOf(ExamCallError);
    expect((lost as ExamCallError).failure).toBe('connection');
    expect(run.exam.state.turn, 'nothing changes here until an answer comes').toBe(0);

    const step = await run.exam.choose(first);
    expect(step.entries[0]?.speaker).toBe('trainee');
    expect(run.exam.state.turn).toBe(1);
    expect(run.exam.transcript.filter((l) => l.speaker === 'trainee')).toHaveLength(1);
    const onServer = await new CohortClient({ baseUrl: srv.url, token: memberships[3]!.token }).exam(run.exam.examId);
    expect(onServer.turn).toBe(1);
  }, 60_000);

  it('reads back a turn another tab took first, and leaving stores it abandoned, never ranked', async () => {
    const eli = memberships[4]!;
    const here = await opened(service(eli));
    const there = await opened(service(eli));
    expect(there.exam.examId).toBe(here.exam.examId);
    const offered = here.exam.choices.map((c) => c.index);
    const [taken, other] = [bestPath[0]!, offered.find((i) => i !== bestPath[0])!];
    await there.exam.choose(taken);
    const step = await here.exam.choose(other);
    expect(step.entries.map((l) => l.text), 'what was said is what the server took').toEqual(there.exam.transcript.slice(-step.entries.length).map((l) => l.text));
    expect(here.exam.transcript).toEqual(there.exam.transcript);

    const left: ExamState = await here.exam.abandon();
    expect(left.status).toBe('abandoned');
    expect(here.exam.ended).toBe(true);
    expect(left.attempt).toMatchObject({ status: 'abandoned', ranked: false, playedOn: 'server', choices: [taken] });
    const replayed = await replayExam(here, left.attempt!);
    if (!replayed.ok) throw new Error(replayed.detail);
    expect(replayed.run.session.result().overall).toBe(left.attempt!.overall);
    expect(attemptOf(replayed.run, '2026-12-03T10:00:00.000Z', true)).toMatchObject({ status: 'abandoned', examId: here.exam.examId });
  }, 60_000);

  it('starts nothing offline or outside a cohort, and says why the server refuses a version it does not know', async () => {
    const untouched = (): never => {
      throw new Error('no call is made');
    };
    const offline = await openExam(service(memberships[0]!, () => ({ withToken: untouched }), false), entry);
    expect(offline).toEqual({ ok: false, problem: 'offline', reason: '' });
    const outside = await openExam(service(null, () => ({ withToken: untouched })), entry);
    expect(outside).toEqual({ ok: false, problem: 'no-cohort', reason: '' });
    expect(service(null).serves(entry)).toBe(false);
    expect(service(memberships[0]!).serves({ ...entry, local: true }), 'a trainer\'s local scenario is never played on the server').toBe(false);
    expect(service(memberships[0]!).serves(entry)).toBe(true);

    const unknown = await openExam(service(memberships[0]!), { ...entry, contentHash: 'f'.repeat(64) });
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.problem).toBe('refused');
    expect(unknown.reason.length).toBeGreaterThan(0);
  }, 60_000);
});
