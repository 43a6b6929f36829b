// The checking workers: a check in a worker finds exactly what the same check finds in process,
// and a story that runs past a limit, or a worker that dies, costs one refused check and nothing
// else — the worker is replaced and the next check works.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import { DEFAULT_CONFIG } from '../../../src/server/config.ts';
import { CheckerPool, CheckerUnavailable, type CheckLimits } from '../../../src/server/checking/checker-pool.ts';
import { boundsUnderRubric } from '../../../src/server/scenarios/bounds-under-rubric.ts';
import { checkPublishedScenario } from '../../../src/server/scenarios/check-published-scenario.ts';
import { PRINTING_LOOP, stateExplosion } from '../../helpers/hostile-stories.ts';
import { duelSource, promiseSource } from '../helpers/test-stories.ts';

const LIBRARY = new Map([['stories/_lib/customer.ink', readFileSync('stories/_lib/customer.ink', 'utf8')]]);
const MAX_STATES = DEFAULT_CONFIG.maxExploreStates;
const rubric1 = rubricForVersion('1.0.0')!;

/**
 * Prints a 480 kB line over and over: within the core's line budget (it counts lines, not bytes),
 * but the output outgrows any small heap long before the budget or the time limit stops it.
 */
const HEAVY_PRINTING = PRINTING_LOOP
  .replace('And another thing. # speaker: customer', '{pad} # speaker: customer')
  .replace('=== chatter ===', `VAR pad = "${'heavy '.repeat(80_000)}"\n=== chatter ===`);

let pools: CheckerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

function pool(limits: Partial<CheckLimits> = {}): CheckerPool {
  const created = new CheckerPool({ ...DEFAULT_CONFIG.checking, ...limits });
  pools.push(created);
  return created;
}

/** A pool whose worker has started and answered once, so what follows meets a ready worker. */
async function warmPool(limits: Partial<CheckLimits> = {}): Promise<CheckerPool> {
  const checker = pool(limits);
  expect((await checker.checkPublished('en', duelSource({ id: 'warm-up' }), LIBRARY, courseRubric, MAX_STATES)).ok).toBe(true);
  return checker;
}

/** Resolves once the pool's only worker is busy with a job: its event loop stays blocked. */
async function whenBusy(checker: CheckerPool): Promise<void> {
  const [thread] = checker.threads();
  if (!thread) throw new Error('no worker');
  let before = thread.performance.eventLoopUtilization();
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = thread.performance.eventLoopUtilization();
    if (thread.performance.eventLoopUtilization(now, before).utilization > 0.9) return;
    before = now;
  }
  throw new Error('the worker never started the check');
}

describe('the checking worker pool', () => {
  it('checks a publish in the worker to exactly what the checker finds in process', async () => {
    const checker = pool();
    for (const source of [duelSource({ id: 'pool-duel' }), promiseSource()]) {
      const inWorker = await checker.checkPublished('en', source, LIBRARY, courseRubric, MAX_STATES);
      const inProcess = checkPublishedScenario('en', source, LIBRARY, courseRubric, MAX_STATES);
      expect(inWorker.ok).toBe(true);
      expect(inWorker).toEqual(inProcess);
    }
  });

  it('bounds a stored version under another rubric in the worker as in process', async () => {
    const checker = pool();
    const checked = checkPublishedScenario('en', promiseSource(), LIBRARY, rubric1, MAX_STATES);
    if (!checked.ok) throw new Error(checked.reason);
    const inWorker = await checker.rebound(checked.bundle, courseRubric, MAX_STATES, checked.reads);
    expect(inWorker).toEqual(boundsUnderRubric(checked.bundle, courseRubric, MAX_STATES, checked.reads));
    expect(inWorker.ok && inWorker.bundle.rubricVersion).toBe(courseRubric.version);
  });

  it('refuses a check that runs past the time limit, naming the limit, and replaces the worker', async () => {
    const checker = pool({ timeLimitMs: 1500 });
    const started = performance.now();
    const refused = await checker.checkPublished('en', stateExplosion(24), LIBRARY, courseRubric, MAX_STATES);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/^checking took longer than 1\.5 s \(the story has too many states or loops\)/) });
    expect(!refused.ok && refused.diagnostics).toEqual([
      expect.objectContaining({ code: 'check-time-limit', file: 'stories/hostile-state-explosion/en.ink', severity: 'error' }),
    ]);
    const next = await checker.checkPublished('en', duelSource({ id: 'after-timeout' }), LIBRARY, courseRubric, MAX_STATES);
    expect(next.ok).toBe(true);
  });

  it('refuses a check that outgrows the heap limit, naming it, and replaces the worker', async () => {
    const checker = pool({ heapMb: 64, timeLimitMs: 120_000 });
    const started = performance.now();
    const refused = await checker.checkPublished('en', HEAVY_PRINTING, LIBRARY, courseRubric, MAX_STATES);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/^checking used more than 64 MB/) });
    expect(!refused.ok && refused.diagnostics[0]?.code).toBe('check-memory-limit');
    const next = await checker.checkPublished('en', duelSource({ id: 'after-oom' }), LIBRARY, courseRubric, MAX_STATES);
    expect(next.ok).toBe(true);
  });

  it('answers a check whose worker is killed with 503, replaces the worker, and checks the next one', async () => {
    const checker = await warmPool({ timeLimitMs: 120_000 });
    const doomed = checker.checkPublished('en', stateExplosion(24), LIBRARY, courseRubric, MAX_STATES);
    const outcome = doomed.then(() => null, (error: unknown) => error);
    await whenBusy(checker);
    const [victim] = checker.threads();
    await victim!.terminate();
    const error = await outcome;
    expect(error).toBeInstanceOf(CheckerUnavailable);
    expect(error).toMatchObject({ status: 503, headers: { 'Retry-After': '1' }, message: expect.stringMatching(/stopped during the check/) });
    const next = await checker.checkPublished('en', duelSource({ id: 'after-kill' }), LIBRARY, courseRubric, MAX_STATES);
    expect(next.ok).toBe(true);
    expect(checker.threads()).toHaveLength(1);
    expect(checker.threads()[0]).not.toBe(victim);
  });

  it('turns a check away with 503 and Retry-After when the queue is full, and answers the waiting ones on close', async () => {
    const checker = await warmPool({ timeLimitMs: 120_000, queueLimit: 1 });
    const settled = (p: Promise<unknown>) => p.then(() => 'resolved', (error: unknown) => error);
    const running = settled(checker.checkPublished('en', stateExplosion(24), LIBRARY, courseRubric, MAX_STATES));
    await whenBusy(checker);
    const waiting = settled(checker.checkPublished('en', duelSource({ id: 'waiting' }), LIBRARY, courseRubric, MAX_STATES));
    const refused = await settled(checker.checkPublished('en', duelSource({ id: 'turned-away' }), LIBRARY, courseRubric, MAX_STATES));
    expect(refused).toBeInstanceOf(CheckerUnavailable);
    expect(refused).toMatchObject({ status: 503, headers: { 'Retry-After': '120' }, message: expect.stringMatching(/busy checking other scenarios/) });
    await checker.close();
    for (const answer of [await running, await waiting]) {
      expect(answer).toMatchObject({ status: 503, message: expect.stringMatching(/shutting down/) });
    }
  });
});
