// Builds the server app on a test database with a controllable clock, plus small API helpers
// that speak HTTP through Fastify's inject (no sockets).
import type { Clock } from '../../../src/core/clock.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../src/server/config.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { createApp, type CreatedApp } from '../../../src/server/start-server.ts';
import { makeStoriesDir } from './test-stories.ts';
import { contractMismatch } from '../../contract/helpers/contract-answers.ts';
import { seededRandom } from '../../../src/core/util/seeded-random.ts';

export class TestClock implements Clock {
  constructor(public ms = Date.UTC(2026, 10, 18, 12, 0, 0)) {} // a Wednesday
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

let storiesDir: string | null = null;
export const testStoriesDir = (): string => (storiesDir ??= makeStoriesDir());

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    port: 0,
    storiesDir: testStoriesDir(),
    staticDir: '.cache/no-static-dir',
    rateLimit: null,
    logLevel: 'silent',
    publicUrl: 'http://lms.example.test',
    ...overrides,
  };
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  text: string;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface TestApp extends CreatedApp {
  clock: TestClock;
  call(method: 'GET' | 'POST', url: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Reply>;
}

export async function createTestApp(db: Database, overrides: Partial<ServerConfig> = {}, clock = new TestClock()): Promise<TestApp> {
  const created = await createApp({ config: testConfig(overrides), db, clock });
  return {
    ...created,
    clock,
    async call(method, url, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const response = await created.app.inject({
        method, url, headers,
        ...(options.body === undefined ? {} : typeof options.body === 'string' ? { payload: options.body } : { payload: options.body as object }),
      });
      // Every answer is held to the API contract (src/contract): no test passes on one outside it.
      const mismatch = contractMismatch(method, url, { status: response.statusCode, headers: response.headers, text: response.body });
      if (mismatch !== null) throw new Error(`${method} ${url} answered ${response.statusCode} outside the API contract: ${mismatch}`);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(response.body) as Record<string, unknown>;
      } catch {
        body = {};
      }
      return { status: response.statusCode, body, text: response.body, headers: response.headers };
    },
  };
}

export interface Cohort {
  cohortId: string;
  joinCode: string;
  trainerKey: string;
}

export interface Trainee {
  traineeId: string;
  token: string;
  displayName: string;
}

export async function createCohort(app: TestApp, name = 'Cohort', passMark?: number): Promise<Cohort> {
  const r = await app.call('POST', '/api/cohorts', { body: passMark === undefined ? { name } : { name, passMark } });
  if (r.status !== 201) throw new Error(`create cohort: ${r.status} ${r.text}`);
  return r.body as unknown as Cohort;
}

export async function join(app: TestApp, cohort: Cohort, displayName: string): Promise<Trainee> {
  const r = await app.call('POST', '/api/cohorts/join', { body: { code: cohort.joinCode, displayName } });
  if (r.status !== 201) throw new Error(`join: ${r.status} ${r.text}`);
  return r.body as unknown as Trainee;
}

export async function shippedHash(app: TestApp, token: string, scenarioId: string): Promise<string> {
  const r = await app.call('GET', '/api/scenarios', { token });
  const found = (r.body.scenarios as Array<{ scenarioId: string; contentHash: string }>).find((s) => s.scenarioId === scenarioId);
  if (!found) throw new Error(`no scenario ${scenarioId}`);
  return found.contentHash;
}

let keyCounter = 0;
export const newKey = (): string => `key-${process.pid}-${++keyCounter}`;

export interface AttemptInput {
  scenarioId: string;
  contentHash: string;
  choices: number[];
  seed?: number;
  mode?: 'exam' | 'coach';
  idempotencyKey?: string;
  [extra: string]: unknown;
}

/**
 * A browser-submitted run: a coach run unless the input says otherwise (since issue 13 the server
 * refuses browser exams; tests that need an exam play it with playExam, ./play-exam.ts).
 */
export function attemptBody(input: AttemptInput): Record<string, unknown> {
  return { rubricVersion: courseRubric.version, seed: 0, mode: 'coach', idempotencyKey: newKey(), ...input };
}

export async function submit(app: TestApp, token: string, input: AttemptInput): Promise<Reply> {
  return app.call('POST', '/api/attempts', { token, body: attemptBody(input) });
}

/** Plays random offered choices to the end: a valid attempt, as the game would record it. */
export function randomPath(bundle: ScenarioBundle, seed: number, random: () => number): number[] {
  const session = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed, bounds: bundle.bounds });
  session.start();
  const path: number[] = [];
  while (!session.ended && session.choices.length > 0) {
    const offered = session.choices;
    const pick = offered[Math.floor(random() * offered.length)]!.index;
    session.choose(pick);
    path.push(pick);
  }
  return path;
}

/** A deterministic PRNG for tests and benchmarks: the core's own. */
export { seededRandom };
