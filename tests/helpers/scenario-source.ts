// Deterministic builders for scenario sources in tests: a front matter with overridable keys
// plus a story body, compiled through the same checker the build uses.
import { readFileSync } from 'node:fs';
import { checkScenario, type CheckResult } from '../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import type { RunResult } from '../../src/core/session/session.ts';

const LIB = readFileSync('stories/_lib/customer.ink', 'utf8');

export interface FrontOverrides {
  [key: string]: string | string[] | undefined;
}

const DEFAULT_FRONT: FrontOverrides = {
  id: 'test-customer',
  title: 'Test customer',
  channel: 'outbound-call',
  product: '5G plan',
  difficulty: '2',
  persona: 'Test Customer',
  'persona-style': 'analytical',
  need: ['data, Runs out of data every month', 'family, Children stream video at the same time'],
  objection: ['cost, price, Thinks it costs too much', 'locked, contract, Tied to a contract'],
};

export function scenarioSource(body: string, overrides: FrontOverrides = {}): string {
  const front = { ...DEFAULT_FRONT, ...overrides };
  const lines: string[] = [];
  for (const [key, value] of Object.entries(front)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) lines.push(`# ${key}: ${v}`);
  }
  return `${lines.join('\n')}\nINCLUDE ../_lib/customer.ink\n\n${body.trim()}\n`;
}

/** Checks a source as if it were stories/<id>/en.ink, with the real shared library beside it. */
export function check(source: string, file = 'stories/test-customer/en.ink', lib = LIB): CheckResult {
  const files: Record<string, string> = { 'stories/_lib/customer.ink': lib };
  return checkScenario({ file, source, read: (p) => files[p] ?? null, rubric: courseRubric });
}

export function play(source: string, choices: number[], seed = 0): RunResult {
  const { bundle, report } = check(source);
  if (!bundle) throw new Error(`scenario has errors: ${JSON.stringify(report.errors)}`);
  return replay(bundle, courseRubric, {
    scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices,
  });
}
