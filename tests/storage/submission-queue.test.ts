import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { SubmissionQueue } from '../../src/storage/submission-queue.ts';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import { DB_VERSION } from '../../src/storage/database.ts';
import type { Membership, SubmitBody } from '../../src/storage/cohort-records.ts';
import type { CohortStorage } from '../../src/game/cohort/cohort-storage.ts';
import { newSubmission } from '../../src/game/cohort/submission-plan.ts';
import { EXAM_NOT_SENT, SubmissionSender } from '../../src/game/cohort/submission-sender.ts';
import { FakeAttemptServer } from '../game/cohort/fake-attempt-server.ts';

let dbCount = 0;
const freshName = (): string => `queue-db-${++dbCount}`;
const START = Date.parse('2026-11-23T10:00:00.000Z');

const member: Membership = {
  traineeId: 'trainee-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: 'Li Wei',
  token: 'trt_0123456789abcdef', joinedAt: '2026-11-23T09:00:00.000Z',
};

function body(key: string, choices: number[] = [0, 2, 1]): SubmitBody {
  return {
    idempotencyKey: key, scenarioId: 'outbound-bundle', contentHash: 'a'.repeat(64), rubricVersion: '1.0.0',
    seed: 7, choices, mode: 'coach', language: 'en',
  };
}

interface Rig {
  name: string;
  queue: SubmissionQueue;
  server: FakeAttemptServer;
  clock: { ms: number };
  sender: SubmissionSender;
  requests: () => number;
}

function senderFor(storage: CohortStorage, server: FakeAttemptServer, clock: { ms: number }, counter: { n: number }): SubmissionSender {
  const fetch = server.fetch;
  const counted: typeof fetch = (input, init) => {
    counter.n += 1;
    return fetch(input, init);
  };
  return new SubmissionSender({
    storage,
    clock: { now: () => clock.ms },
    submit: async (token, b) => (await new CohortClient({ baseUrl: 'http://cohort.test', token, fetch: counted }).submitAttempt(b)).attempt,
  });
}

async function rig(name = freshName()): Promise<Rig> {
  const queue = await SubmissionQueue.open(name);
  await queue.putMembership(member);
  const server = new FakeAttemptServer();
  const clock = { ms: START };
  const counter = { n: 0 };
  return { name, queue, server, clock, sender: senderFor(queue, server, clock, counter), requests: () => counter.n };
}

async function enqueue(r: Rig, key: string, choices?: number[]): Promise<void> {
  await r.queue.enqueue(newSubmission(body(key, choices), member, new Date(r.clock.ms).toISOString()));
  r.clock.ms += 1000;
}

describe('the submission queue', () => {
  it('sends a queued attempt and keeps the score the server verified', async () => {
    const r = await rig();
    await enqueue(r, 'run-0001-aaaa');
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 0 });
    const stored = await r.queue.get('run-0001-aaaa');
    expect(stored?.state).toBe('submitted');
    expect(stored?.verified?.overall).toBe(53);
    expect(stored?.verified?.idempotencyKey).toBe('run-0001-aaaa');
    expect(r.server.stored.size).toBe(1);
  });

  it('never sends an exam an earlier release left queued: settles it as refused here, saying why', async () => {
    const r = await rig();
    await r.queue.enqueue(newSubmission({ ...body('run-0001-exam'), mode: 'exam' }, member, new Date(r.clock.ms).toISOString()));
    await enqueue(r, 'run-0001-coach');
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 1, waiting: 0 });
    expect(r.server.received).toEqual(['run-0001-coach']);
    expect(await r.queue.get('run-0001-exam')).toMatchObject({ state: 'rejected', rejection: { status: 0, reason: EXAM_NOT_SENT } });
  });

  it('keeps one submission when the same attempt is queued twice', async () => {
    const r = await rig();
    await enqueue(r, 'run-0002-aaaa', [0]);
    await enqueue(r, 'run-0002-aaaa', [1, 1]);
    const all = await r.queue.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.body.choices).toEqual([0]);
  });

  it('retries with the same key after a lost answer and gets the original answer back', async () => {
    const r = await rig();
    await enqueue(r, 'run-0003-aaaa');
    r.server.failNext({ kind: 'lose-answer' });
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 1 });
    const waiting = await r.queue.get('run-0003-aaaa');
    expect(waiting).toMatchObject({ state: 'queued', tries: 1, nextTryAt: new Date(r.clock.ms + 2000).toISOString() });
    expect(r.server.stored.size).toBe(1);

    r.clock.ms += 2000;
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 0 });
    expect(r.server.received).toEqual(['run-0003-aaaa', 'run-0003-aaaa']);
    expect(r.server.stored.size).toBe(1);
    const original = r.server.stored.get('run-0003-aaaa')?.answer;
    expect((await r.queue.get('run-0003-aaaa'))?.verified?.attemptId).toBe(original?.attemptId);
  });

  it('submits exactly once when the page dies between the server\'s answer and the local record', async () => {
    const r = await rig();
    await enqueue(r, 'run-0004-aaaa');
    // The server stores the attempt and answers, but the tab closes before the queue records it.
    const crashing: CohortStorage = Object.assign(Object.create(r.queue) as SubmissionQueue, {
      markSubmitted: () => Promise.reject(new Error('the tab was closed')),
    });
    const counter = { n: 0 };
    await expect(senderFor(crashing, r.server, r.clock, counter).flush()).rejects.toThrow('the tab was closed');
    expect(r.server.stored.size).toBe(1);
    r.queue.close();

    // The next start of the game finds it still queued and sends it again with the same key.
    const reopened = await SubmissionQueue.open(r.name);
    expect((await reopened.get('run-0004-aaaa'))?.state).toBe('queued');
    const after = senderFor(reopened, r.server, r.clock, counter);
    expect(await after.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 0 });
    expect(r.server.stored.size).toBe(1);
    expect(r.server.received).toEqual(['run-0004-aaaa', 'run-0004-aaaa']);
    expect((await reopened.get('run-0004-aaaa'))?.verified?.attemptId).toBe(r.server.stored.get('run-0004-aaaa')?.answer.attemptId);
    expect(await after.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 0 });
    expect(r.server.received).toHaveLength(2);
  });

  it('holds attempts finished offline and submits each exactly once when the browser is back online', async () => {
    const r = await rig();
    r.server.offline = true;
    await enqueue(r, 'run-0005-aaaa');
    await enqueue(r, 'run-0005-bbbb');
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 2 });
    // One failed request is enough to know the server is unreachable: the second is not tried.
    expect(r.requests()).toBe(1);
    const first = await r.queue.get('run-0005-aaaa');
    expect(first).toMatchObject({ state: 'queued', tries: 1 });
    expect(first?.lastError).toMatch(/could not reach the server/);

    r.clock.ms += 1000;
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 2 });
    expect(r.requests()).toBe(1);

    r.server.offline = false;
    expect(await r.sender.flush(true)).toEqual({ submitted: 2, rejected: 0, waiting: 0 });
    expect([...r.server.stored.keys()]).toEqual(['run-0005-aaaa', 'run-0005-bbbb']);
    expect(await r.sender.flush(true)).toEqual({ submitted: 0, rejected: 0, waiting: 0 });
    expect(r.server.received).toEqual(['run-0005-aaaa', 'run-0005-bbbb']);
  });

  it('treats a refusal as final and keeps the server\'s reason', async () => {
    const r = await rig();
    await enqueue(r, 'run-0006-aaaa');
    await enqueue(r, 'run-0006-bbbb');
    r.server.failNext({ kind: 'status', status: 422, error: 'step 2: choice 7 is not offered: choose 0 to 1' });
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 1, waiting: 0 });
    expect(await r.queue.get('run-0006-aaaa')).toMatchObject({
      state: 'rejected', rejection: { status: 422, reason: 'step 2: choice 7 is not offered: choose 0 to 1' }, verified: null,
    });
    const before = r.requests();
    expect(await r.sender.flush(true)).toEqual({ submitted: 0, rejected: 0, waiting: 0 });
    expect(r.requests()).toBe(before);
  });

  it('backs off on server faults, doubling the wait, and only for the attempt that failed', async () => {
    const r = await rig();
    await enqueue(r, 'run-0007-aaaa');
    await enqueue(r, 'run-0007-bbbb');
    r.server.failNext({ kind: 'status', status: 503, error: 'database unavailable' });
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 1 });
    expect((await r.queue.get('run-0007-aaaa'))?.nextTryAt).toBe(new Date(r.clock.ms + 2000).toISOString());

    r.clock.ms += 2000;
    r.server.failNext({ kind: 'status', status: 500, error: 'internal error' });
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 1 });
    expect(await r.queue.get('run-0007-aaaa')).toMatchObject({ tries: 2, nextTryAt: new Date(r.clock.ms + 4000).toISOString() });

    r.clock.ms += 3999;
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 1 });
    r.clock.ms += 1;
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 0 });
    expect(r.server.stored.size).toBe(2);
  });

  it('waits as long as a 429\'s Retry-After asks', async () => {
    const r = await rig();
    await enqueue(r, 'run-0008-aaaa');
    r.server.failNext({ kind: 'status', status: 429, error: 'Rate limit exceeded', retryAfter: 30 });
    await r.sender.flush();
    expect((await r.queue.get('run-0008-aaaa'))?.nextTryAt).toBe(new Date(r.clock.ms + 30_000).toISOString());
    r.clock.ms += 29_000;
    expect(await r.sender.flush()).toEqual({ submitted: 0, rejected: 0, waiting: 1 });
    r.clock.ms += 1_000;
    expect(await r.sender.flush()).toEqual({ submitted: 1, rejected: 0, waiting: 0 });
  });

  it('sends each key once when flushes overlap', async () => {
    const r = await rig();
    await enqueue(r, 'run-0009-aaaa');
    await enqueue(r, 'run-0009-bbbb');
    await Promise.all([r.sender.flush(), r.sender.flush(true), r.sender.flush()]);
    expect(r.server.received).toEqual(['run-0009-aaaa', 'run-0009-bbbb']);
    expect((await r.queue.list()).map((s) => s.state)).toEqual(['submitted', 'submitted']);
  });

  it('sends nothing without a membership, and leaving drops what was still queued', async () => {
    const r = await rig();
    await enqueue(r, 'run-0010-aaaa');
    await enqueue(r, 'run-0010-bbbb');
    r.server.offline = true;
    await r.sender.flush();
    r.server.offline = false;
    expect(await r.queue.leave(member.traineeId)).toBe(2);
    expect(await r.queue.getMembership()).toBeNull();
    expect(await r.sender.flush(true)).toEqual({ submitted: 0, rejected: 0, waiting: 0 });
    expect(r.server.received).toEqual([]);
    expect(await r.queue.list()).toEqual([]);
  });

  it('leaves a record it cannot read out of the queue instead of sending it', async () => {
    const r = await rig();
    await enqueue(r, 'run-0011-aaaa');
    const raw = await openDB(r.name);
    await raw.put('submissions', { key: 'run-0011-bbbb', traineeId: member.traineeId, state: 'queued', body: { choices: 'all of them' } });
    raw.close();
    expect((await r.queue.queued(member.traineeId)).map((s) => s.key)).toEqual(['run-0011-aaaa']);
    await r.sender.flush();
    expect(r.server.received).toEqual(['run-0011-aaaa']);
  });
});

describe('migrating to database version 4 and later', () => {
  it('adds the submission queue (4) and the cohort library (5) to a version 3 database and keeps its attempts and settings', async () => {
    const name = freshName();
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('kv');
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        attempts.createIndex('by-scenario', 'scenarioId');
        attempts.createIndex('by-finished', 'finishedAt');
        db.createObjectStore('quarantine', { keyPath: 'id' });
        db.createObjectStore('scenarios', { keyPath: 'key' });
        db.createObjectStore('scenario-history', { autoIncrement: true }).createIndex('by-key', 'key');
      },
    });
    await v3.put('kv', { language: 'zh-CN', mode: 'exam', sound: false }, 'settings');
    await v3.put('attempts', {
      id: 'old-attempt-1', scenarioId: 'outbound-bundle', language: 'en', contentHash: 'a'.repeat(64), rubricVersion: '1.0.0', seed: 1,
      choices: [0, 1], mode: 'exam', local: false, outcome: 'sale', scores: { discovery: 80 }, overall: 80, techniques: [], faults: [],
      startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:05:00.000Z', durationMs: 300000, simulatedSeconds: 240,
    });
    v3.close();

    const queue = await SubmissionQueue.open(name);
    expect(DB_VERSION).toBe(5);
    await queue.putMembership(member);
    await queue.enqueue(newSubmission(body('run-0012-aaaa'), member, '2026-11-23T10:00:00.000Z'));
    expect((await queue.queued(member.traineeId)).map((s) => s.key)).toEqual(['run-0012-aaaa']);
    queue.close();

    const store = await IdbSaveStore.open(name);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['old-attempt-1']);
    expect(await store.getSettings()).toEqual({ language: 'zh-CN', mode: 'exam', sound: false, shareCoachRuns: true });
    store.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(5);
    expect([...raw.objectStoreNames]).toContain('submissions');
    expect([...raw.transaction('submissions').store.indexNames]).toEqual(['by-trainee']);
    expect([...raw.transaction('cohort-scenarios').store.indexNames]).toEqual(['by-cohort']);
    raw.close();
  });
});
