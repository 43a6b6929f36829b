// Retiring a published version and hiding a shipped scenario: gone from the trainees' list, their
// fetches and exam starts; still there for the trainer; attempts kept; and back again on request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { playable } from '../../../src/server/attempts/playable-versions.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee } from '../helpers/test-app.ts';
import { duelSource } from '../helpers/test-stories.ts';

interface Version { contentHash: string; scenarioId: string; language: string; title: string; source: string; since: string }
interface Published extends Version { retired: boolean }
interface Shipped extends Version { hidden: boolean }

describeEachDatabase('retiring published versions and hiding shipped scenarios', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let trainee: Trainee;
  let other: Cohort;
  let outsider: Trainee;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Withdrawals');
    trainee = await join(app, cohort, 'Wen');
    other = await createCohort(app, 'Elsewhere');
    outsider = await join(app, other, 'Olu');
  });
  afterAll(() => app.close());

  const publish = async (id: string, title: string): Promise<string> => {
    const r = await app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source: duelSource({ id, title }) } });
    expect([200, 201], r.text).toContain(r.status);
    app.clock.advance(1000);
    return r.body.contentHash as string;
  };
  const traineeList = async (token = trainee.token): Promise<Version[]> =>
    (await app.call('GET', '/api/scenarios', { token })).body.scenarios as Version[];
  const retire = (hash: string, retired: boolean, token = cohort.trainerKey) =>
    app.call('POST', `/api/trainer/scenarios/${hash}/retire`, { token, body: { retired } });
  const hide = (scenarioId: string, hidden: boolean, token = cohort.trainerKey) =>
    app.call('POST', `/api/trainer/shipped/${scenarioId}/hide`, { token, body: { hidden } });

  it('retires a published version: trainees no longer list, fetch or play it; the trainer still sees it, marked', async () => {
    const hash = await publish('retiring', 'Retiring customer');
    const practice = await submit(app, trainee.token, { scenarioId: 'retiring', contentHash: hash, choices: [0, 0, 0], mode: 'coach' });
    expect(practice.status).toBe(201);
    expect(await playable(app.deps.scenarios, cohort.cohortId, hash)).toBe(true); // remembered as a yes

    const r = await retire(hash, true);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ contentHash: hash, scenarioId: 'retiring', source: 'cohort', retired: true });
    expect((await traineeList()).map((v) => v.scenarioId)).not.toContain('retiring');
    expect((await app.call('GET', `/api/scenarios/${hash}`, { token: trainee.token })).status).toBe(404);
    expect((await app.call('GET', `/api/scenarios/${hash}`, { token: cohort.trainerKey })).status).toBe(200);
    // What an exam start asks, forgotten at once rather than remembered.
    expect(await playable(app.deps.scenarios, cohort.cohortId, hash)).toBe(false);
    expect((await app.call('POST', '/api/exams', { token: trainee.token, body: { contentHash: hash } })).status).toBe(422);
    const published = (await app.call('GET', '/api/trainer/scenarios', { token: cohort.trainerKey })).body.scenarios as Published[];
    expect(published.find((v) => v.contentHash === hash)).toMatchObject({ retired: true });
    // The practice run on it stays on the record.
    const attempts = await app.call('GET', `/api/trainer/attempts?trainee=${trainee.traineeId}&scenario=retiring`, { token: cohort.trainerKey });
    expect((attempts.body.attempts as Array<{ attemptId: string }>).map((a) => a.attemptId)).toEqual([practice.body.attemptId]);
  });

  it('brings a retired version back on request, and when it is published again', async () => {
    const hash = await publish('returning', 'Returning customer');
    expect((await retire(hash, true)).body.retired).toBe(true);
    const back = await retire(hash, false);
    expect(back.body.retired).toBe(false);
    expect((await traineeList()).map((v) => v.contentHash)).toContain(hash);
    expect(await playable(app.deps.scenarios, cohort.cohortId, hash)).toBe(true);

    await retire(hash, true);
    expect((await traineeList()).map((v) => v.contentHash)).not.toContain(hash);
    const again = await app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source: duelSource({ id: 'returning', title: 'Returning customer' }) } });
    expect(again.status).toBe(200);
    expect((await traineeList()).map((v) => v.contentHash)).toContain(hash);
    const published = (await app.call('GET', '/api/trainer/scenarios', { token: cohort.trainerKey })).body.scenarios as Published[];
    expect(published.find((v) => v.contentHash === hash)?.retired).toBe(false);
  });

  it('makes the newest version still open current when the newest one is retired', async () => {
    const v1 = await publish('layered', 'Layered one');
    const v2 = await publish('layered', 'Layered two');
    expect((await traineeList()).find((v) => v.scenarioId === 'layered')?.contentHash).toBe(v2);
    await retire(v2, true);
    expect((await traineeList()).find((v) => v.scenarioId === 'layered')?.contentHash).toBe(v1);
    await retire(v1, true);
    expect((await traineeList()).find((v) => v.scenarioId === 'layered')).toBeUndefined();
  });

  it('retires only versions this cohort published, on its trainer key', async () => {
    const hash = await publish('guarded', 'Guarded customer');
    const tiny = await shippedHash(app, trainee.token, 'tiny');
    expect((await retire(tiny, true)).status).toBe(404);
    expect((await retire('0'.repeat(64), true)).status).toBe(404);
    expect((await retire(hash, true, other.trainerKey)).status).toBe(404);
    expect((await retire(hash, true, trainee.token)).status).toBe(403);
    expect((await retire(hash, true, 'trk_nobody-knows-this-key')).status).toBe(401);
    expect((await app.call('POST', `/api/trainer/scenarios/${hash}/retire`, { token: cohort.trainerKey, body: {} })).status).toBe(400);
  });

  it('lists every current shipped version with whether the cohort hides it, and hides one from this cohort only', async () => {
    const before = await app.call('GET', '/api/trainer/shipped', { token: cohort.trainerKey });
    expect(before.status).toBe(200);
    const shipped = before.body.scenarios as Shipped[];
    expect(shipped.map((s) => [s.scenarioId, s.source, s.hidden])).toEqual([['duel', 'shipped', false], ['tiny', 'shipped', false]]);
    const tiny = shipped.find((s) => s.scenarioId === 'tiny')!.contentHash;
    const practice = await submit(app, trainee.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], mode: 'coach' });
    expect(practice.status).toBe(201);

    const r = await hide('tiny', true);
    expect(r.status, r.text).toBe(200);
    expect((r.body.scenarios as Shipped[]).map((s) => [s.scenarioId, s.hidden])).toEqual([['duel', false], ['tiny', true]]);
    expect((await traineeList()).map((v) => v.scenarioId)).not.toContain('tiny');
    expect((await app.call('GET', `/api/scenarios/${tiny}`, { token: trainee.token })).status).toBe(404);
    expect(await playable(app.deps.scenarios, cohort.cohortId, tiny)).toBe(false);
    expect((await app.call('POST', '/api/exams', { token: trainee.token, body: { contentHash: tiny } })).status).toBe(422);
    expect((await hide('tiny', true)).status).toBe(200); // hiding again changes nothing
    // Another cohort still plays it.
    expect((await traineeList(outsider.token)).map((v) => v.scenarioId)).toContain('tiny');
    expect(await playable(app.deps.scenarios, other.cohortId, tiny)).toBe(true);
    // The attempt on it stays.
    const attempts = await app.call('GET', `/api/trainer/attempts?scenario=tiny`, { token: cohort.trainerKey });
    expect((attempts.body.attempts as Array<{ attemptId: string }>).map((a) => a.attemptId)).toContain(practice.body.attemptId);

    const shown = await hide('tiny', false);
    expect((shown.body.scenarios as Shipped[]).find((s) => s.scenarioId === 'tiny')?.hidden).toBe(false);
    expect((await traineeList()).map((v) => v.scenarioId)).toContain('tiny');
    expect(await playable(app.deps.scenarios, cohort.cohortId, tiny)).toBe(true);
  });

  it('keeps a hidden shipped scenario\'s id open through the cohort\'s own publication of it', async () => {
    await hide('duel', true);
    expect((await traineeList()).map((v) => v.scenarioId)).not.toContain('duel');
    const own = await publish('duel', 'Our own duel');
    expect((await traineeList()).find((v) => v.scenarioId === 'duel')).toMatchObject({ contentHash: own, source: 'cohort' });
    await hide('duel', false);
  });

  it('hides only shipped scenarios, on the trainer key', async () => {
    expect((await hide('no-such-scenario', true)).status).toBe(404);
    expect((await hide('guarded', true)).status).toBe(404); // published, not shipped: retire it instead
    expect((await hide('tiny', true, trainee.token)).status).toBe(403);
    expect((await app.call('GET', '/api/trainer/shipped', { token: trainee.token })).status).toBe(403);
    expect((await app.call('POST', '/api/trainer/shipped/Not_An_Id/hide', { token: cohort.trainerKey, body: { hidden: true } })).status).toBe(400);
  });
});
