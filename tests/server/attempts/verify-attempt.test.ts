import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay, ReplayMismatchError } from '../../../src/core/session/replay.ts';
import { checkFile } from '../../../src/node/scenario-files.ts';
import { verifyAttempt } from '../../../src/server/attempts/verify-attempt.ts';
import { randomPath, seededRandom, testStoriesDir } from '../helpers/test-app.ts';

describe('attempt verification', () => {
  const bundles = ['tiny', 'duel'].map((id) => {
    const { bundle } = checkFile(join(testStoriesDir(), id, 'en.ink'), courseRubric);
    if (!bundle) throw new Error(`${id} does not compile`);
    return bundle;
  });

  it('gives exactly the core replay\'s result for any played path and seed', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (which, seed, walk) => {
      const bundle = bundles[which]!;
      const choices = randomPath(bundle, seed, seededRandom(walk));
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices };
      const verified = verifyAttempt(bundle, courseRubric, inputs);
      expect(verified.result).toEqual(replay(bundle, courseRubric, inputs));
      expect(verified.ended).toBe(true);
      expect(verified.decisions.map((d) => d.index)).toEqual(choices);
    }), { numRuns: 60 });
  });

  it('refuses what the core replay refuses, with the same message', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }), (which, choices) => {
      const bundle = bundles[which]!;
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices };
      const outcome = (f: () => unknown): string => {
        try {
          f();
          return 'ok';
        } catch (error) {
          expect(error).toBeInstanceOf(ReplayMismatchError);
          return (error as Error).message;
        }
      };
      expect(outcome(() => verifyAttempt(bundle, courseRubric, inputs))).toBe(outcome(() => replay(bundle, courseRubric, inputs)));
    }), { numRuns: 100 });
  });
});
