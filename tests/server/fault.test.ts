// Crash safety: kill -9 the real server process in the middle of a burst of submissions,
// restart it at once on the same data, and every acknowledged attempt is there exactly once;
// retrying any submission with its key returns the original result or stores it once.
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

interface Submission {
  token: string;
  body: Record<string, unknown>;
}

async function post(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function get(url: string, path: string, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as Record<string, unknown>;
}

function plannedSubmissions(tokens: string[], hashes: Record<string, string>): Submission[] {
  const random = seededRandom(42);
  const bundles = ['tiny', 'duel'].map((id) => checkFile(join(testStoriesDir(), id, 'en.ink'), courseRubric).bundle!);
  return Array.from({ length: TOTAL }, (_, i) => {
    const bundle = bundles[i % 2]!;
    const seed = Math.floor(random() * 1000);
    return {
      token: tokens[i % tokens.length]!,
      body: {
        idempotencyKey: `burst-${i.toString().padStart(4, '0')}`, scenarioId: bundle.meta.id, contentHash: hashes[bundle.meta.id],
        rubricVersion: courseRubric.version, seed, choices: randomPath(bundle, seed, random), mode: i % 5 === 0 ? 'coach' : 'exam',
      },
    };
  });
}

async function crashDuringBurst(start: () => Promise<ServerProcess>, afterKill: () => void = () => undefined): Promise<void> {
  let server = await start();
  try {
    const cohort = (await post(server.url, '/api/cohorts', { name: 'Crash' })).json as { joinCode: string; trainerKey: string };
    const tokens: string[] = [];
    for (const name of ['Ann', 'Bob', 'Cai', 'Dee']) {
      tokens.push((await post(server.url, '/api/cohorts/join', { code: cohort.joinCode, displayName: name })).json.token as string);
    }
    const listed = await get(server.url, '/api/scenarios', tokens[0]!);
    const hashes = Object.fromEntries((listed.scenarios as Array<{ scenarioId: string; contentHash: string }>).map((s) => [s.scenarioId, s.contentHash]));
    const plan = plannedSubmissions(tokens, hashes);

    const acked = new Map<string, Record<string, unknown>>();
    let failed = 0;
    let next = 0;
    let killing: Promise<void> | null = null;
    const worker = async (): Promise<void> => {
      while (next < plan.length) {
        const s = plan[next++]!;
        try {
          const r = await post(server.url, '/api/attempts', s.body, s.token);
          expect(r.status, JSON.stringify(r.json)).toBe(201);
          acked.set(s.body.idempotencyKey as string, r.json);
          if (acked.size >= KILL_AFTER_ACKS && killing === null) killing = server.kill9();
        } catch (error) {
          if (error instanceof Error && error.name === 'AssertionError') throw error;
          failed++; // the connection died with the server: not acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await killing;
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(failed).toBeGreaterThan(0);

    afterKill();
    server = await start(); // at once: nothing to wait for or clean up after a kill -9
    const storedNow = async (): Promise<Array<{ attemptId: string; idempotencyKey: string }>> => {
      const stored: Array<{ attemptId: string; idempotencyKey: string }> = [];
      let before: number | null = null;
      do {
        const page: Record<string, unknown> = await get(server.url, `/api/trainer/attempts?limit=500${before === null ? '' : `&before=${before}`}`, cohort.trainerKey);
        stored.push(...(page.attempts as typeof stored));
        before = page.next as number | null;
      } while (before !== null);
      return stored;
    };
    const stored = await storedNow();
    for (const [key, attempt] of acked) {
      expect(stored.filter((a) => a.idempotencyKey === key).map((a) => a.attemptId)).toEqual([attempt.attemptId]);
    }

    // Everyone retries everything, as the game's offline queue would.
    let created = 0;
    for (const s of plan) {
      const r = await post(server.url, '/api/attempts', s.body, s.token);
      const original = acked.get(s.body.idempotencyKey as string);
      if (original) {
        expect(r.status).toBe(200);
        expect(r.json).toEqual(original);
      } else {
        expect([200, 201]).toContain(r.status);
        if (r.status === 201) created++;
      }
    }
    expect(created).toBeGreaterThan(0);
    // Every key stored once (the dashboard's counts take identical plays once, so count rows here).
    expect(new Set((await storedNow()).map((a) => a.idempotencyKey)).size).toBe(TOTAL);
    expect(await storedNow()).toHaveLength(TOTAL);

    // The leaderboard bests survived the crash consistently with the attempts.
    const board = await get(server.url, '/api/leaderboard?scenario=tiny&limit=100', cohort.trainerKey);
    const all = (await get(server.url, '/api/trainer/attempts?scenario=tiny&mode=exam&limit=500', cohort.trainerKey)).attempts as Array<{ traineeId: string; overall: number }>;
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
