import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { replay, ReplayMismatchError } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import { verifyAttempt, type Decision } from '../../../src/server/attempts/verify-attempt.ts';
import { seededRandom } from '../helpers/test-app.ts';
import { testBundle } from '../helpers/test-bundles.ts';

const rubrics: Rubric[] = [courseRubric, rubricForVersion('1.0.0')!];

/**
 * Random offered choices to the end, as a trainee might play them under that rubric, on a bare
 * Session: what each decision should record, seen independently of the replay and its hook.
 */
function walk(bundle: ScenarioBundle, rubric: Rubric, seed: number, random: () => number): { path: number[]; decisions: Decision[] } {
  const session = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric, seed, bounds: bundle.bounds });
  session.start();
  const path: number[] = [];
  const decisions: Decision[] = [];
  while (!session.ended && session.choices.length > 0) {
    const pick = session.choices[Math.floor(random() * session.choices.length)]!.index;
    const offered = session.choicesWithTags;
    const said = session.transcript.filter((e) => e.speaker !== 'trainee');
    const { evidence } = session.choose(pick);
    decisions.push({
      step: path.length,
      point: offered.map((c) => c.sourcePath).join('|'),
      prompt: said.at(-1)?.text ?? '',
      index: pick,
      text: offered[pick]!.text,
      points: evidence.reduce((sum, e) => sum + e.points, 0),
      faults: evidence.filter((e) => e.reason === 'fault').map((e) => e.item!),
    });
    path.push(pick);
  }
  return { path, decisions };
}

describe('attempt verification', () => {
  // Every test story under both rubrics, each bundle bounded under its own rubric.
  const cases = (['tiny', 'duel', 'promise'] as const).flatMap((id) => rubrics.map((rubric) => ({ rubric, bundle: testBundle(id, rubric) })));

  it('records through the replay\'s hook each decision as it was played, and the replay\'s result, for any path and seed, under either rubric', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer(), (which, seed, walkSeed) => {
      const { bundle, rubric } = cases[which]!;
      const { path: choices, decisions } = walk(bundle, rubric, seed, seededRandom(walkSeed));
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed, choices };
      const verified = verifyAttempt(bundle, rubric, inputs);
      expect(verified.result).toEqual(replay(bundle, rubric, inputs));
      expect(verified.ended).toBe(true);
      expect(verified.decisions).toEqual(decisions);
      expect(verified.decisions.map((d) => d.index)).toEqual(choices);
    }), { numRuns: 80 });
  });

  it('counts every point of the run after the opening in exactly one decision', () => {
    for (const { bundle, rubric } of cases) {
      const { path: choices } = walk(bundle, rubric, 11, seededRandom(4));
      const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 11, choices };
      const { result, decisions } = verifyAttempt(bundle, rubric, inputs);
      const firstChoice = result.transcript.findIndex((e) => e.speaker === 'trainee');
      const afterOpening = result.evidence.filter((e) => e.entry >= firstChoice);
      expect(decisions.reduce((sum, d) => sum + d.points, 0)).toBe(afterOpening.reduce((sum, e) => sum + e.points, 0));
      expect(decisions.flatMap((d) => d.faults)).toEqual(afterOpening.filter((e) => e.reason === 'fault').map((e) => e.item));
      expect(decisions.map((d) => d.text)).toEqual(result.transcript.filter((e) => e.speaker === 'trainee').map((e) => e.text));
    }
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
      const bundle = testBundle('promise', rubric);
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
    const bundle = testBundle('duel', rubrics[1]!);
    expect(() => verifyAttempt(bundle, courseRubric, {
      scenarioId: 'duel', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 0, 0],
    })).toThrow(/bounds were found under rubric 1\.0\.0, not 2\.0\.0/);
  });

  it('refuses inputs that do not fit before it looks at the bounds', () => {
    const bundle = testBundle('duel', rubrics[1]!);
    expect(() => verifyAttempt(bundle, courseRubric, {
      scenarioId: 'duel', contentHash: '0'.repeat(64), rubricVersion: courseRubric.version, seed: 0, choices: [0, 0, 0],
    })).toThrow(new ReplayMismatchError('attempt was played on story version 000000000000, not ' + bundle.contentHash.slice(0, 12)));
  });
});
