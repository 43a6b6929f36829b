import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkScenario } from '../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { CheckerPool } from '../../src/server/checking/checker-pool.ts';
import { DEFAULT_CONFIG } from '../../src/server/config.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { createCohort, createTestApp, join, submit, type Cohort, type TestApp, type Trainee } from './helpers/test-app.ts';
import { duelSource } from './helpers/test-stories.ts';
import { playExam } from './helpers/play-exam.ts';
import { scenarioSource } from '../helpers/scenario-source.ts';
import { PRINTING_LOOP, SILENT_LOOP, SILENT_LOOP_AT_START, stateExplosion, TUNNEL_RECURSION } from '../helpers/hostile-stories.ts';

interface Version { contentHash: string; scenarioId: string; language: string; title: string; source: string; since: string }

describeEachDatabase('publishing scenarios', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let trainee: Trainee;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Publishers');
    trainee = await join(app, cohort, 'Player');
  });
  afterAll(() => app.close());

  const publish = (source: string, language = 'en', token = cohort.trainerKey) =>
    app.call('POST', '/api/trainer/scenarios', { token, body: { language, source } });

  it('compiles, checks and stores a scenario, then opens it to the cohort\'s trainees', async () => {
    const r = await publish(duelSource({ id: 'pub-duel', title: 'Published duel' }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ scenarioId: 'pub-duel', language: 'en', title: 'Published duel', bestOverall: 100, bestPath: [0, 0, 0] });
    expect(r.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await app.call('GET', '/api/scenarios', { token: trainee.token });
    expect((listed.body.scenarios as Version[]).find((v) => v.scenarioId === 'pub-duel')).toMatchObject({ contentHash: r.body.contentHash, source: 'cohort' });
    const bundle = await app.call('GET', `/api/scenarios/${r.body.contentHash as string}`, { token: trainee.token });
    expect(bundle.status).toBe(200);
    expect(bundle.body).toMatchObject({ scenarioId: 'pub-duel', rubricVersion: courseRubric.version, meta: { id: 'pub-duel', persona: 'Test Customer' } });
    // A trainee is never told the best path; the trainer is.
    expect(bundle.body).not.toHaveProperty('bestPath');
    const forTrainer = await app.call('GET', `/api/scenarios/${r.body.contentHash as string}`, { token: cohort.trainerKey });
    expect(forTrainer.body).toMatchObject({ scenarioId: 'pub-duel', bestPath: [0, 0, 0] });
    expect(r.body.rubricVersion).toBe(courseRubric.version);
    expect(typeof bundle.body.storyJson).toBe('string');
    const played = await playExam(app, trainee.token, { contentHash: r.body.contentHash as string, choices: [0, 0, 0] });
    expect(played).toMatchObject({ overall: 100, outcome: 'sale', ranked: true });
  });

  it('treats publishing the same source again as the same version', async () => {
    const source = duelSource({ id: 'again-duel' });
    const first = await publish(source);
    const second = await publish(source);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.contentHash).toBe(first.body.contentHash);
  });

  it('keeps every version: the newest is current, and attempts on older ones still verify', async () => {
    const v1 = await publish(duelSource({ id: 'versioned', title: 'Version one' }));
    app.clock.advance(1000);
    const v2 = await publish(duelSource({ id: 'versioned', title: 'Version two' }));
    expect(v2.body.contentHash).not.toBe(v1.body.contentHash);
    const listed = await app.call('GET', '/api/scenarios', { token: trainee.token });
    const current = (listed.body.scenarios as Version[]).filter((v) => v.scenarioId === 'versioned');
    expect(current.map((v) => v.title)).toEqual(['Version two']);
    const old = await submit(app, trainee.token, { scenarioId: 'versioned', contentHash: v1.body.contentHash as string, choices: [0, 0, 1] });
    expect(old.status).toBe(201);
    const all = await app.call('GET', '/api/trainer/scenarios', { token: cohort.trainerKey });
    expect((all.body.scenarios as Version[]).filter((v) => v.scenarioId === 'versioned').map((v) => v.title)).toEqual(['Version two', 'Version one']);
    app.clock.advance(1000);
    await publish(duelSource({ id: 'versioned', title: 'Version one' })); // publishing v1 again makes it current
    const relisted = await app.call('GET', '/api/scenarios', { token: trainee.token });
    expect((relisted.body.scenarios as Version[]).filter((v) => v.scenarioId === 'versioned').map((v) => v.title)).toEqual(['Version one']);
  });

  it('refuses a scenario with errors, listing them with file and line', async () => {
    const r = await publish(scenarioSource('Hi.\n* [Ask #technique: no-such-technique]\n  Ok. # outcome: sale\n  -> END', { id: 'broken' }));
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('the scenario has errors');
    const diagnostics = r.body.diagnostics as Array<{ file: string; line: number; code: string }>;
    expect(diagnostics[0]).toMatchObject({ file: 'stories/broken/en.ink', code: 'bad-tag' });
    expect(JSON.stringify(diagnostics)).toContain('no-such-technique');
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('lets INCLUDE reach the shared library only, never the server\'s files', async () => {
    const source = duelSource({ id: 'snoop' }).replace('INCLUDE ../_lib/customer.ink', 'INCLUDE ../../../../../../etc/hostname\nINCLUDE ../_lib/customer.ink');
    const r = await publish(source);
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.body.diagnostics)).toMatch(/cannot find INCLUDEd file/);
  });

  it('refuses a story too large to check within the state budget', async () => {
    const tight = await createTestApp(ctx.db(), { maxExploreStates: 3 });
    try {
      const c = await createCohort(tight);
      const r = await tight.call('POST', '/api/trainer/scenarios', { token: c.trainerKey, body: { language: 'en', source: duelSource({ id: 'big' }) } });
      expect(r.status).toBe(422);
      expect(r.body.error).toMatch(/more than 3 distinct states/);
    } finally {
      await tight.close();
    }
  });

  it('accepts a source above the general body limit, up to the scenario limit', async () => {
    const padding = `// ${'padding '.repeat(12_000)}\n`; // ~96 kB: over the 64 kB API limit
    const r = await publish(duelSource({ id: 'padded' }) + padding);
    expect(r.status).toBe(201);
    const tooBig = await publish(duelSource({ id: 'padded' }) + padding.repeat(12));
    expect(tooBig.status).toBe(413);
  });

  it('publishes only with the trainer key, and other cohorts cannot see the result', async () => {
    expect((await publish(duelSource({ id: 'nope' }), 'en', trainee.token)).status).toBe(403);
    const mine = await publish(duelSource({ id: 'private-duel' }));
    const other = await createCohort(app, 'Outsiders');
    const outsider = await join(app, other, 'Outsider');
    const listed = await app.call('GET', '/api/scenarios', { token: outsider.token });
    expect((listed.body.scenarios as Version[]).map((v) => v.scenarioId)).not.toContain('private-duel');
    expect((await app.call('GET', `/api/scenarios/${mine.body.contentHash as string}`, { token: outsider.token })).status).toBe(404);
  });

  it('offers the shipped scenarios to every cohort', async () => {
    const other = await createCohort(app, 'Fresh');
    const listed = await app.call('GET', '/api/scenarios', { token: other.trainerKey });
    expect((listed.body.scenarios as Version[]).filter((v) => v.source === 'shipped').map((v) => v.scenarioId).sort()).toEqual(['duel', 'tiny']);
    expect(listed.body.rubricVersion).toBe(courseRubric.version);
  });
});

/** Polls /api/health every 50 ms until stopped: every answer's status and how long it took. */
function pollHealth(app: TestApp): { stop(): Promise<Array<{ status: number; ms: number }>> } {
  const polls: Array<{ status: number; ms: number }> = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const r = await app.call('GET', '/api/health');
      polls.push({ status: r.status, ms: performance.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return polls;
    },
  };
}

const HOSTILE = [
  { name: 'a story that loops without output', source: SILENT_LOOP, names: /knot "spin"/ },
  { name: 'a story that prints forever', source: PRINTING_LOOP, names: /knot "chatter"/ },
  { name: 'a tunnel that calls itself', source: TUNNEL_RECURSION, names: /knot "deeper"/ },
  { name: 'a loop before the first choice', source: SILENT_LOOP_AT_START, names: /knot "spin"/ },
  // 2^24 states: stopped by the time limit (or the state cap, on a machine fast enough to reach it).
  { name: 'a story with 2^24 states', source: stateExplosion(24), names: /checking took longer than 10 s|more than \d+ distinct states/ },
];

// Limits tighter than the defaults, so the test waits seconds rather than a minute.
const CHECKING = { ...DEFAULT_CONFIG.checking, timeLimitMs: 10_000, heapMb: 128 };

describeEachDatabase('publishing scenarios that never settle', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;

  beforeAll(async () => {
    app = await createTestApp(ctx.db(), { checking: CHECKING });
    cohort = await createCohort(app, 'Hostile publishers');
  });
  afterAll(() => app.close());

  const publish = (source: string) =>
    app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source } });

  for (const hostile of HOSTILE) {
    it(`refuses ${hostile.name} with a 422 naming the problem, while /api/health keeps answering`, async () => {
      const health = pollHealth(app);
      const started = performance.now();
      const r = await publish(hostile.source);
      const elapsed = performance.now() - started;
      const polls = await health.stop();
      expect(r.status).toBe(422);
      expect(r.body.error).toMatch(hostile.names);
      expect((r.body.diagnostics as Array<{ severity: string }>).some((d) => d.severity === 'error')).toBe(true);
      expect(elapsed).toBeLessThan(45_000);
      expect(polls.length).toBeGreaterThan(0);
      expect(polls.every((p) => p.status === 200)).toBe(true);
      expect(Math.max(...polls.map((p) => p.ms))).toBeLessThan(2_000);
    });
  }

  it('stores exactly the bundle, bounds and best path the checker finds in process', async () => {
    const source = duelSource({ id: 'same-as-before' });
    const r = await publish(source);
    expect(r.status).toBe(201);
    const read = (path: string): string | null => (path === 'stories/_lib/customer.ink' ? readFileSync('stories/_lib/customer.ink', 'utf8') : null);
    const { bundle, report } = checkScenario({ file: 'stories/same-as-before/en.ink', source, read, rubric: courseRubric, maxStates: DEFAULT_CONFIG.maxExploreStates });
    expect(r.body).toMatchObject({
      contentHash: bundle!.contentHash, bestPath: report.bestPath, bestOverall: report.bestOverall, endings: report.endings, warnings: report.warnings,
    });
    const stored = await app.call('GET', `/api/scenarios/${bundle!.contentHash}`, { token: cohort.trainerKey });
    expect(stored.body).toMatchObject({
      storyJson: bundle!.storyJson, meta: bundle!.meta, bounds: bundle!.bounds, endingBest: bundle!.endingBest,
      rubricVersion: bundle!.rubricVersion, bestPath: report.bestPath,
    });
  });

  it('answers a publish whose checking worker is killed with 503 and Retry-After, then publishes the next one', async () => {
    const slow = await createTestApp(ctx.db(), { checking: { ...CHECKING, timeLimitMs: 120_000 } });
    try {
      const trainer = await createCohort(slow, 'Killed mid-check');
      const checker = slow.deps.checker;
      if (!(checker instanceof CheckerPool)) throw new Error('the app checks with a CheckerPool');
      // A first publish: the worker is up and has answered, so the kill below meets a check.
      const first = await slow.call('POST', '/api/trainer/scenarios', { token: trainer.trainerKey, body: { language: 'en', source: duelSource({ id: 'before-the-kill' }) } });
      expect(first.status).toBe(201);
      const doomed = slow.call('POST', '/api/trainer/scenarios', { token: trainer.trainerKey, body: { language: 'en', source: stateExplosion(24) } });
      const [thread] = checker.threads();
      // Once its event loop stays busy, the worker is deep in the exploration.
      let before = thread!.performance.eventLoopUtilization();
      for (let i = 0; i < 600; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = thread!.performance.eventLoopUtilization();
        if (thread!.performance.eventLoopUtilization(now, before).utilization > 0.9) break;
        before = now;
      }
      await thread!.terminate();
      const r = await doomed;
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('1');
      expect(r.body.error).toMatch(/checking worker stopped during the check/);
      const next = await slow.call('POST', '/api/trainer/scenarios', { token: trainer.trainerKey, body: { language: 'en', source: duelSource({ id: 'after-the-kill' }) } });
      expect(next.status).toBe(201);
      expect(checker.threads()[0]).not.toBe(thread);
    } finally {
      await slow.close();
    }
  });
});
