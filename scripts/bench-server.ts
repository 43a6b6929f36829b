// npm run bench:server [-- --postgres]: the cohort server under load, as a separate process.
//  1. bulk-loads 100k attempts (1,000 trainees) straight into the database, then starts the server;
//  2. leaderboard read latency (p50/p99) against GET /api/health on the same server;
//  3. verified submissions per second (each one replayed by the server) against health requests/s.
// Embedded PGlite by default (kept in .cache/bench-server so the scenario check is cached across
// runs); DATABASE_URL for an existing PostgreSQL; --postgres for a throwaway local cluster.
import { rmSync } from 'node:fs';
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { Session } from '../src/core/session/session.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open-database.ts';
import { rebuildLeaderboard } from '../src/server/leaderboard/leaderboard.ts';
import { weekStart } from '../src/server/leaderboard/week-start.ts';
import { loadShippedScenarios } from '../src/server/scenarios/load-shipped-scenarios.ts';
import { ScenarioStore } from '../src/server/scenarios/scenario-store.ts';
import { hashSecret, newSecret } from '../src/server/secrets.ts';
import { systemClock } from '../src/server/clock.ts';
import { spawnServer } from '../tests/server/helpers/server-process.ts';
import { startPostgres, type PostgresCluster } from '../tests/server/helpers/test-databases.ts';

const ATTEMPTS = 100_000;
const TRAINEES = 1_000;
const SUBMISSIONS = 600;
const CONCURRENCY = 8;
const STORIES_DIR = process.env.STORIES_DIR ?? 'stories';
const DATA_DIR = '.cache/bench-server/pglite';

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latencies(url: string, token: string, paths: string[], rounds: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const path = paths[i % paths.length]!;
    const start = performance.now();
    const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function throughput(jobs: Array<() => Promise<void>>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  }));
  return (jobs.length * 1000) / (performance.now() - start);
}

let cluster: PostgresCluster | null = null;
let databaseUrl = process.env.DATABASE_URL ?? null;
if (process.argv.includes('--postgres')) {
  cluster = await startPostgres();
  databaseUrl = await cluster.createDatabase();
}

console.log('# Server benchmark (one server process; the client runs on the other core)\n');
console.log(`database: ${databaseUrl ? 'PostgreSQL' : `embedded PGlite (${DATA_DIR})`}, stories: ${STORIES_DIR}`);

// 1. Data: a fresh cohort of 1,000 trainees and 100k attempts, loaded directly.
const db = await openDatabase({ ...DEFAULT_CONFIG, databaseUrl, dataDir: DATA_DIR });
const store = new ScenarioStore(db, systemClock);
let t0 = performance.now();
const shipped = await loadShippedScenarios(db, store, STORIES_DIR, courseRubric);
console.log(`scenarios: ${shipped.loaded.length} versions (${shipped.cached} cached) in ${fmt((performance.now() - t0) / 1000, 1)} s`);
if (shipped.loaded.length === 0) throw new Error(`no scenarios under ${STORIES_DIR}`);
await db.exec('TRUNCATE xapi_outbox, leaderboard_entries, attempt_decisions, attempts, cohort_scenarios, trainees, cohorts');

t0 = performance.now();
const cohortId = 'bench-cohort';
await db.query(`INSERT INTO cohorts (id, name, join_code, trainer_key_hash, pass_mark, created_at) VALUES ($1, 'Bench', 'BENCH234', $2, 60, now())`, [cohortId, hashSecret(newSecret('trainer'))]);
const tokens = Array.from({ length: TRAINEES }, () => newSecret('trainee'));
for (let i = 0; i < TRAINEES; i += 250) {
  const slice = tokens.slice(i, i + 250);
  await db.query(
    `INSERT INTO trainees (id, cohort_id, display_name, name_key, token_hash, created_at)
     SELECT 'bench-t' || n, $1, 'Trainee ' || n, 'trainee ' || n, h, now()
       FROM unnest($2::text[], $3::int[]) AS u (h, n)`,
    [cohortId, slice.map(hashSecret), slice.map((_, j) => i + j)],
  );
}
const versions = shipped.loaded;
const now = Date.now();
await db.query(
  `INSERT INTO attempts (id, cohort_id, trainee_id, idempotency_key, scenario_id, content_hash, language, rubric_version, seed,
                         choices, mode, outcome, overall, scores, not_assessed, techniques, faults, simulated_seconds,
                         submitted_at, week_start)
   SELECT 'bench-a' || i, $1, 'bench-t' || (i % $3), 'bulk-' || i, v.scenario_id, v.content_hash, v.language, $4, i % 1000,
          '[]'::jsonb, CASE WHEN i % 10 = 0 THEN 'coach' ELSE 'exam' END, 'sale', (i * 7919) % 101,
          jsonb_build_object('discovery', (i * 31) % 101, 'closing', (i * 17) % 101), '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 120,
          t.at, to_date($6, 'YYYY-MM-DD') - 7 * floor(extract(epoch FROM ($5::timestamptz - t.at)) / 604800)::int
     FROM generate_series(0, $2 - 1) AS i
     CROSS JOIN LATERAL (SELECT $5::timestamptz - ((i * 4021) % (56 * 86400)) * interval '1 second' AS at) t
     JOIN (SELECT row_number() OVER (ORDER BY content_hash) - 1 AS k, * FROM scenario_versions WHERE content_hash = ANY($7::text[])) v
       ON v.k = i % $8`,
  [cohortId, ATTEMPTS, TRAINEES, courseRubric.version, new Date(now).toISOString(), weekStart(now, 0), versions.map((v) => v.contentHash), versions.length],
);
await db.transaction((tx) => rebuildLeaderboard(tx));
await db.exec('ANALYZE');
const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM attempts');
console.log(`bulk load: ${fmt(n)} attempts, ${fmt(TRAINEES)} trainees in ${fmt((performance.now() - t0) / 1000, 1)} s\n`);
await db.close();

// 2. The server, as its own process.
const server = await spawnServer({ STORIES_DIR, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR }) });
try {
  const token = tokens[TRAINEES / 2]!;
  const scenario = versions[0]!.scenarioId;
  await latencies(server.url, token, ['/api/health', `/api/leaderboard?scenario=${scenario}`], 200); // warm up
  const health = await latencies(server.url, token, ['/api/health'], 2000);
  const boards = {
    [`top 10, ${scenario}, all-time`]: `/api/leaderboard?scenario=${scenario}&limit=10`,
    'top 10, overall, all-time': '/api/leaderboard?limit=10',
    'top 10, overall, this week': '/api/leaderboard?period=week&limit=10',
    [`around me ±3, ${scenario}`]: `/api/leaderboard/around-me?scenario=${scenario}&radius=3`,
  };
  console.log('## Leaderboard reads at 100k stored attempts (sequential, ms)');
  console.log(`${'request'.padEnd(40)} ${'p50'.padStart(7)} ${'p99'.padStart(7)}  p50 ÷ health p50`);
  console.log(`${'GET /api/health'.padEnd(40)} ${fmt(health.p50, 2).padStart(7)} ${fmt(health.p99, 2).padStart(7)}`);
  for (const [label, path] of Object.entries(boards)) {
    const l = await latencies(server.url, token, [path], 300);
    console.log(`${label.padEnd(40)} ${fmt(l.p50, 2).padStart(7)} ${fmt(l.p99, 2).padStart(7)}  ${fmt(l.p50 / health.p50, 1).padStart(6)}`);
  }

  // 3. Verified submissions: valid random playthroughs of the shipped scenarios.
  const random = mulberry32(7);
  const bundles = await Promise.all(versions.map(async (v) => {
    const r = await fetch(`${server.url}/api/scenarios/${v.contentHash}`, { headers: { authorization: `Bearer ${token}` } });
    return (await r.json()) as { scenarioId: string; contentHash: string; storyJson: string; meta: never; bounds: never };
  }));
  const bodies = Array.from({ length: SUBMISSIONS }, (_, i) => {
    const b = bundles[i % bundles.length]!;
    const seed = Math.floor(random() * 1e6);
    const session = new Session({ storyJson: b.storyJson, meta: b.meta, rubric: courseRubric, seed, bounds: b.bounds });
    session.start();
    const choices: number[] = [];
    while (!session.ended && session.choices.length > 0) {
      const offered = session.choices;
      const pick = offered[Math.floor(random() * offered.length)]!.index;
      session.choose(pick);
      choices.push(pick);
    }
    return {
      token: tokens[i % TRAINEES]!,
      body: JSON.stringify({ idempotencyKey: `bench-run-${i}`, scenarioId: b.scenarioId, contentHash: b.contentHash, rubricVersion: courseRubric.version, seed, choices, mode: 'exam' }),
    };
  });
  const healthRate = await throughput(Array.from({ length: 3000 }, () => async () => {
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
  }));
  const submitRate = await throughput(bodies.map((s) => async () => {
    const r = await fetch(`${server.url}/api/attempts`, {
      method: 'POST', body: s.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    });
    await r.arrayBuffer();
    if (r.status !== 201) throw new Error(`submission answered ${r.status}`);
  }));
  console.log(`\n## Throughput (${CONCURRENCY} concurrent clients)`);
  console.log(`GET /api/health:            ${fmt(healthRate).padStart(7)} requests/s`);
  console.log(`POST /api/attempts (verified by replay): ${fmt(submitRate)} submissions/s = ${fmt(submitRate / healthRate, 3)} × health`);
} finally {
  await server.stop();
  await cluster?.stop();
  if (process.argv.includes('--fresh')) rmSync(DATA_DIR, { recursive: true, force: true });
}
