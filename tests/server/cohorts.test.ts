import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { describeEachDatabase } from './helpers/test-databases.ts';
import { createCohort, createTestApp, join, type TestApp } from './helpers/test-app.ts';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describeEachDatabase('cohorts and trainees', (ctx) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
  }, 120_000);
  afterAll(() => app.close());

  it('creates a cohort with a join code and a trainer key it stores only as a hash', async () => {
    const r = await app.call('POST', '/api/cohorts', { body: { name: '  Shanghai Q3  ', passMark: 70 } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: 'Shanghai Q3', passMark: 70 });
    expect(r.body.joinCode).toMatch(/^[A-Z2-9]{8}$/);
    const key = r.body.trainerKey as string;
    expect(key).toMatch(/^trk_[A-Za-z0-9_-]{43}$/);
    const [row] = await ctx.db().query<{ trainer_key_hash: string }>('SELECT trainer_key_hash FROM cohorts WHERE id = $1', [r.body.cohortId]);
    expect(row!.trainer_key_hash).toBe(sha256(key));
    const leaks = await ctx.db().query('SELECT 1 FROM cohorts WHERE position($1 in row(cohorts.*)::text) > 0', [key]);
    expect(leaks).toEqual([]);
    const summary = await app.call('GET', '/api/trainer/cohort', { token: key });
    expect(summary.body).toMatchObject({ cohortId: r.body.cohortId, name: 'Shanghai Q3', joinCode: r.body.joinCode, passMark: 70, members: 0 });
    expect(summary.text).not.toContain(key);
  });

  it('joins a trainee with a personal token it stores only as a hash', async () => {
    const c = await createCohort(app, 'Joiners');
    const r = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName: '李伟' } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ cohortId: c.cohortId, cohortName: 'Joiners', displayName: '李伟' });
    const token = r.body.token as string;
    expect(token).toMatch(/^trt_/);
    const [row] = await ctx.db().query<{ token_hash: string }>('SELECT token_hash FROM trainees WHERE id = $1', [r.body.traineeId]);
    expect(row!.token_hash).toBe(sha256(token));
    const me = await app.call('GET', '/api/me', { token });
    expect(me.body).toEqual({ role: 'trainee', cohortId: c.cohortId, cohortName: 'Joiners', passMark: 60, traineeId: r.body.traineeId, displayName: '李伟' });
    expect((await app.call('GET', '/api/me', { token: c.trainerKey })).body).toMatchObject({ role: 'trainer', cohortId: c.cohortId });
  });

  it('accepts the join code in lower case, with a hyphen or spaces', async () => {
    const c = await createCohort(app);
    const typed = `${c.joinCode.slice(0, 4).toLowerCase()}-${c.joinCode.slice(4).toLowerCase()} `;
    const r = await app.call('POST', '/api/cohorts/join', { body: { code: typed, displayName: 'Typist' } });
    expect(r.status).toBe(201);
  });

  it('refuses a display name already taken in the cohort, whatever its case, but not in another cohort', async () => {
    const c = await createCohort(app);
    await join(app, c, 'Wang Fang');
    const again = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName: 'wang  FANG' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/already taken/);
    const other = await createCohort(app);
    expect((await app.call('POST', '/api/cohorts/join', { body: { code: other.joinCode, displayName: 'Wang Fang' } })).status).toBe(201);
  });

  it('refuses a name too like a member\'s (Unicode confusable skeletons), naming the member', async () => {
    const c = await createCohort(app);
    await join(app, c, 'alice');
    await join(app, c, 'Ian');
    const refusals: Array<[string, string]> = [
      ['\u0430lice', 'alice'], // Cyrillic а
      ['\u0410LICE', 'alice'], // Cyrillic А, in capitals
      ['lan', 'Ian'], // small L for capital i
    ];
    for (const [displayName, member] of refusals) {
      const r = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName } });
      expect([displayName, r.status]).toEqual([displayName, 409]);
      expect(r.body.error).toBe(`"${displayName}" is too like the member name “${member}”: choose another display name`);
    }
    const same = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName: '\uFF41\uFF4C\uFF49\uFF43\uFF45' } });
    expect(same.status).toBe(409);
    expect(same.body.error).toMatch(/already taken/);
    const members = await app.call('GET', '/api/trainer/members', { token: c.trainerKey });
    expect((members.body.members as Array<{ displayName: string }>).map((m) => m.displayName)).toEqual(['alice', 'Ian']);
    // A lookalike of a member of another cohort is nobody's business here.
    const other = await createCohort(app);
    expect((await app.call('POST', '/api/cohorts/join', { body: { code: other.joinCode, displayName: '\u0430lice' } })).status).toBe(201);
  });

  it('refuses names with zero-width spaces, joiners or other invisible characters, saying which', async () => {
    const c = await createCohort(app);
    for (const [displayName, named] of [
      ['ali\u200Bce', 'a zero-width space (U+200B)'], ['ali\u200Dce', 'a zero-width joiner (U+200D)'], ['al\u00ADice', 'a soft hyphen (U+00AD)'],
      ['alice\u2060', 'a word joiner (U+2060)'], ['a\u200Elice', 'a left-to-right mark (U+200E)'], ['\u3164', 'a Hangul filler (U+3164)'],
    ] as const) {
      const r = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName } });
      expect([displayName, r.status]).toEqual([displayName, 400]);
      expect(r.body.error).toBe(`body.displayName: must not contain ${named}: type the name with visible characters only`);
    }
    expect((await app.call('POST', '/api/cohorts', { body: { name: 'Spring\u200B cohort' } })).status).toBe(400);
  });

  it('keeps Chinese names that differ by a character apart, and one spelling of an accented name', async () => {
    const c = await createCohort(app);
    for (const displayName of ['李雷', '李蕾', '王芳', '汪芳', 'Jos\u00E9']) await join(app, c, displayName);
    const decomposed = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName: 'Jose\u0301' } });
    expect(decomposed.status).toBe(409);
    expect(decomposed.body.error).toMatch(/already taken/);
  });

  it('lets only one of two lookalike names sent at the same moment join', async () => {
    const c = await createCohort(app);
    const sent = await Promise.all(['paul', 'p\u0430ul', 'pau\u217C'].map((displayName) =>
      app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName } })));
    expect(sent.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const members = await app.call('GET', '/api/trainer/members', { token: c.trainerKey });
    expect((members.body.members as unknown[]).length).toBe(1);
  });

  it('answers 404 for a join code no cohort has', async () => {
    const r = await app.call('POST', '/api/cohorts/join', { body: { code: 'ZZZZZZZZ', displayName: 'Nobody' } });
    expect(r.status).toBe(404);
  });

  it('refuses names that are empty, too long or carry control characters', async () => {
    const c = await createCohort(app);
    for (const displayName of ['', '   ', 'x'.repeat(41), 'bell\u0007', 'nul\u0000', 'rtl\u202Eevil', '\uD800']) {
      const r = await app.call('POST', '/api/cohorts/join', { body: { code: c.joinCode, displayName } });
      expect([r.status, displayName]).toEqual([400, displayName]);
    }
    for (const body of [{ name: '' }, { name: 'ok', passMark: 101 }, { name: 'ok', passMark: 5.5 }, { name: 7 }, {}]) {
      expect((await app.call('POST', '/api/cohorts', { body })).status).toBe(400);
    }
  });

  it('requires the cohort creation key when the server is configured with one', async () => {
    const locked = await createTestApp(ctx.db(), { cohortCreationKey: 'creation-key-0123456789' });
    try {
      const body = { name: 'Locked' };
      expect((await locked.call('POST', '/api/cohorts', { body })).status).toBe(401);
      expect((await locked.call('POST', '/api/cohorts', { body, token: 'creation-key-wrong-00000' })).status).toBe(403);
      expect((await locked.call('POST', '/api/cohorts', { body, token: 'creation-key-0123456789' })).status).toBe(201);
    } finally {
      await locked.close();
    }
  });
});
