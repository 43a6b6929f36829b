// Exams played on the server turn by turn (issue 13): the server picks the seed, answers each turn
// with what the trainee sees and nothing of the story, keeps the exam in the database, and stores,
// scores and ranks the attempt when the story ends — exactly as the core replay of the same seed
// and choices scores it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Attempt } from '../../../src/contract/attempts.ts';
import type { ExamState } from '../../../src/contract/exams.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay, replaySession } from '../../../src/core/session/replay.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';
import { testBundle } from '../helpers/test-bundles.ts';
import { playExam, startExam } from '../helpers/play-exam.ts';
import {
  createCohort, createTestApp, join, newKey, randomPath, seededRandom, shippedHash, submit, type Cohort, type Reply, type TestApp, type Trainee,
} from '../helpers/test-app.ts';
import { duelSource } from '../helpers/test-stories.ts';
import { scenarioSource } from '../../helpers/scenario-source.ts';

/** The customer runs out of patience after the second reply, with replies still written after it. */
const PATIENCE_BODY = `
Hello? # speaker: customer
* [Ask how they use their phone #discovery: +2 #technique: open-question]
  I run out of data every month. # reveals: data
  -> close
* [Talk over them #fault: argue]
  ~ shift(patience, -30)
  Excuse me?
  -> again

= again
* [Talk over them again #fault: argue]
  ~ shift(patience, -30)
  I have heard enough.
  -> close

= close
* [Ask whether today or tomorrow suits #close: close-either-or]
  Today then. # outcome: sale
  -> END
* [Offer to send details #follow-up: +2]
  Send them over. # outcome: follow-up
  -> END
`;

describeEachDatabase('exams played on the server', (ctx) => {
  let app: TestApp;
  let cohort: Cohort;
  let ana: Trainee;
  let ben: Trainee;
  let tiny: string;
  let duel: string;
  const bundles = { tiny: testBundle('tiny'), duel: testBundle('duel') };

  beforeAll(async () => {
    app = await createTestApp(ctx.db());
    cohort = await createCohort(app, 'Exams');
    ana = await join(app, cohort, 'Ana');
    ben = await join(app, cohort, 'Ben');
    tiny = await shippedHash(app, ana.token, 'tiny');
    duel = await shippedHash(app, ana.token, 'duel');
  });
  afterAll(() => app.close());

  const turn = (token: string, examId: string, body: unknown): Promise<Reply> => app.call('POST', `/api/exams/${examId}/turns`, { token, body });
  const state = (r: Reply): ExamState => {
    if (r.status >= 300) throw new Error(`${r.status} ${r.text}`);
    return r.body as unknown as ExamState;
  };
  const publish = async (source: string): Promise<string> => {
    const r = await app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source } });
    if (r.status !== 201 && r.status !== 200) throw new Error(`publish: ${r.status} ${r.text}`);
    return r.body.contentHash as string;
  };
  const expectScoredAsReplayed = (attempt: Attempt, bundle: ScenarioBundle): void => {
    const replayed = replay(bundle, courseRubric, {
      scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: attempt.seed, choices: attempt.choices,
    });
    expect({ overall: attempt.overall, scores: attempt.scores, outcome: attempt.outcome, redLines: attempt.redLines, outOfReach: attempt.outOfReach })
      .toEqual({ overall: replayed.overall, scores: replayed.scores, outcome: replayed.outcome, redLines: replayed.redLines, outOfReach: replayed.outOfReach });
  };

  it('scores each whole exam exactly as the core replay of its seed and choices, and ranks it', async () => {
    const random = seededRandom(13);
    for (const [id, hash] of [['tiny', tiny], ['duel', duel]] as const) {
      for (let i = 0; i < 4; i++) {
        // Which replies are on offer does not depend on the seed, only the order they are shown in.
        const choices = randomPath(bundles[id], 0, random);
        const attempt = await playExam(app, ana.token, { contentHash: hash, choices });
        expect(attempt).toMatchObject({ scenarioId: id, contentHash: hash, choices, mode: 'exam', status: 'finished', ranked: true, playedOn: 'server' });
        expect(attempt.examId).toEqual(expect.any(String));
        expectScoredAsReplayed(attempt, bundles[id]);
      }
    }
  });

  it('answers every turn with what the trainee sees: lines in order, replies in shown order, and none of the story', async () => {
    const bundle = bundles.tiny;
    const answers: string[] = [];
    let s = state(await app.call('POST', '/api/exams', { token: ben.token, body: { contentHash: tiny } }));
    answers.push(JSON.stringify(s));
    for (const index of [0, 0, 0, 0]) {
      const r = await turn(ben.token, s.examId, { turn: s.turn, index });
      answers.push(r.text);
      s = state(r);
    }
    answers.push((await app.call('GET', `/api/exams/${s.examId}`, { token: ben.token })).text);
    expect(s.status).toBe('finished');

    // What the core replay of the same inputs shows, and what it knows that must not leave the server.
    const session = replaySession(bundle, courseRubric, {
      scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: s.attempt!.seed, choices: [],
    });
    const opening = state({ status: 200, text: answers[0]!, body: JSON.parse(answers[0]!) as Record<string, unknown>, headers: {} });
    expect(opening.choices).toEqual(session.choices);
    expect(opening.lines).toEqual(session.transcript.map(({ turn: t, speaker, text, at }) => ({ turn: t, speaker, text, at })));
    const full = replay(bundle, courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: s.attempt!.seed, choices: [0, 0, 0, 0] });
    expect(s.lines.map((l) => l.text)).toEqual(full.transcript.map((e) => e.text));
    const tags = new Set(full.transcript.flatMap((e) => e.tags));
    expect(tags.size).toBeGreaterThan(5);
    const paths = new Set<string>();
    replay(bundle, courseRubric, { scenarioId: 'tiny', contentHash: tiny, rubricVersion: courseRubric.version, seed: 0, choices: [0, 0, 0, 0] }, {
      onStep: (step) => { for (const c of step.offered) paths.add(c.sourcePath); },
    });
    expect(paths.size).toBeGreaterThan(3);
    for (const text of answers) {
      expect(text).not.toContain('#');
      expect(text).not.toContain('inkVersion');
      expect(text).not.toMatch(/best_?path/i);
      expect(text).not.toMatch(/sourcePath|"tags"/);
      for (const tag of tags) expect(text).not.toContain(tag);
      for (const path of paths) expect(text).not.toContain(`"${path}"`);
    }
  });

  it('resumes an open exam: starting the version again and reading it answer the same exam at the same line', async () => {
    const first = await startExam(app, ana.token, duel);
    const after = state(await turn(ana.token, first.examId, { turn: 0, index: 0 }));
    const again = await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: duel } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(after);
    expect((await app.call('GET', `/api/exams/${first.examId}`, { token: ana.token })).body).toEqual(after);
    // Another version starts an exam of its own.
    const other = await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: tiny } });
    expect(other.status).toBe(201);
    expect(other.body.examId).not.toBe(first.examId);
    await playExam(app, ana.token, { contentHash: duel, choices: [0, 0] }); // finishes the open one
    await playExam(app, ana.token, { contentHash: tiny, choices: [1] });
  });

  it('starts one exam when the same version is started many times at once', async () => {
    const starter = await join(app, cohort, 'Starter');
    const replies = await Promise.all(Array.from({ length: 6 }, () => app.call('POST', '/api/exams', { token: starter.token, body: { contentHash: duel } })));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.examId)).size).toBe(1);
    const [open] = await ctx.db().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM exam_sessions WHERE trainee_id = $1 AND status = 'open'", [starter.traineeId]);
    expect(open!.n).toBe(1);
  });

  it('takes a retried turn as the one already taken, and refuses a stale or a skipped turn with 409 naming the current one', async () => {
    const s = await startExam(app, ben.token, tiny);
    const once = state(await turn(ben.token, s.examId, { turn: 0, index: 0 }));
    expect((await turn(ben.token, s.examId, { turn: 0, index: 0 })).body).toEqual(once);
    const stale = await turn(ben.token, s.examId, { turn: 0, index: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/turn 0 .*the exam is at turn 1/);
    const skipped = await turn(ben.token, s.examId, { turn: 3, index: 0 });
    expect(skipped.status).toBe(409);
    expect(skipped.body.error).toMatch(/turn 3 .*the exam is at turn 1/);
    const done = await playExam(app, ben.token, { contentHash: tiny, choices: [0, 0, 0] });
    expect(done.choices).toEqual([0, 0, 0, 0]);
    const late = await turn(ben.token, s.examId, { turn: 4, index: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatch(/finished at turn 4/);
    // The last turn retried still answers the finished exam, attempt and all.
    expect(state(await turn(ben.token, s.examId, { turn: 3, index: 0 })).attempt?.attemptId).toBe(done.attemptId);
  });

  it('refuses a reply that is not on offer with 422, and bad bodies with 400', async () => {
    const s = await startExam(app, ben.token, tiny);
    const r = await turn(ben.token, s.examId, { turn: 0, index: 7 });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('reply 7 is not offered at turn 0');
    expect((await turn(ben.token, s.examId, { turn: -1, index: 0 })).status).toBe(400);
    expect((await turn(ben.token, s.examId, { index: 0 })).status).toBe(400);
    expect((await app.call('GET', `/api/exams/${s.examId}`, { token: ben.token })).body.turn).toBe(0);
    await playExam(app, ben.token, { contentHash: tiny, choices: [1] });
  });

  it('answers another trainee\'s exam and an unknown id as 404, a trainer key as 403 and no token as 401', async () => {
    const s = await startExam(app, ana.token, tiny);
    for (const r of [
      await app.call('GET', `/api/exams/${s.examId}`, { token: ben.token }),
      await turn(ben.token, s.examId, { turn: 0, index: 0 }),
      await app.call('POST', `/api/exams/${s.examId}/abandon`, { token: ben.token }),
      await app.call('GET', '/api/exams/00000000-0000-4000-8000-000000000000', { token: ana.token }),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body.error).toMatch(/^no exam .* for this trainee$/);
    }
    const stranger = await join(app, await createCohort(app, 'Elsewhere'), 'Stranger');
    expect((await app.call('GET', `/api/exams/${s.examId}`, { token: stranger.token })).status).toBe(404);
    expect((await app.call('GET', `/api/exams/${s.examId}`, { token: cohort.trainerKey })).status).toBe(403);
    expect((await app.call('POST', '/api/exams', { token: cohort.trainerKey, body: { contentHash: tiny } })).status).toBe(403);
    expect((await app.call('GET', `/api/exams/${s.examId}`)).status).toBe(401);
    expect((await app.call('GET', `/api/exams/${s.examId}`, { token: ana.token })).body.turn).toBe(0);
    await playExam(app, ana.token, { contentHash: tiny, choices: [1] });
  });

  it('lets one of two racing turns win and refuses the other with 409; the same reply sent twice is one turn', async () => {
    const s = await startExam(app, ana.token, tiny);
    const [a, b] = await Promise.all([turn(ana.token, s.examId, { turn: 0, index: 0 }), turn(ana.token, s.examId, { turn: 0, index: 1 })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? state(a) : state(b);
    const read = state(await app.call('GET', `/api/exams/${s.examId}`, { token: ana.token }));
    expect(read).toEqual(winner);
    expect(read.turn).toBe(1);
    if (read.status === 'open') {
      const same = await Promise.all([1, 2, 3].map(() => turn(ana.token, s.examId, { turn: 1, index: 0 })));
      expect(same.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(same.map((r) => r.text)).size).toBe(1);
      expect(state(same[0]!).turn).toBe(2);
      await playExam(app, ana.token, { contentHash: tiny, choices: [0, 0] });
    }
    const [row] = await ctx.db().query<{ choices: number[]; turn_times: string[] }>('SELECT choices, turn_times FROM exam_sessions WHERE id = $1', [s.examId]);
    expect(row!.turn_times).toHaveLength(row!.choices.length);
  });

  it('ends the exam where the story ends it: a hang-up tag, or the customer\'s patience running out with replies still written', async () => {
    const hungUp = await playExam(app, ben.token, { contentHash: tiny, choices: [1] });
    expect(hungUp).toMatchObject({ outcome: 'hang-up', status: 'finished', ranked: true, choices: [1] });
    expectScoredAsReplayed(hungUp, bundles.tiny);

    const patience = await publish(scenarioSource(PATIENCE_BODY, { id: 'short-fuse', title: 'Short fuse' }));
    const s = await startExam(app, ben.token, patience);
    const one = state(await turn(ben.token, s.examId, { turn: 0, index: 1 }));
    expect(one.status).toBe('open');
    const two = state(await turn(ben.token, s.examId, { turn: 1, index: 0 }));
    expect(two).toMatchObject({ status: 'finished', outcome: 'hang-up', choices: [], turn: 2 });
    expect(two.attempt).toMatchObject({ outcome: 'hang-up', choices: [1, 0], ranked: true });
    expect(two.customer.patience).toBe(0);
    const late = await turn(ben.token, s.examId, { turn: 2, index: 0 });
    expect(late.status).toBe(409);
  });

  it('times the exam by the server\'s clock: each reply from the turn before, the whole from the start, and the time limit', async () => {
    const timed = await publish(duelSource({ id: 'timed-duel', title: 'Timed duel', 'time-limit': '20' }));
    const start = await startExam(app, ana.token, timed);
    expect(start).toMatchObject({ timeLimit: 20, elapsedSeconds: 0, turn: 0, startedAt: new Date(app.clock.now()).toISOString() });
    app.clock.advance(7_500);
    const one = state(await turn(ana.token, start.examId, { turn: 0, index: 0 }));
    expect(one.elapsedSeconds).toBe(7.5);
    app.clock.advance(3_000);
    await turn(ana.token, start.examId, { turn: 1, index: 0 });
    app.clock.advance(12_250);
    const done = state(await turn(ana.token, start.examId, { turn: 2, index: 0 }));
    expect(done.elapsedSeconds).toBe(22.75);
    expect(done.attempt).toMatchObject({ wallSeconds: 22.75, timeLimit: 20, overTime: true, submittedAt: new Date(app.clock.now()).toISOString() });
    const [row] = await ctx.db().query<{ turn_times_ms: number[] }>('SELECT turn_times_ms FROM attempts WHERE id = $1', [done.attempt!.attemptId]);
    expect(row!.turn_times_ms).toEqual([7_500, 3_000, 12_250]);

    const quick = await startExam(app, ana.token, timed);
    app.clock.advance(4_000);
    const within = await playExam(app, ana.token, { contentHash: timed, choices: [1] });
    expect(within).toMatchObject({ examId: quick.examId, wallSeconds: 4, timeLimit: 20, overTime: false });
    const untimed = await playExam(app, ana.token, { contentHash: duel, choices: [1] });
    expect(untimed).toMatchObject({ timeLimit: null, overTime: false });
  });

  it('abandons an exam: scored as it stood, stored abandoned and never ranked; abandoning again answers the same', async () => {
    const leaver = await join(app, cohort, 'Leaver');
    const s = await startExam(app, leaver.token, tiny);
    await turn(leaver.token, s.examId, { turn: 0, index: 0 });
    const left = await app.call('POST', `/api/exams/${s.examId}/abandon`, { token: leaver.token });
    expect(left.status).toBe(200);
    const abandoned = state(left);
    expect(abandoned).toMatchObject({ status: 'abandoned', choices: [], turn: 1 });
    expect(abandoned.attempt).toMatchObject({ status: 'abandoned', ranked: false, playedOn: 'server', choices: [0], examId: s.examId });
    expectScoredAsReplayed(abandoned.attempt!, bundles.tiny);
    expect((await app.call('POST', `/api/exams/${s.examId}/abandon`, { token: leaver.token })).body).toEqual(abandoned);
    expect((await turn(leaver.token, s.examId, { turn: 1, index: 0 })).status).toBe(409);
    const board = await app.call('GET', '/api/leaderboard?scenario=tiny', { token: leaver.token });
    expect((board.body.rows as Array<{ traineeId: string }>).map((r) => r.traineeId)).not.toContain(leaver.traineeId);
    // The next start is a new exam.
    const next = await app.call('POST', '/api/exams', { token: leaver.token, body: { contentHash: tiny } });
    expect(next.status).toBe(201);
    const finished = await playExam(app, leaver.token, { contentHash: tiny, choices: [1] });
    const over = await app.call('POST', `/api/exams/${finished.examId!}/abandon`, { token: leaver.token });
    expect(over.status).toBe(409);
  });

  it('puts finished server-played exams on the leaderboard, best first', async () => {
    const c = await createCohort(app, 'Board');
    const [low, high] = [await join(app, c, 'Low'), await join(app, c, 'High')];
    const hash = await shippedHash(app, low.token, 'duel');
    const a = await playExam(app, low.token, { contentHash: hash, choices: [0, 0, 1] });
    const b = await playExam(app, high.token, { contentHash: hash, choices: [0, 0, 0] });
    expect(b.overall).toBeGreaterThan(a.overall);
    const board = await app.call('GET', '/api/leaderboard?scenario=duel', { token: low.token });
    expect((board.body.rows as Array<{ displayName: string; score: number }>).map((r) => [r.displayName, r.score]))
      .toEqual([['High', b.overall], ['Low', a.overall]]);
  });

  it('refuses to start an exam on a version the cohort may not play, or for an assignment it is not for', async () => {
    const unknown = await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: 'f'.repeat(64) } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toBe('unknown scenario version ffffffffffff for this cohort (or retired, or hidden by its trainer)');
    const other = await createCohort(app, 'Other');
    const theirs = await app.call('POST', '/api/trainer/scenarios', { token: other.trainerKey, body: { language: 'en', source: duelSource({ id: 'their-duel' }) } });
    const refused = await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: theirs.body.contentHash } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/unknown scenario version/);

    const now = new Date(app.clock.now()).toISOString();
    const due = new Date(app.clock.now() + 7 * 86_400_000).toISOString();
    const assign = async (cohortId: string, scenarioId: string): Promise<string> => {
      const id = crypto.randomUUID();
      await ctx.db().query(
        'INSERT INTO assignments (id, cohort_id, scenario_id, pass_mark, due_at, created_at) VALUES ($1, $2, $3, 60, $4::timestamptz, $5::timestamptz)',
        [id, cohortId, scenarioId, due, now],
      );
      return id;
    };
    const forTiny = await assign(cohort.cohortId, 'tiny');
    const wrong = await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: duel, assignmentId: forTiny } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toBe(`assignment ${forTiny} is for scenario "tiny", not "duel"`);
    const elsewhere = await assign(other.cohortId, 'tiny');
    expect((await app.call('POST', '/api/exams', { token: ana.token, body: { contentHash: tiny, assignmentId: elsewhere } })).status).toBe(422);
    const started = await startExam(app, ana.token, tiny, forTiny);
    expect(started.assignmentId).toBe(forTiny);
    await playExam(app, ana.token, { contentHash: tiny, choices: [1] });
  });

  it('starts no exam on a retired publication or a hidden shipped scenario, and lets an exam open before either go on', async () => {
    const c = await createCohort(app, 'Curated');
    const member = await join(app, c, 'Member');
    const published = await app.call('POST', '/api/trainer/scenarios', { token: c.trainerKey, body: { language: 'en', source: duelSource({ id: 'retiring-duel' }) } });
    const retiring = published.body.contentHash as string;
    const shipped = await shippedHash(app, member.token, 'tiny');
    const open = await startExam(app, member.token, retiring);
    await app.call('POST', `/api/trainer/scenarios/${retiring}/retire`, { token: c.trainerKey, body: { retired: true } });
    await app.call('POST', '/api/trainer/shipped/tiny/hide', { token: c.trainerKey, body: { hidden: true } });
    expect((await app.call('POST', '/api/exams', { token: member.token, body: { contentHash: shipped } })).status).toBe(422);
    const finished = await playExam(app, member.token, { contentHash: retiring, choices: [0, 0, 0] });
    expect(finished).toMatchObject({ examId: open.examId, status: 'finished', ranked: true });
    const again = await app.call('POST', '/api/exams', { token: member.token, body: { contentHash: retiring } });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatch(/unknown scenario version/);
  });

  it('refuses an exam submitted from the browser with 422 naming /api/exams, and keeps coach runs as unranked practice', async () => {
    const r = await submit(app, ben.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 0, 0], mode: 'exam' });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('exams are played on the server, turn by turn: POST /api/exams');
    const left = await submit(app, ben.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0], mode: 'exam', abandoned: true });
    expect(left.status).toBe(422);
    const coach = await submit(app, ben.token, { scenarioId: 'tiny', contentHash: tiny, choices: [0, 0, 0, 0], mode: 'coach', idempotencyKey: newKey() });
    expect(coach.status).toBe(201);
    expect(coach.body).toMatchObject({ mode: 'coach', ranked: false, playedOn: 'browser', examId: null, wallSeconds: null, timeLimit: null, overTime: false });
  });
});
