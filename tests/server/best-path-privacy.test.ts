// No answer a trainee can get carries a best path or best scores: a trainee who could fetch the
// best replies would not need the skill the score is meant to measure (issue 10). Trainers may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join as joinPath } from 'node:path';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { checkFile } from '../../src/node/check-file.ts';
import type { Database } from '../../src/server/db/database.ts';
import { openTestPglite } from './helpers/test-databases.ts';
import { createCohort, createTestApp, join, shippedHash, submit, testStoriesDir, type Cohort, type Reply, type TestApp, type Trainee } from './helpers/test-app.ts';
import { duelSource } from './helpers/test-stories.ts';
import { playExam, startExam } from './helpers/play-exam.ts';

const FORBIDDEN = ['bestPath', 'bestScores', 'bestOverall'];

/** Every key anywhere in a JSON value, however deep. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      keysOf(v, into);
    }
  }
  return into;
}

describe('best paths and best scores', () => {
  let db: Database;
  let app: TestApp;
  let cohort: Cohort;
  let trainee: Trainee;
  let tiny: string;
  let published: string;

  beforeAll(async () => {
    db = await openTestPglite();
    app = await createTestApp(db);
    cohort = await createCohort(app, 'Privacy');
    trainee = await join(app, cohort, 'Curious');
    tiny = await shippedHash(app, trainee.token, 'tiny');
    const r = await app.call('POST', '/api/trainer/scenarios', { token: cohort.trainerKey, body: { language: 'en', source: duelSource({ id: 'pub-duel' }) } });
    published = r.body.contentHash as string;
    await playExam(app, trainee.token, { contentHash: tiny, choices: [0, 0, 0, 0] });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('are in no answer to anything a trainee token can call', async () => {
    const token = trainee.token;
    const exam = await startExam(app, token, published);
    const examUrl = `/api/exams/${exam.examId}`;
    const answers: Array<[string, Reply]> = [
      ['me', await app.call('GET', '/api/me', { token })],
      ['scenarios', await app.call('GET', '/api/scenarios', { token })],
      ['shipped version', await app.call('GET', `/api/scenarios/${tiny}`, { token })],
      ['published version', await app.call('GET', `/api/scenarios/${published}`, { token })],
      ['submit', await submit(app, token, { scenarioId: 'pub-duel', contentHash: published, choices: [0, 0, 0] })],
      ['exam resumed', await app.call('POST', '/api/exams', { token, body: { contentHash: published } })],
      ['exam turn', await app.call('POST', `${examUrl}/turns`, { token, body: { turn: 0, index: 0 } })],
      ['exam', await app.call('GET', examUrl, { token })],
      ['exam abandoned', await app.call('POST', `${examUrl}/abandon`, { token })],
      ['my assignments', await app.call('GET', '/api/me/assignments', { token })],
      ['my attempts', await app.call('GET', '/api/me/attempts', { token })],
      ['leaderboard', await app.call('GET', '/api/leaderboard?scenario=tiny', { token })],
      ['overall board', await app.call('GET', '/api/leaderboard', { token })],
      ['around me', await app.call('GET', '/api/leaderboard/around-me?scenario=tiny', { token })],
    ];
    for (const [name, reply] of answers) {
      expect([name, reply.status < 300]).toEqual([name, true]);
      const keys = keysOf(reply.body);
      for (const key of FORBIDDEN) expect([name, keys.has(key)]).toEqual([name, false]);
    }
    // The playable version is still everything a run needs.
    const version = answers[2]![1].body;
    expect(version).toMatchObject({ rubricVersion: courseRubric.version, scenarioId: 'tiny' });
    expect(Object.keys(version).sort()).toEqual(['bounds', 'contentHash', 'endingBest', 'language', 'meta', 'rubricVersion', 'scenarioId', 'since', 'source', 'storyJson', 'title']);
  });

  it('are the trainer\'s: the playable version with the trainer key has the checker\'s best path', async () => {
    const r = await app.call('GET', `/api/scenarios/${tiny}`, { token: cohort.trainerKey });
    expect(r.status).toBe(200);
    expect(r.body.bestPath).toEqual(checkFile(joinPath(testStoriesDir(), 'tiny', 'en.ink'), courseRubric).report.bestPath);
  });
});
