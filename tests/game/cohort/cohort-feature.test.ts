import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/core/schemas/records.ts';
import { CohortFeature } from '../../../src/game/cohort/cohort-feature.ts';
import { newSubmission } from '../../../src/game/cohort/submission-plan.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import type { FetchLike } from '../../../src/net/http-transport.ts';
import { SubmissionQueue } from '../../../src/storage/submission-queue.ts';
import type { VerifiedAttempt } from '../../../src/storage/cohort-records.ts';
import { Attempt } from '../../../src/contract/attempts.ts';
import { FakeAttemptServer } from './fake-attempt-server.ts';

const SHIPPED = 'a'.repeat(64);
const SHARING = { shareCoachRuns: true };
const OTHER = 'b'.repeat(64);
let dbCount = 0;

function attempt(id: string, overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id, scenarioId: 'outbound-bundle', language: 'en', contentHash: SHIPPED, rubricVersion: '1.0.0', seed: 3, choices: [0, 1, 2],
    mode: 'coach', local: false, status: 'finished', redLines: [], outcome: 'sale', scores: { discovery: 80 }, overall: 53, techniques: [], faults: [],
    startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T10:05:00.000Z', durationMs: 300_000, simulatedSeconds: 200, ...overrides,
  };
}

/** What the server answers for an attempt it stored (the contract's Attempt). */
function verifiedAnswer(id: string): VerifiedAttempt {
  return Attempt.parse({
    attemptId: `srv-${id}`, idempotencyKey: id, traineeId: 'trainee-1', scenarioId: 'outbound-bundle', contentHash: SHIPPED, language: 'en',
    rubricVersion: '2.0.0', seed: 5, choices: [0, 1], mode: 'exam', status: 'finished', ranked: true, outcome: 'sale', overall: 71,
    scores: { discovery: 80 }, notAssessed: [], techniques: [], faults: [], simulatedSeconds: 200, submittedAt: '2026-11-23T10:05:00.000Z',
    playedOn: 'server', examId: id,
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The cohort server's join and scenario endpoints around the fake attempt store. */
class FakeCohortServer extends FakeAttemptServer {
  /** What this server's replay scores every attempt: never what the device computed (53 in `attempt`). */
  static readonly VERIFIED = 71;
  readonly joinBodies: unknown[] = [];
  readonly examLookups: string[] = [];

  constructor() {
    super(() => FakeCohortServer.VERIFIED);
  }

  scenarioListFails = false;
  readonly all: FetchLike = async (input, init) => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = new URL(input, 'http://cohort.test').pathname;
    if (path === '/api/cohorts/join') {
      const body = JSON.parse(String(init.body)) as { code: string; displayName: string };
      this.joinBodies.push(body);
      if (body.code !== 'K7M3QX9A') return json(404, { error: 'no cohort has this join code' });
      if (body.displayName.toLowerCase() === 'taken') return json(409, { error: '"taken" is already taken in this cohort' });
      return json(201, {
        traineeId: 'trainee-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: body.displayName,
        token: 'trt_0123456789abcdef', joinedAt: '2026-11-23T09:00:00.000Z',
      });
    }
    if (path === '/api/scenarios') {
      if (this.scenarioListFails) throw new TypeError('Failed to fetch');
      return json(200, { rubricVersion: '1.0.0', scenarios: [{ contentHash: SHIPPED, scenarioId: 'outbound-bundle', language: 'en', title: 'A call', source: 'shipped', since: '2026-11-01T00:00:00.000Z' }] });
    }
    if (path.startsWith('/api/scenarios/')) return json(404, { error: 'no such scenario version for this cohort' });
    if (path.startsWith('/api/exams/')) {
      this.examLookups.push(decodeURIComponent(path.slice('/api/exams/'.length)));
      return json(404, { error: 'no such exam' });
    }
    return this.fetch(input, init);
  };
}

async function until(condition: () => boolean | Promise<boolean>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function setup(name = `feature-db-${++dbCount}`): Promise<{ feature: CohortFeature; queue: SubmissionQueue; server: FakeCohortServer; events: EventTarget; name: string }> {
  const queue = await SubmissionQueue.open(name);
  const server = new FakeCohortServer();
  const events = new EventTarget();
  const feature = new CohortFeature({
    storage: queue, client: new CohortClient({ baseUrl: 'http://cohort.test', fetch: server.all }), clock: { now: () => Date.now() }, events,
  });
  await feature.start();
  return { feature, queue, server, events, name };
}

describe('joining a cohort', () => {
  it('joins with the code as typed, keeps the membership, and finds it again after a restart', async () => {
    const { feature, server, name, queue } = await setup();
    const outcome = await feature.join(' k7m3-qx9a ', '  Li Wei ');
    expect(outcome.ok).toBe(true);
    expect(server.joinBodies).toEqual([{ code: 'K7M3QX9A', displayName: 'Li Wei' }]);
    expect(feature.current).toMatchObject({ cohortName: 'North team', displayName: 'Li Wei', token: 'trt_0123456789abcdef' });
    queue.close();
    const again = await setup(name);
    expect(again.feature.current?.cohortName).toBe('North team');
  });

  it('says which problem stopped the join', async () => {
    const { feature, server } = await setup();
    expect(await feature.join('K7M3', 'Li')).toMatchObject({ ok: false, problem: 'code-format' });
    expect(await feature.join('K7M3QX9A', '   ')).toMatchObject({ ok: false, problem: 'name-empty' });
    expect(server.joinBodies).toEqual([]);
    expect(await feature.join('ZZZZZZZZ', 'Li')).toMatchObject({ ok: false, problem: 'unknown-code' });
    expect(await feature.join('K7M3QX9A', 'Taken')).toMatchObject({ ok: false, problem: 'name-taken' });
    server.offline = true;
    expect(await feature.join('K7M3QX9A', 'Li')).toMatchObject({ ok: false, problem: 'network' });
    expect(feature.current).toBeNull();
  });
});

describe('submitting finished attempts', () => {
  it('shares a coach run of a shipped scenario and shows the score the server verified, not its own', async () => {
    const { feature, server } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    const finished = attempt('run-0001-feature');
    expect(finished.overall).not.toBe(FakeCohortServer.VERIFIED);
    feature.attemptFinished(finished, SHARING);
    await until(() => feature.statusOf('run-0001-feature')?.kind === 'sent');
    await until(async () => (await feature.submissions())[0]?.state === 'submitted');
    // The debrief's line and the cohort screen's list both read the server's answer.
    const status = feature.statusOf('run-0001-feature');
    expect(status?.kind === 'sent' && status.submission.verified?.overall).toBe(FakeCohortServer.VERIFIED);
    expect((await feature.submissions())[0]!.verified?.overall).toBe(FakeCohortServer.VERIFIED);
    expect([...server.stored.keys()]).toEqual(['run-0001-feature']);
    // The device sent its replay inputs only: nothing the server could take its score from.
    const sent = JSON.parse(server.stored.get('run-0001-feature')!.body) as Record<string, unknown>;
    for (const claim of ['overall', 'scores', 'outcome', 'techniques', 'faults']) expect(sent).not.toHaveProperty(claim);
  });

  it('reads a verified answer from before abandoned exams and red lines as finished with none', async () => {
    const { feature } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    feature.attemptFinished(attempt('run-0001-older-answer'), SHARING);
    await until(async () => (await feature.submissions())[0]?.state === 'submitted');
    expect((await feature.submissions())[0]!.verified).toMatchObject({ status: 'finished', redLines: [], outOfReach: [], ranked: false, mode: 'coach' });
  });

  it('shows an exam played on the server with the attempt the server stored, and sends nothing', async () => {
    const { feature, server } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    const ranked = { ...verifiedAnswer('exam-0006-ranked'), overall: 64 };
    // The exam flow hands over the server's attempt before the attempt is stored here, or after.
    feature.examFinished('exam-0006-ranked', ranked);
    feature.attemptFinished(attempt('exam-0006-ranked', { mode: 'exam' }), SHARING);
    feature.attemptFinished(attempt('exam-0006-later', { mode: 'exam', status: 'abandoned', outcome: null }), SHARING);
    feature.examFinished('exam-0006-later', { ...verifiedAnswer('exam-0006-later'), status: 'abandoned', ranked: false });
    await until(() => feature.statusOf('exam-0006-later')?.kind === 'ranked');
    expect(feature.statusOf('exam-0006-ranked')).toEqual({ kind: 'ranked', attempt: ranked });
    expect(feature.statusOf('exam-0006-later')).toMatchObject({ kind: 'ranked', attempt: { status: 'abandoned', ranked: false } });
    expect(await feature.submissions()).toEqual([]);
    expect(server.received).toEqual([]);
  });

  it('asks the server for an exam it was not told about, and says an exam the server never played does not count', async () => {
    const { feature, server } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    feature.attemptFinished(attempt('run-0007-browser-exam', { mode: 'exam' }), SHARING);
    await until(() => feature.statusOf('run-0007-browser-exam')?.kind === 'skipped');
    expect(feature.statusOf('run-0007-browser-exam')).toEqual({ kind: 'skipped', reason: 'exam' });
    expect(server.examLookups).toEqual(['run-0007-browser-exam']);
    expect(server.received).toEqual([]);
  });

  it('keeps unshared coach runs, local scenarios and unknown versions off the server, saying why', async () => {
    const { feature, server } = await setup();
    feature.attemptFinished(attempt('run-0002-nocohort'), SHARING);
    await until(() => feature.statusOf('run-0002-nocohort')?.kind === 'skipped');
    expect(feature.statusOf('run-0002-nocohort')).toEqual({ kind: 'skipped', reason: 'no-cohort' });

    await feature.join('K7M3QX9A', 'Li Wei');
    feature.attemptFinished(attempt('run-0002-coach'), { shareCoachRuns: false });
    feature.attemptFinished(attempt('run-0002-local', { local: true }), SHARING);
    feature.attemptFinished(attempt('run-0002-unknown', { contentHash: OTHER }), SHARING);
    await until(() => ['run-0002-coach', 'run-0002-local', 'run-0002-unknown'].every((k) => feature.statusOf(k)?.kind === 'skipped'));
    expect(feature.statusOf('run-0002-coach')).toEqual({ kind: 'skipped', reason: 'not-shared' });
    expect(feature.statusOf('run-0002-local')).toEqual({ kind: 'skipped', reason: 'local' });
    expect(feature.statusOf('run-0002-unknown')).toEqual({ kind: 'skipped', reason: 'unknown-version' });
    expect(await feature.submissions()).toEqual([]);
    expect(server.received).toEqual([]);
  });

  it('queues an attempt finished offline and submits it once when the browser comes back online', async () => {
    const { feature, server, events } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    server.offline = true;
    feature.attemptFinished(attempt('run-0003-offline'), SHARING);
    await until(async () => (await feature.submissions())[0]?.tries === 1);
    expect(feature.statusOf('run-0003-offline')).toMatchObject({ kind: 'sent', submission: { state: 'queued' } });

    server.offline = false;
    events.dispatchEvent(new Event('online'));
    await until(async () => (await feature.submissions())[0]?.state === 'submitted');
    expect(feature.statusOf('run-0003-offline')).toMatchObject({ kind: 'sent', submission: { state: 'submitted' } });
    events.dispatchEvent(new Event('online'));
    await feature.flush(true);
    expect(server.received).toEqual(['run-0003-offline']);
  });

  it('sends at startup what an earlier visit left queued', async () => {
    const first = await setup();
    await first.feature.join('K7M3QX9A', 'Li Wei');
    const membership = first.feature.current!;
    first.server.offline = true;
    await first.queue.enqueue(newSubmission({
      idempotencyKey: 'run-0004-left', scenarioId: 'outbound-bundle', contentHash: SHIPPED, rubricVersion: '1.0.0', seed: 1, choices: [1], mode: 'coach', language: 'en',
    }, membership, '2026-11-23T10:00:00.000Z'));
    first.queue.close();

    const queue = await SubmissionQueue.open(first.name);
    const server = new FakeCohortServer();
    const feature = new CohortFeature({ storage: queue, client: new CohortClient({ baseUrl: 'http://cohort.test', fetch: server.all }), clock: { now: () => Date.now() } });
    await feature.start();
    await until(async () => (await feature.submissions())[0]?.state === 'submitted');
    expect(server.received).toEqual(['run-0004-left']);
  });

  it('forgets the membership and the queue on leaving', async () => {
    const { feature, server } = await setup();
    await feature.join('K7M3QX9A', 'Li Wei');
    server.offline = true;
    feature.attemptFinished(attempt('run-0005-leave'), SHARING);
    await until(async () => (await feature.submissions())[0]?.tries === 1);
    expect(await feature.leave()).toBe(1);
    expect(feature.current).toBeNull();
    expect(await feature.submissions()).toEqual([]);
  });
});
