// npm run bench:server [-- --postgres]: the cohort server under load, as a separate process.
//  1. bulk-loads 100k attempts (1,000 trainees) straight into the database, then starts the server;
//  2. leaderboard read latency (p50/p99) against GET /api/health on the same server;
//  3. verified submissions per second (each one replayed by the server) against health requests/s;
//  4. mixed load for a fixed time: 20 leaderboard readers, 4 submitters and a health poller at
//     once (and the readers and poller alone, for comparison), p50/p99 per route as a ratio to
//     health measured alone in the same run, and verified submissions per second as a ratio to
//     health requests per second.
// --duration <s> sets the mixed run's length (default 15); --profile <dir> writes the server's CPU
// profile there (node --cpu-prof; open it in Chrome DevTools' Performance panel).
// Embedded PGlite by default (kept in .cache/bench-server so the scenario check is cached across
// runs); DATABASE_URL for an existing PostgreSQL; --postgres for a throwaway local cluster.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { Session } from '../src/core/session/session.ts';
import { DEFAULT_CONFIG } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open-database.ts';
import { rebuildLeaderboard } from '../src/server/leaderboard/leaderboard.ts';
import { weekStart } from '../src/server/leaderboard/week-start.ts';
import { loadShippedScenarios } from '../src/server/scenarios/load-shipped-scenarios.ts';
import { ScenarioStore } from '../src/server/scenarios/scenario-store.ts';
import { CheckerPool } from '../src/server/checking/checker-pool.ts';
import { hashSecret, newSecret } from '../src/server/secrets.ts';
import { systemClock } from '../src/server/clock.ts';
import { spawnServer } from './lib/spawn-server.ts';
import { startPostgres, type PostgresCluster } from './lib/postgres-cluster.ts';

const ATTEMPTS = 100_000;
const TRAINEES = 1_000;
/** Distinct valid playthroughs; each is submitted many times under fresh idempotency keys. */
const PATHS = 600;
const SUBMISSIONS = 4000;
const CONCURRENCY = 8;
const READERS = 20;
const SUBMITTERS = 4;
const HEALTH_POLL_MS = 10;
const READER_PAUSE_MS = 250;
const durationArg = process.argv.indexOf('--duration');
const MIXED_SECONDS = durationArg > 0 ? Number(process.argv[durationArg + 1]) : 15;
const profileArg = process.argv.indexOf('--profile');
const PROFILE_DIR = profileArg > 0 ? process.argv[profileArg + 1] : undefined;
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

/**
 * CPU seconds used by a process and all its descendants (the server runs under a supervisor), from
 * Linux /proc; null elsewhere. Unlike wall time it hardly moves with other load on the machine.
 */
function cpuSeconds(root: number | undefined): number | null {
  if (root === undefined) return null;
  try {
    const stats = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
      try {
        const fields = readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        // After the name: state, ppid, …; utime and stime are fields 14 and 15, in USER_HZ (100).
        return [{ pid: Number(d), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100 }];
      } catch {
        return []; // exited meanwhile
      }
    });
    const tree = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of stats) {
        if (tree.has(s.pid) || !tree.has(s.ppid)) continue;
        tree.add(s.pid);
        grew = true;
      }
    }
    return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.cpu, 0);
  } catch {
    return null;
  }
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
const checker = new CheckerPool(DEFAULT_CONFIG.checking);
const store = new ScenarioStore(db, systemClock, checker);
let t0 = performance.now();
const shipped = await loadShippedScenarios(db, store, checker, STORIES_DIR, courseRubric);
await checker.close();
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
                         choices, mode, played_on, outcome, overall, scores, not_assessed, techniques, faults, simulated_seconds,
                         submitted_at, week_start)
   SELECT 'bench-a' || i, $1, 'bench-t' || (i % $3), 'bulk-' || i, v.scenario_id, v.content_hash, v.language, $4, i % 1000,
          '[]'::jsonb, CASE WHEN i % 10 = 0 THEN 'coach' ELSE 'exam' END, CASE WHEN i % 10 = 0 THEN 'browser' ELSE 'server' END,
          'sale', (i * 7919) % 101,
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
const server = await spawnServer(
  { STORIES_DIR, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR }) },
  60_000,
  PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
);
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
  const paths = Array.from({ length: PATHS }, (_, i) => {
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
    return { scenarioId: b.scenarioId, contentHash: b.contentHash, seed, choices };
  });
  let submitted = 0;
  /** The next submission: a known path under a fresh key, from the next trainee in turn. */
  const nextSubmission = (): { token: string; body: string } => {
    const i = submitted++;
    const p = paths[i % PATHS]!;
    return {
      token: tokens[i % TRAINEES]!,
      // Exams are played on the server turn by turn since issue 13; a coach run costs the same verification.
      body: JSON.stringify({ idempotencyKey: `bench-run-${i}`, ...p, rubricVersion: courseRubric.version, mode: 'coach' }),
    };
  };
  const post = async (s: { token: string; body: string }): Promise<void> => {
    const r = await fetch(`${server.url}/api/attempts`, {
      method: 'POST', body: s.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    });
    const text = await r.text();
    if (r.status !== 201) throw new Error(`submission answered ${r.status}: ${text}`);
  };
  const healthRate = await throughput(Array.from({ length: 3000 }, () => async () => {
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
  }));
  const cpuBefore = cpuSeconds(server.child.pid);
  const submitRate = await throughput(Array.from({ length: SUBMISSIONS }, () => () => post(nextSubmission())));
  const cpuAfter = cpuSeconds(server.child.pid);
  console.log(`\n## Throughput (${CONCURRENCY} concurrent clients)`);
  console.log(`GET /api/health:            ${fmt(healthRate).padStart(7)} requests/s`);
  console.log(`POST /api/attempts (verified by replay): ${fmt(submitRate)} submissions/s = ${fmt(submitRate / healthRate, 3)} × health`);
  if (cpuBefore !== null && cpuAfter !== null) {
    const cpuMs = ((cpuAfter - cpuBefore) * 1000) / SUBMISSIONS;
    const cores = availableParallelism();
    console.log(`server CPU per submission (all its threads): ${fmt(cpuMs, 2)} ms, so at most ${fmt((cores * 1000) / cpuMs)} submissions/s on this machine's ${cores} cores with nothing else running`);
  }

  // 4. Mixed load: readers, submitters and a health poller at once, then the readers and poller
  //    alone for comparison. Readers pause between requests like people refreshing a board;
  //    submitters send their next attempt as soon as the last is answered.
  const get = (path: string, bearer: string) => async (): Promise<void> => {
    const r = await fetch(server.url + path, { headers: { authorization: `Bearer ${bearer}` } });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const readPaths = Object.entries(boards);
  const loadRun = async (submitters: number): Promise<{ times: Map<string, number[]>; submissions: number; cpu: number | null }> => {
    const times = new Map<string, number[]>();
    const time = async (route: string, f: () => Promise<void>): Promise<void> => {
      const start = performance.now();
      await f();
      let list = times.get(route);
      if (!list) times.set(route, list = []);
      list.push(performance.now() - start);
    };
    let submissions = 0;
    const cpu0 = cpuSeconds(server.child.pid);
    const until = performance.now() + MIXED_SECONDS * 1000;
    await Promise.all([
      ...Array.from({ length: READERS }, async (_, r) => {
        await pause((r * READER_PAUSE_MS) / READERS); // spread out, not in step
        for (let i = r; performance.now() < until; i++) {
          const [label, path] = readPaths[i % readPaths.length]!;
          await time(label, get(path, tokens[(r * 37 + i) % TRAINEES]!));
          await pause(READER_PAUSE_MS);
        }
      }),
      ...Array.from({ length: submitters }, async () => {
        while (performance.now() < until) {
          await time('POST /api/attempts', () => post(nextSubmission()));
          submissions++;
        }
      }),
      (async () => {
        while (performance.now() < until) {
          await time('GET /api/health', get('/api/health', token));
          await pause(HEALTH_POLL_MS);
        }
      })(),
    ]);
    const cpu1 = cpuSeconds(server.child.pid);
    return { times, submissions, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
  };
  const quiet = await loadRun(0);
  const mixed = await loadRun(SUBMITTERS);
  console.log(`\n## Mixed load, ${MIXED_SECONDS} s each: ${READERS} leaderboard readers (${READER_PAUSE_MS} ms between requests) + health every ${HEALTH_POLL_MS} ms, without and with ${SUBMITTERS} submitters (ms)`);
  console.log(`ratios are to GET /api/health alone (sequential, above): p50 ${fmt(health.p50, 2)}, p99 ${fmt(health.p99, 2)}`);
  const head = (label: string) => `${label.padStart(7)} ${'p50'.padStart(7)} ${'p99'.padStart(8)} ${'÷p50'.padStart(6)} ${'÷p99'.padStart(6)}`;
  console.log(`${'request'.padEnd(40)} ${head('alone')}   ${head('mixed')}`);
  const cells = (list: number[] | undefined): string => {
    if (!list || list.length === 0) return `${'—'.padStart(7)} ${''.padStart(7)} ${''.padStart(8)} ${''.padStart(6)} ${''.padStart(6)}`;
    list.sort((a, b) => a - b);
    const p50 = percentile(list, 50);
    const p99 = percentile(list, 99);
    return `${fmt(list.length).padStart(7)} ${fmt(p50, 2).padStart(7)} ${fmt(p99, 2).padStart(8)} ${fmt(p50 / health.p50, 1).padStart(6)} ${fmt(p99 / health.p99, 1).padStart(6)}`;
  };
  const routes = [...new Set([...quiet.times.keys(), ...mixed.times.keys()])].sort();
  for (const route of routes) console.log(`${route.padEnd(40)} ${cells(quiet.times.get(route))}   ${cells(mixed.times.get(route))}`);
  const mixedRate = mixed.submissions / MIXED_SECONDS;
  console.log(`verified submissions under mixed load: ${fmt(mixedRate)}/s = ${fmt(mixedRate / healthRate, 3)} × health requests/s alone`);
  if (quiet.cpu !== null && mixed.cpu !== null) {
    console.log(`server CPU busy: ${fmt((quiet.cpu / MIXED_SECONDS) * 100)} % of one core with readers alone, ${fmt((mixed.cpu / MIXED_SECONDS) * 100)} % mixed`);
  }
} finally {
  await server.stop();
  await cluster?.stop();
  if (process.argv.includes('--fresh')) rmSync(DATA_DIR, { recursive: true, force: true });
}
