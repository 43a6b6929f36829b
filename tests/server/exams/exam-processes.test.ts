// Exams live in the database, never only in a server process: real servers (scripts/serve.ts as
// child processes) killed with SIGKILL mid-exam, or two of them on one PostgreSQL, continue an
// exam at the same line and score it as the uninterrupted replay of its seed and choices does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExamState } from '../../../src/contract/exams.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.ts';
import { startPostgres, type PostgresCluster } from '../../../scripts/lib/postgres-cluster.ts';
import { contractMismatch } from '../../contract/helpers/contract-answers.ts';
import { testStoriesDir } from '../helpers/test-app.ts';
import { testBundle } from '../helpers/test-bundles.ts';
import { POSTGRES_SKIP_REASON, testPgliteDataDir } from '../helpers/test-databases.ts';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One API call over HTTP, its answer held to the contract like the in-process tests' answers. */
async function call(server: ServerProcess, method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const headers = Object.fromEntries(response.headers.entries());
  const mismatch = contractMismatch(method, path, { status: response.status, headers, text });
  if (mismatch !== null) throw new Error(`${method} ${path} answered ${response.status} outside the API contract: ${mismatch}`);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

/** A cohort with one trainee on `server`, and the shipped "duel" version's hash. */
async function trainee(server: ServerProcess, name: string): Promise<{ token: string; duel: string }> {
  const cohort = (await call(server, 'POST', '/api/cohorts', undefined, { name: `${name}'s cohort` })).body;
  const joined = (await call(server, 'POST', '/api/cohorts/join', undefined, { code: cohort.joinCode, displayName: name })).body;
  const token = joined.token as string;
  const list = (await call(server, 'GET', '/api/scenarios', token)).body.scenarios as Array<{ scenarioId: string; contentHash: string }>;
  return { token, duel: list.find((s) => s.scenarioId === 'duel')!.contentHash };
}

const take = async (server: ServerProcess, token: string, exam: ExamState, index: number): Promise<ExamState> =>
  (await call(server, 'POST', `/api/exams/${exam.examId}/turns`, token, { turn: exam.turn, index })).body as unknown as ExamState;

/** The core replay of the exam's inputs, uninterrupted: what its attempt must score. */
function uninterrupted(seed: number, choices: number[]): { overall: number; scores: Record<string, number>; outcome: string | null } {
  const bundle = testBundle('duel');
  const run = replay(bundle, courseRubric, { scenarioId: 'duel', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices });
  return { overall: run.overall, scores: run.scores, outcome: run.outcome };
}

// Introduce yourself, ask what they use data for, offer the plan now: a sale in three turns.
const SALE = [0, 0, 0];

describe('an exam on a server killed with SIGKILL mid-exam (embedded database)', () => {
  it('continues at the same turn and line on the restarted server, and scores as the uninterrupted exam', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    const env = { DATA_DIR: dataDir, STORIES_DIR: testStoriesDir() };
    let server = await spawnServer(env);
    try {
      const { token, duel } = await trainee(server, 'Crash');
      let exam = (await call(server, 'POST', '/api/exams', token, { contentHash: duel })).body as unknown as ExamState;
      exam = await take(server, token, exam, SALE[0]!);
      exam = await take(server, token, exam, SALE[1]!);
      await server.kill9();
      server = await spawnServer(env);
      const resumed = (await call(server, 'GET', `/api/exams/${exam.examId}`, token)).body as unknown as ExamState;
      expect(resumed).toEqual(exam);
      expect(resumed).toMatchObject({ status: 'open', turn: 2 });
      expect(resumed.choices.map((c) => c.index)).toContain(SALE[2]);
      const done = await take(server, token, resumed, SALE[2]!);
      expect(done.status).toBe('finished');
      expect(done.lines.slice(0, resumed.lines.length)).toEqual(resumed.lines);
      expect(done.attempt).toMatchObject({ choices: SALE, ranked: true, playedOn: 'server', examId: exam.examId });
      expect({ overall: done.attempt!.overall, scores: done.attempt!.scores, outcome: done.attempt!.outcome }).toEqual(uninterrupted(done.attempt!.seed, SALE));
    } finally {
      await server.stop();
      remove();
    }
  }, 240_000);
});

describe.skipIf(POSTGRES_SKIP_REASON !== null)(`an exam across two server processes on one PostgreSQL${POSTGRES_SKIP_REASON ? ` — skipped: ${POSTGRES_SKIP_REASON}` : ''}`, () => {
  let cluster: PostgresCluster;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    cluster = await startPostgres();
    const url = await cluster.createDatabase();
    // The first migrates the new database; the second finds it migrated.
    servers.push(await spawnServer({ DATABASE_URL: url, STORIES_DIR: testStoriesDir() }));
    servers.push(await spawnServer({ DATABASE_URL: url, STORIES_DIR: testStoriesDir() }));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await cluster?.stop();
  });

  it('starts through one, takes turns through both in turn, finishes through the other, and both rank it alike', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const { token, duel } = await trainee(a, 'Roamer');
    let exam = (await call(a, 'POST', '/api/exams', token, { contentHash: duel })).body as unknown as ExamState;
    const through = [b, a, b];
    for (const [i, server] of through.entries()) {
      exam = await take(server, token, exam, SALE[i]!);
      // Whichever process is asked next sees the turn just taken.
      const other = server === a ? b : a;
      expect((await call(other, 'GET', `/api/exams/${exam.examId}`, token)).body).toEqual(exam);
    }
    expect(exam).toMatchObject({ status: 'finished', turn: 3 });
    expect(exam.attempt).toMatchObject({ choices: SALE, ranked: true, playedOn: 'server' });
    expect({ overall: exam.attempt!.overall, scores: exam.attempt!.scores, outcome: exam.attempt!.outcome }).toEqual(uninterrupted(exam.attempt!.seed, SALE));
    const boards = await Promise.all([a, b].map(async (s) => (await call(s, 'GET', '/api/leaderboard?scenario=duel', token)).body));
    expect(boards[0]).toEqual(boards[1]);
    expect((boards[0]!.rows as Array<{ displayName: string; score: number }>).map((r) => [r.displayName, r.score])).toEqual([['Roamer', exam.attempt!.overall]]);
  }, 120_000);
});
