import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { playExam } from '../helpers/play-exam.ts';
import { createCohort, createTestApp, join, shippedHash, submit, type Cohort, type TestApp, type Trainee } from '../helpers/test-app.ts';

// tiny under rubric 2.0.0: [1] scores 0, [0, 0, 0, 0] scores 79.
const WORST = [1];
const BEST = [0, 0, 0, 0];
const REPEATS = 50;

interface Member { displayName: string; attempts: number; examAttempts: number; bestOverall: number | null; averageOverall: number | null; repeats: number }
interface Listed { attemptId: string; traineeId: string; choices: number[]; mode: string; seed: number; repeatOf: string | null }

/** Splits the CSV the server sends into rows of cells (no quoted commas in these files). */
const csvRows = (text: string): string[][] => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));

describeEachDatabase('identical re-submissions on the trainer dashboard', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let ben: Trainee;
  let tiny: string;
  let firstBest: string;

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Repeats');
    ana = await join(app, cohort, 'Ana');
    ben = await join(app, cohort, 'Ben');
    tiny = await shippedHash(app, ana.token, 'tiny');
    // Exams are played on the server (issue 13), which picks each one's seed; coach runs come from the browser.
    const send = async (t: Trainee, choices: number[], mode: 'exam' | 'coach' = 'exam') => {
      let attemptId: string;
      if (mode === 'exam') attemptId = (await playExam(app, t.token, { contentHash: tiny, choices })).attemptId;
      else {
        const r = await submit(app, t.token, { scenarioId: 'tiny', contentHash: tiny, choices, mode });
        expect(r.status, r.text).toBe(201);
        attemptId = r.body.attemptId as string;
      }
      app.clock.advance(1000);
      return attemptId;
    };
    await send(ana, WORST);
    firstBest = await send(ana, BEST);
    // The probe from issue 11: the same best path again and again, each exam under a seed of its own
    // (the seed only orders the replies shown, so those are the same play too).
    for (let i = 1; i < REPEATS; i++) await send(ana, BEST);
    await send(ana, BEST, 'coach'); // practice on the same path: a play of its own kind
    await send(ben, BEST); // another trainee's identical path is another trainee's play
  }, 300_000);
  afterAll(() => app.close());

  it('counts the same play once in a member\'s counts and average, and says how many repeats it left out', async () => {
    const r = await app.call('GET', '/api/trainer/members', { token: cohort.trainerKey });
    const members = r.body.members as Member[];
    expect(members.map((m) => [m.displayName, m.attempts, m.examAttempts, m.bestOverall, m.averageOverall, m.repeats])).toEqual([
      ['Ana', 3, 2, 79, 39.5, REPEATS - 1], // (0 + 79) / 2, not (0 + 50 × 79) / 51
      ['Ben', 1, 1, 79, 79, 0],
    ]);
  });

  it('counts it once in the cohort summary', async () => {
    const r = await app.call('GET', '/api/trainer/cohort', { token: cohort.trainerKey });
    expect(r.body).toMatchObject({ members: 2, attempts: 4, repeats: REPEATS - 1 });
  });

  it('counts it once in the dimension averages', async () => {
    const r = await app.call('GET', '/api/trainer/dimensions?scenario=tiny&mode=exam', { token: cohort.trainerKey });
    const trainees = r.body.trainees as Array<{ displayName: string; dimensions: Record<string, { average: number; attempts: number }> }>;
    const anaDims = trainees.find((t) => t.displayName === 'Ana')!.dimensions;
    expect(anaDims.discovery).toEqual({ average: 50, attempts: 2 }); // the best path 100, the worst 0
    expect((r.body.cohort as Record<string, { attempts: number }>).discovery!.attempts).toBe(3);
  });

  it('counts it once in the choice statistics', async () => {
    const r = await app.call('GET', '/api/trainer/scenarios/tiny/choices?mode=exam', { token: cohort.trainerKey });
    const [version] = r.body.versions as Array<{ attempts: number; points: Array<{ visits: number; choices: Array<{ index: number; count: number; averageOverall: number }> }> }>;
    expect(version!.attempts).toBe(3);
    const opening = version!.points[0]!;
    expect(opening.visits).toBe(3);
    expect(opening.choices.map((c) => [c.index, c.count, c.averageOverall])).toEqual([[0, 2, 79], [1, 1, 0]]);
  });

  it('still lists every submission, each repeat naming the attempt it repeats', async () => {
    const r = await app.call('GET', `/api/trainer/attempts?trainee=${ana.traineeId}&limit=500`, { token: cohort.trainerKey });
    const listed = r.body.attempts as Listed[];
    expect(listed).toHaveLength(REPEATS + 2);
    const repeats = listed.filter((a) => a.repeatOf !== null);
    expect(repeats).toHaveLength(REPEATS - 1);
    expect(new Set(repeats.map((a) => a.repeatOf))).toEqual(new Set([firstBest]));
    expect(repeats.every((a) => a.mode === 'exam' && a.choices.join() === BEST.join())).toBe(true);
    expect(new Set(repeats.map((a) => a.seed)).size).toBeGreaterThan(2);
    expect(listed.find((a) => a.attemptId === firstBest)!.repeatOf).toBeNull();
    expect(listed.find((a) => a.mode === 'coach')!.repeatOf).toBeNull();
  });

  it('keeps the trainee\'s own list as submitted, with no trainer-only fields', async () => {
    const r = await app.call('GET', '/api/me/attempts?limit=1', { token: ana.token });
    const [mine] = r.body.attempts as Array<Record<string, unknown>>;
    expect(mine).not.toHaveProperty('repeatOf');
    expect(mine).not.toHaveProperty('displayName');
  });

  it('says the same in the CSV exports', async () => {
    const members = csvRows((await app.call('GET', '/api/trainer/members.csv', { token: cohort.trainerKey })).text);
    const header = members[0]!;
    expect(header.at(-1)).toBe('repeats');
    const anaRow = members.find((row) => row[1] === 'Ana')!;
    const cell = (name: string) => anaRow[header.indexOf(name)];
    expect([cell('attempts'), cell('exam_attempts'), cell('average_overall'), cell('repeats')]).toEqual(['3', '2', '39.5', String(REPEATS - 1)]);

    const attempts = csvRows((await app.call('GET', `/api/trainer/attempts.csv?trainee=${ana.traineeId}`, { token: cohort.trainerKey })).text);
    expect(attempts[0]!.at(-1)).toBe('repeat_of');
    const repeatOf = attempts.slice(1).map((row) => row.at(-1));
    expect(repeatOf.filter((id) => id === firstBest)).toHaveLength(REPEATS - 1);
    expect(repeatOf.filter((id) => id === '')).toHaveLength(3);
  });
});
