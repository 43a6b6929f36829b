// Attempts are scored under the rubric they name, against bounds found under that same rubric;
// the results carry their red lines and say which rubric scored them (issue 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../src/core/rubric/rubric-versions.ts';
import type { Rubric } from '../../src/core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../src/core/session/scenario-bundle.ts';
import { replay } from '../../src/core/session/replay.ts';
import { readSource } from '../../src/node/scenario-files.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createApp } from '../../src/server/start-server.ts';
import { openTestPglite } from './helpers/test-databases.ts';
import { createCohort, createTestApp, join, submit, testConfig, testStoriesDir, type Cohort, type TestApp, type Trainee } from './helpers/test-app.ts';
import { promiseSource } from './helpers/test-stories.ts';
import { playExam } from './helpers/play-exam.ts';

const rubric1 = rubricForVersion('1.0.0')!;

/** The checker's bundle for a published source, as the server checks it (stories/<id>/en.ink). */
function checked(source: string, rubric: Rubric): ScenarioBundle {
  const library = readSource();
  const read = (path: string): string | null => library(path.replace(/^stories\/_lib\//, `${testStoriesDir()}/_lib/`));
  const { bundle } = checkScenario({ file: 'stories/promise/en.ink', source, read, rubric });
  if (!bundle) throw new Error('the source does not compile');
  return bundle;
}

const PROMISED = [0, 1, 0]; // finds the need, makes a false promise, closes the sale

describe('rubric versions on the server', () => {
  let db: Database;
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let hash: string;

  const publish = async (source: string, trainerKey = cohort.trainerKey, on = app): Promise<string> => {
    const r = await on.call('POST', '/api/trainer/scenarios', { token: trainerKey, body: { language: 'en', source } });
    if (r.status !== 201) throw new Error(`publish: ${r.status} ${r.text}`);
    return r.body.contentHash as string;
  };
  const boundsRows = (contentHash: string) =>
    db.query<{ rubric_version: string; bounds: unknown }>('SELECT rubric_version, bounds FROM scenario_bounds WHERE content_hash = $1 ORDER BY rubric_version', [contentHash]);

  beforeAll(async () => {
    db = await openTestPglite();
    app = await createTestApp(db);
    cohort = await createCohort(app, 'Rubrics');
    ana = await join(app, cohort, 'Ana');
    hash = await publish(promiseSource());
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('scores each submitted run under the rubric it names, exactly as the core replays it there', async () => {
    for (const rubric of [courseRubric, rubric1]) {
      const r = await submit(app, ana.token, { scenarioId: 'promise', contentHash: hash, choices: PROMISED, rubricVersion: rubric.version });
      expect(r.status).toBe(201);
      const expected = replay(checked(promiseSource(), rubric), rubric, {
        scenarioId: 'promise', contentHash: hash, rubricVersion: rubric.version, seed: 0, choices: PROMISED,
      });
      expect(r.body).toMatchObject({
        rubricVersion: rubric.version, overall: expected.overall, scores: expected.scores, notAssessed: expected.notAssessed,
        redLines: expected.redLines, outOfReach: expected.outOfReach, outcome: 'sale', status: 'finished', ranked: false,
      });
    }
  });

  it('scores an exam played on the server under the server\'s own rubric, and ranks it', async () => {
    const played = await playExam(app, ana.token, { contentHash: hash, choices: PROMISED });
    const expected = replay(checked(promiseSource(), courseRubric), courseRubric, {
      scenarioId: 'promise', contentHash: hash, rubricVersion: courseRubric.version, seed: played.seed, choices: PROMISED,
    });
    expect(played).toMatchObject({
      rubricVersion: courseRubric.version, overall: expected.overall, scores: expected.scores, redLines: ['false-promise'],
      outcome: 'sale', status: 'finished', ranked: true, playedOn: 'server',
    });
  });

  it('caps a red line under 2.0.0 and names it; 1.0.0 has no red lines', async () => {
    const [now, then] = await Promise.all([courseRubric, rubric1].map((rubric) =>
      submit(app, ana.token, { scenarioId: 'promise', contentHash: hash, choices: PROMISED, rubricVersion: rubric.version })));
    expect(now!.body).toMatchObject({ redLines: ['false-promise'], faults: ['false-promise'] });
    expect(now!.body.overall).toBeLessThanOrEqual(40);
    expect(then!.body).toMatchObject({ redLines: [], faults: ['false-promise'] });
    expect(then!.body.overall).toBeGreaterThan(40);
  });

  it('finds the other rubric\'s bounds once, keeps them, and reads them back rather than exploring again', async () => {
    const rows = await boundsRows(hash);
    expect(rows.map((r) => r.rubric_version)).toEqual(['1.0.0']);
    expect(rows[0]!.bounds).toEqual(checked(promiseSource(), rubric1).bounds);
    // Another process on the same database takes them from the table: tampered, they show.
    const real = checked(promiseSource(), rubric1).bounds;
    const forged = { ...real, discovery: { min: 0, max: real.discovery.max * 2 } };
    await db.query('UPDATE scenario_bounds SET bounds = $2::jsonb WHERE content_hash = $1 AND rubric_version = $3', [hash, JSON.stringify(forged), '1.0.0']);
    const other = await createTestApp(db);
    try {
      const r = await submit(other, ana.token, { scenarioId: 'promise', contentHash: hash, choices: PROMISED, rubricVersion: '1.0.0' });
      expect(r.body.scores).toMatchObject({ discovery: 50 });
    } finally {
      await other.close();
      await db.query('UPDATE scenario_bounds SET bounds = $2::jsonb WHERE content_hash = $1 AND rubric_version = $3', [hash, JSON.stringify(checked(promiseSource(), rubric1).bounds), '1.0.0']);
    }
  });

  it('re-bounds a version stored under rubric 1.0.0 the first time a 2.0.0 attempt names it', async () => {
    // A server still on 1.0.0 published this version (and kept its shipped versions' 1.0.0 bounds beside).
    const old = await createApp({ config: testConfig(), db, clock: app.clock, rubric: rubric1 });
    const source = promiseSource({ title: 'Published before 2.0.0' });
    let oldHash: string;
    try {
      const r = await old.app.inject({ method: 'POST', url: '/api/trainer/scenarios', headers: { authorization: `Bearer ${cohort.trainerKey}` }, payload: { language: 'en', source } });
      expect(r.statusCode).toBe(201);
      oldHash = r.json<{ contentHash: string; rubricVersion: string }>().contentHash;
      expect(r.json<{ rubricVersion: string }>().rubricVersion).toBe('1.0.0');
    } finally {
      await old.close();
    }
    const [row] = await db.query<{ rubric_version: string; ending_best: unknown }>('SELECT rubric_version, ending_best FROM scenario_versions WHERE content_hash = $1', [oldHash]);
    expect(row).toEqual({ rubric_version: '1.0.0', ending_best: null });
    const tiny = (await app.call('GET', '/api/scenarios', { token: ana.token })).body.scenarios as Array<{ scenarioId: string; contentHash: string }>;
    expect((await boundsRows(tiny.find((s) => s.scenarioId === 'tiny')!.contentHash)).map((r) => r.rubric_version)).toEqual(['1.0.0']);

    const r = await submit(app, ana.token, { scenarioId: 'promise', contentHash: oldHash, choices: PROMISED });
    const under2 = checked(source, courseRubric);
    const expected = replay(under2, courseRubric, { scenarioId: 'promise', contentHash: oldHash, rubricVersion: courseRubric.version, seed: 0, choices: PROMISED });
    expect(r.body).toMatchObject({ rubricVersion: '2.0.0', overall: expected.overall, scores: expected.scores, redLines: ['false-promise'], outOfReach: expected.outOfReach });
    expect((await boundsRows(oldHash)).map((b) => [b.rubric_version, b.bounds])).toEqual([['2.0.0', under2.bounds]]);
    // What a client playing it now is given: the current rubric's bounds and reach.
    const playable = await app.call('GET', `/api/scenarios/${oldHash}`, { token: ana.token });
    expect(playable.body).toMatchObject({ rubricVersion: '2.0.0', bounds: under2.bounds, endingBest: under2.endingBest });
  });

  it('refuses an unknown rubric version with the reason, before looking at the story', async () => {
    const r = await submit(app, ana.token, { scenarioId: 'promise', contentHash: hash, choices: PROMISED, rubricVersion: '3.0.0' });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('unknown rubric version "3.0.0": this server scores attempts under rubric 1.0.0 or 2.0.0');
  });

  it('tells the trainer which rubric scored each attempt and which red lines it crossed, in the list and the CSV', async () => {
    const list = await app.call('GET', '/api/trainer/attempts?scenario=promise&limit=500', { token: cohort.trainerKey });
    const attempts = list.body.attempts as Array<{ rubricVersion: string; redLines: string[]; status: string }>;
    expect(new Set(attempts.map((a) => `${a.rubricVersion}:${a.redLines.join(' ')}`))).toEqual(new Set(['2.0.0:false-promise', '1.0.0:']));
    const csv = await app.call('GET', '/api/trainer/attempts.csv?scenario=promise', { token: cohort.trainerKey });
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
    const at = header!.indexOf('status');
    expect(header!.slice(at, at + 3)).toEqual(['status', 'red_lines', 'rubric_version']);
    expect(new Set(rows.map((cells) => cells.slice(at, at + 3).join('|')))).toEqual(new Set(['finished|false-promise|2.0.0', 'finished||1.0.0']));
  });
});
