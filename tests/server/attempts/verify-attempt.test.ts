import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { replay, ReplayMismatchError } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import { readSource } from '../../../src/node/scenario-files.ts';
import { verifyAttempt } from '../../../src/server/attempts/verify-attempt.ts';
import { seededRandom, testStoriesDir } from '../helpers/test-app.ts';
import { promiseSource } from '../helpers/test-stories.ts';

const rubrics: Rubric[] = [courseRubric, rubricForVersion('1.0.0')!];

function bundleOf(id: string, rubric: Rubric): ScenarioBundle {
  const file = id === 'promise' ? 'stories/promise/en.ink' : join(testStoriesDir(), id, 'en.ink');
  const source = id === 'promise' ? promiseSource() : readFileSync(file, 'utf8');
  const library = readSource();
  const { bundle } = checkScenario({ file, source, read: (p) => library(p.replace(/^stories\/_lib\//, `${testStoriesDir()}/_lib/`)), rubric });
  if (!bundle) throw new Error(`${id} does not compile`);
  return bundle;
}

/** Random offered choices to the end, as a trainee might play them under that rubric. */
function walk(bundle: ScenarioBundle, rubric: Rubric, seed: number, random: () => number): number[] {
  const session = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric, seed, bounds: bundle.bounds });
  session.start();
  const path: number[] = [];
  while (!session.ended && session.choices.length > 0) {
    const pick = session.choices[Math.floor(random() * session.choices.length)]!.index;
    session.choose(pick);
    path.push(pick);
  }
  return path;
}

describe('attempt verification', () => {
  // Every test story under both rubrics, each bundle bounded under its own rubric.
  const cases = ['tiny', 'duel', 'promise'].flatMap((id) => rubrics.map((rubric) => ({ rubric, bundle: bundleOf(id, rubric) })));

  it('gives exactly the core replay\'s result for any played path and seed, under either rubric', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (which, seed, walkSeed) => {
      const { bundle, rubric } = cases[which]!;
      const choices = walk(bundle, rubric, seed, seededRandom(walkSeed));
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed, choices };
      const verified = verifyAttempt(bundle, rubric, inputs);
      expect(verified.result).toEqual(replay(bundle, rubric, inputs));
      expect(verified.ended).toBe(true);
      expect(verified.decisions.map((d) => d.index)).toEqual(choices);
    }), { numRuns: 80 });
  });

  it('scores a left run as it stood, as the core replay does', () => {
    const { bundle, rubric } = cases[0]!;
    const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 3, choices: [0] };
    const verified = verifyAttempt(bundle, rubric, inputs);
    expect(verified.ended).toBe(false);
    expect(verified.result).toEqual(replay(bundle, rubric, inputs));
  });

  it('carries the red lines: the false promise caps the sale under 2.0.0 and not under 1.0.0', () => {
    const [under2, under1] = rubrics.map((rubric) => {
      const bundle = bundleOf('promise', rubric);
      return verifyAttempt(bundle, rubric, { scenarioId: 'promise', contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices: [0, 1, 0] }).result;
    });
    expect(under2!.redLines).toEqual(['false-promise']);
    expect(under2!.overall).toBeLessThanOrEqual(40);
    expect(under2!.uncapped).toBeGreaterThan(40);
    expect(under1!.redLines).toEqual([]);
    expect(under1!.overall).toBeGreaterThan(40);
  });

  it('refuses what the core replay refuses, with the same message', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }), (which, choices) => {
      const { bundle, rubric } = cases[which]!;
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices };
      const outcome = (f: () => unknown): string => {
        try {
          f();
          return 'ok';
        } catch (error) {
          expect(error).toBeInstanceOf(ReplayMismatchError);
          return (error as Error).message;
        }
      };
      expect(outcome(() => verifyAttempt(bundle, rubric, inputs))).toBe(outcome(() => replay(bundle, rubric, inputs)));
    }), { numRuns: 100 });
  });

  it('will not score against bounds found under another rubric', () => {
    const bundle = bundleOf('duel', rubrics[1]!);
    expect(() => verifyAttempt(bundle, courseRubric, {
      scenarioId: 'duel', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 0, 0],
    })).toThrow(/bounds were found under rubric 1\.0\.0, not 2\.0\.0/);
  });
});
