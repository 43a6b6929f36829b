// Crash safety: kill -9 the real server process in the middle of a burst of coach submissions and
// exams played turn by turn, restart it at once on the same data, and every acknowledged attempt
// is there exactly once; retrying any submission with its key, or any exam's turns, returns the
// original result or stores it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { checkFile } from '../../src/node/check-file.ts';
import { startPostgres, type PostgresCluster } from '../../scripts/lib/postgres-cluster.ts';
import { POSTGRES_SKIP_REASON, testPgliteDataDir } from './helpers/test-databases.ts';
import { spawnServer, type ServerProcess } from '../../scripts/lib/spawn-server.ts';
import { randomPath, seededRandom, testStoriesDir } from './helpers/test-app.ts';

const TOTAL = 240;
const CONCURRENCY = 16;
const KILL_AFTER_ACKS = 60;

/** One play of the burst: a coach run submitted whole, or an exam played on the server. */
interface Play {
  key: string;
  kind: 'coach' | 'exam';
  contentHash: string;
  choices: number[];
  /** The coach run's body for POST /api/attempts. */
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;

async function post(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: Json }> {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

async function get(url: string, path: string, token: string): Promise<Json> {
  const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as Json;
}

function plannedPlays(hashes: Record<string, string>): Play[] {
  const random = seededRandom(42);
  const bundles = ['tiny', 'duel'].map((id) => checkFile(join(testStoriesDir(), id, 'en.ink'), courseRubric).bundle!);
  return Array.from({ length: TOTAL }, (_, i) => {
    const bundle = bundles[i % 2]!;
    const seed = Math.floor(random() * 1000);
    // Ink indices: the same replies whatever seed orders them on screen, so an exam under the
    // server's own seed plays this path too.
    const choices = randomPath(bundle, seed, random);
    const key = `burst-${i.toString().padStart(4, '0')}`;
    const contentHash = hashes[bundle.meta.id]!;
    return {
      key, kind: i % 5 === 0 ? 'coach' : 'exam', contentHash, choices,
      body: { idempotencyKey: key, scenarioId: bundle.meta.id, contentHash, rubricVersion: courseRubric.version, seed, choices, mode: 'coach' },
    };
  });
}

/**
 * Plays an exam to its end from wherever it stands: every turn is sent from the first, since a
 * turn already taken with the same reply answers the exam as it stands. `examId` null starts it
 * (or resumes the trainee's open exam on the version). Throws when the connection dies.
 */
async function playExamOver(url: string, token: string, play: Play, examId: string | null, started: (examId: string) => void): Promise<Json> {
  let state = examId === null ? (await post(url, '/api/exams', { contentHash: play.contentHash }, token)).json : await get(url, `/api/exams/${examId}`, token);
  expect(state.examId, JSON.stringify(state)).toBeTypeOf('string');
  started(state.examId as string);
  for (const [turn, index] of play.choices.entries()) {
    const r = await post(url, `/api/exams/${state.examId as string}/turns`, { turn, index }, token);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    state = r.json;
  }
  expect(state, JSON.stringify(state)).toMatchObject({ status: 'finished', turn: play.choices.length });
  return state.attempt as Json;
}

async function crashDuringBurst(start: () => Promise<ServerProcess>, afterKill: () => void = () => undefined): Promise<void> {
  let server = await start();
  try {
    const cohort = (await post(server.url, '/api/cohorts', { name: 'Crash' })).json as { joinCode: string; trainerKey: string };
    // One trainee per worker: a trainee's exams on a version run one at a time (starting one
    // while another is open resumes the open one).
    const tokens: string[] = [];
    for (let w = 0; w < CONCURRENCY; w++) {
      tokens.push((await post(server.url, '/api/cohorts/join', { code: cohort.joinCode, displayName: `Worker ${w}` })).json.token as string);
    }
    const listed = await get(server.url, '/api/scenarios', tokens[0]!);
    const hashes = Object.fromEntries((listed.scenarios as Array<{ scenarioId: string; contentHash: string }>).map((s) => [s.scenarioId, s.contentHash]));
    const plan = plannedPlays(hashes);

    const owner = new Map<string, string>();
    const examIds = new Map<string, string>();
    const acked = new Map<string, Json>();
    let failed = 0;
    let next = 0;
    let killing: Promise<void> | null = null;
    const worker = async (token: string): Promise<void> => {
      while (next < plan.length) {
        const play = plan[next++]!;
        owner.set(play.key, token);
        try {
          let attempt: Json;
          if (play.kind === 'coach') {
            const r = await post(server.url, '/api/attempts', play.body, token);
            expect(r.status, JSON.stringify(r.json)).toBe(201);
            attempt = r.json;
          } else {
            attempt = await playExamOver(server.url, token, play, null, (id) => examIds.set(play.key, id));
          }
          acked.set(play.key, attempt);
          if (acked.size >= KILL_AFTER_ACKS && killing === null) killing = server.kill9();
        } catch (error) {
          if (error instanceof Error && error.name === 'AssertionError') throw error;
          failed++; // the connection died with the server: not acknowledged
        }
      }
    };
    await Promise.all(tokens.map(worker));
    await killing;
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(failed).toBeGreaterThan(0);
    // Exams the kill cut off after they started: the retries below continue them where they stood.
    expect([...examIds.keys()].filter((key) => !acked.has(key)).length).toBeGreaterThan(0);

    afterKill();
    server = await start(); // at once: nothing to wait for or clean up after a kill -9
    const storedNow = async (): Promise<Array<{ attemptId: string; idempotencyKey: string; examId: string | null }>> => {
      const stored: Array<{ attemptId: string; idempotencyKey: string; examId: string | null }> = [];
      let before: number | null = null;
      do {
        const page: Json = await get(server.url, `/api/trainer/attempts?limit=500${before === null ? '' : `&before=${before}`}`, cohort.trainerKey);
        stored.push(...(page.attempts as typeof stored));
        before = page.next as number | null;
      } while (before !== null);
      return stored;
    };
    const stored = await storedNow();
    for (const [key, attempt] of acked) {
      const same = attempt.examId === null || attempt.examId === undefined
        ? stored.filter((a) => a.idempotencyKey === key)
        : stored.filter((a) => a.examId === attempt.examId);
      expect(same.map((a) => a.attemptId)).toEqual([attempt.attemptId]);
    }

    // Everyone retries everything, as the game's offline queue and its exam Retry would.
    let created = 0;
    for (const play of plan) {
      const token = owner.get(play.key)!;
      const original = acked.get(play.key);
      if (play.kind === 'coach') {
        const r = await post(server.url, '/api/attempts', play.body, token);
        if (original) {
          expect(r.status).toBe(200);
          expect(r.json).toEqual(original);
        } else {
          expect([200, 201]).toContain(r.status);
          if (r.status === 201) created++;
        }
        continue;
      }
      const attempt = await playExamOver(server.url, token, play, examIds.get(play.key) ?? null, () => undefined);
      if (original) expect(attempt).toEqual(original);
      else created++;
    }
    expect(created).toBeGreaterThan(0);
    // Every play stored once (the dashboard's counts take identical plays once, so count rows here).
    const final = await storedNow();
    expect(final).toHaveLength(TOTAL);
    expect(new Set(final.map((a) => a.idempotencyKey)).size).toBe(TOTAL);
    expect(final.filter((a) => a.examId !== null)).toHaveLength(plan.filter((p) => p.kind === 'exam').length);

    // The leaderboard bests survived the crash consistently with the attempts.
    const board = await get(server.url, '/api/leaderboard?scenario=tiny&limit=100', cohort.trainerKey);
    const all = (await get(server.url, '/api/trainer/attempts?scenario=tiny&mode=exam&limit=500', cohort.trainerKey)).attempts as Array<{ traineeId: string; overall: number }>;
    expect((board.rows as unknown[]).length).toBeGreaterThan(0);
    for (const row of board.rows as Array<{ traineeId: string; score: number }>) {
      expect(row.score).toBe(Math.max(...all.filter((a) => a.traineeId === row.traineeId).map((a) => a.overall)));
    }
  } finally {
    await server.stop();
  }
}

describe('kill -9 during a burst of submissions', () => {
  it('keeps every acknowledged attempt exactly once on the embedded database', async () => {
    const { dataDir, remove } = await testPgliteDataDir();
    try {
      // What the old pid lock file left after a kill -9 once the pid was reused: a live pid
      // (this test's own). The lock is a socket now, so neither this nor the killed server's
      // socket file holds anyone up.
      const leftOverLock = (): void => {
        rmSync(`${dataDir}.lock`, { force: true });
        writeFileSync(`${dataDir}.lock`, String(process.pid));
      };
      await crashDuringBurst(() => spawnServer({ DATA_DIR: dataDir, STORIES_DIR: testStoriesDir() }), leftOverLock);
    } finally {
      remove();
    }
  }, 120_000);

  describe.skipIf(POSTGRES_SKIP_REASON !== null)(`on PostgreSQL${POSTGRES_SKIP_REASON ? ` — skipped: ${POSTGRES_SKIP_REASON}` : ''}`, () => {
    let cluster: PostgresCluster;
    beforeAll(async () => {
      cluster = await startPostgres();
    }, 60_000);
    afterAll(() => cluster.stop());

    it('keeps every acknowledged attempt exactly once', async () => {
      const url = await cluster.createDatabase();
      await crashDuringBurst(() => spawnServer({ DATABASE_URL: url, STORIES_DIR: testStoriesDir() }));
    }, 120_000);
  });
});
