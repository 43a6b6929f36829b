import { afterAll, beforeAll, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { createCohort, createTestApp, join, submit, type Cohort, type TestApp, type Trainee } from './helpers/test-app.ts';
import { duelSource } from './helpers/test-stories.ts';
import { scenarioSource } from '../helpers/scenario-source.ts';

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
    const played = await submit(app, trainee.token, { scenarioId: 'pub-duel', contentHash: r.body.contentHash as string, choices: [0, 0, 0] });
    expect(played.body).toMatchObject({ overall: 100, outcome: 'sale' });
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
