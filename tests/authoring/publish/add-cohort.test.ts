// Adding a cohort to the Studio by pasting its trainer key, checked against the real server's
// GET /api/me: the trainer key names its cohort; a trainee's token, an unknown key and a
// malformed paste are each refused with their own reason; no answer is not taken for a verdict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyTrainerKey } from '../../../src/authoring/publish/add-cohort.ts';
import type { CreatedCohort, JoinedCohort } from '../../../src/contract/cohorts.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import { startCohortServer, type CohortServer } from '../../net/helpers/cohort-server.ts';

let srv: CohortServer;
let cohort: CreatedCohort;
let joined: JoinedCohort;
const clientFor = (key: string): CohortClient => new CohortClient({ baseUrl: srv.url, token: key });

beforeAll(async () => {
  srv = await startCohortServer();
  const anyone = new CohortClient({ baseUrl: srv.url });
  cohort = await anyone.createCohort({ name: '华北 North team' });
  joined = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ana' });
}, 120_000);

afterAll(() => srv?.stop());

describe('adding a cohort by its trainer key', () => {
  it('names the cohort the pasted key belongs to', async () => {
    expect(await identifyTrainerKey(`  ${cohort.trainerKey}\n`, clientFor)).toEqual({
      ok: true, key: cohort.trainerKey, cohortId: cohort.cohortId, cohortName: '华北 North team',
    });
  });

  it('refuses a trainee\'s token, an unknown key and what is no key at all, each with its reason', async () => {
    expect(await identifyTrainerKey(joined.token, clientFor)).toEqual({ ok: false, problem: 'trainee-token' });
    expect(await identifyTrainerKey(`trk_${'u'.repeat(43)}`, clientFor)).toEqual({ ok: false, problem: 'unknown' });
    expect(await identifyTrainerKey('my password', clientFor)).toEqual({ ok: false, problem: 'not-key' });
  });

  it('reports a server it cannot reach as an error, not as a wrong key', async () => {
    const result = await identifyTrainerKey(cohort.trainerKey, (key) => new CohortClient({ baseUrl: 'http://127.0.0.1:1', token: key }));
    expect(result).toMatchObject({ ok: false, problem: 'error', error: { kind: 'network' } });
  });
});
