// Each exam request replays the exam so far, so one trainee's are limited per minute, apart from
// (and more generously than) their submissions: RATE_LIMIT_SUBMIT × EXAM_REQUESTS_PER_SUBMISSION.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { EXAM_REQUESTS_PER_SUBMISSION } from '../../../src/server/routes/exam-routes.ts';
import { openTestPglite } from '../helpers/test-databases.ts';
import { startExam } from '../helpers/play-exam.ts';
import { createCohort, createTestApp, join, shippedHash, submit } from '../helpers/test-app.ts';

describe('how often one trainee may make exam requests', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestPglite();
  }, 120_000);
  afterAll(() => db.close());

  it('refuses a trainee over the exam limit with 429 and a reason, counted apart from submissions and from other trainees', async () => {
    const app = await createTestApp(db, { rateLimit: { max: 1000, createMax: 100 }, submitRateLimit: 2 });
    try {
      const c = await createCohort(app);
      const [ana, ben] = [await join(app, c, 'Ana'), await join(app, c, 'Ben')];
      const tiny = await shippedHash(app, ana.token, 'tiny');
      const limit = 2 * EXAM_REQUESTS_PER_SUBMISSION;
      const exam = await startExam(app, ana.token, tiny);
      const reads = [];
      for (let i = 1; i <= limit; i++) reads.push(await app.call('GET', `/api/exams/${exam.examId}`, { token: ana.token }));
      expect(reads.map((r) => r.status)).toEqual([...Array.from({ length: limit - 1 }, () => 200), 429]);
      expect(reads.at(-1)!.body.error).toMatch(new RegExp(`^too many exam requests from this trainee: at most ${limit} a minute; retry in \\d+ s$`));
      expect(reads.at(-1)!.headers['retry-after']).toMatch(/^\d+$/);
      expect((await app.call('POST', `/api/exams/${exam.examId}/turns`, { token: ana.token, body: { turn: 0, index: 0 } })).status).toBe(429);
      // Submissions have their own allowance, and another trainee theirs.
      expect((await submit(app, ana.token, { scenarioId: 'tiny', contentHash: tiny, choices: [1], mode: 'coach' })).status).toBe(201);
      expect((await startExam(app, ben.token, tiny)).turn).toBe(0);
    } finally {
      await app.close();
    }
  });
});
