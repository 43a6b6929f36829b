import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay, replayReport } from '../../../src/core/session/replay.ts';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';

const FIXTURE = 'tests/fixtures/ink/tiny/en.ink';
const shuffled = scenarioSource(`
{~Hello?|Yes?|Who is it?|Speaking.}
* [Ask #discovery: +1]
  {~Fine.|Sure.|Go on.} # outcome: follow-up
  -> END
`);

function fixtureBundle() {
  const { bundle } = checkScenario({
    file: FIXTURE, source: readFileSync(FIXTURE, 'utf8'), rubric: courseRubric,
    read: (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } },
  });
  if (!bundle) throw new Error('fixture does not compile');
  return bundle;
}

describe('deterministic replay', () => {
  it('gives byte-identical JSON for the same inputs twice', () => {
    const bundle = fixtureBundle();
    const inputs = { scenarioId: 'tiny', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 7, choices: [0, 0, 0, 0] };
    const a = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs), inputs));
    const b = JSON.stringify(replayReport(replay(fixtureBundle(), courseRubric, inputs), inputs));
    expect(a).toBe(b);
  });

  it('gives the same JSON in a fresh process as in this one', () => {
    const bundle = fixtureBundle();
    const inputs = { scenarioId: 'tiny', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 3, choices: [0, 1, 0] };
    const here = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs), inputs));
    const run = (): string => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/replay.ts', FIXTURE, '--choices', '0,1,0', '--seed', '3', '--json'], { encoding: 'utf8' }).trim();
    const first = run();
    expect(first).toBe(here);
    expect(run()).toBe(first);
  });

  it('follows the seed in Ink\'s random choices, identically each time', () => {
    const { bundle } = check(shuffled);
    const texts = (seed: number): string => {
      const inputs = { scenarioId: bundle!.meta.id, contentHash: bundle!.contentHash, rubricVersion: courseRubric.version, seed, choices: [0] };
      return replay(bundle!, courseRubric, inputs).transcript.map((e) => e.text).join('/');
    };
    const bySeed = Array.from({ length: 12 }, (_, seed) => texts(seed));
    expect(bySeed).toEqual(Array.from({ length: 12 }, (_, seed) => texts(seed)));
    expect(new Set(bySeed).size).toBeGreaterThan(1);
  });

  it('refuses inputs recorded on another version of the story', () => {
    const bundle = fixtureBundle();
    const inputs = { scenarioId: 'tiny', contentHash: '0'.repeat(64), rubricVersion: courseRubric.version, seed: 0, choices: [] };
    expect(() => replay(bundle, courseRubric, inputs)).toThrow(/played on story version 000000000000/);
  });

  it('refuses inputs scored under another rubric version', () => {
    const bundle = fixtureBundle();
    const inputs = { scenarioId: 'tiny', contentHash: bundle.contentHash, rubricVersion: '0.9.0', seed: 0, choices: [] };
    expect(() => replay(bundle, courseRubric, inputs)).toThrow(/rubric 0.9.0/);
  });

  it('names the step whose choice was not offered', () => {
    const bundle = fixtureBundle();
    const inputs = { scenarioId: 'tiny', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 9] };
    expect(() => replay(bundle, courseRubric, inputs)).toThrow('step 2: choice 9 is not offered: choose 0 to 1');
  });
});
