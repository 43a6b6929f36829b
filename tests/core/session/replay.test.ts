import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay, replayReport, ReplayMismatchError, type ReplayStep } from '../../../src/core/session/replay.ts';
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

describe('the replay\'s per-step hook', () => {
  const bundle = fixtureBundle();
  const inputs = (seed: number, choices: number[]) => ({ scenarioId: 'tiny', contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices });
  const stepsOf = (seed: number, choices: number[]): { steps: ReplayStep[]; ended: boolean[] } => {
    const steps: ReplayStep[] = [];
    const ended: boolean[] = [];
    replay(bundle, courseRubric, inputs(seed, choices), { onStep: (s) => { steps.push(s); ended.push(s.session.ended); } });
    return { steps, ended };
  };

  it('sees the opening, then each choice, and their lines, events and evidence make up the run', () => {
    const result = replay(bundle, courseRubric, inputs(7, [0, 0, 0, 0]));
    const { steps, ended } = stepsOf(7, [0, 0, 0, 0]);
    expect(steps.map((s) => s.step)).toEqual([0, 1, 2, 3, 4]);
    expect(steps[0]).toMatchObject({ choice: null, offered: [], shownOrder: [], prompt: '', first: 0 });
    expect(steps.flatMap((s) => s.entries)).toEqual(result.transcript);
    expect(steps.flatMap((s) => s.events)).toEqual(result.events);
    expect(steps.flatMap((s) => s.evidence)).toEqual(result.evidence);
    expect(steps.map((s) => s.first)).toEqual(steps.map((_, i) => steps.slice(0, i).reduce((n, s) => n + s.entries.length, 0)));
    expect(ended).toEqual([false, false, false, false, true]);
  });

  it('shows each choice with what was on offer, the order it was shown in and the line it answered', () => {
    const result = replay(bundle, courseRubric, inputs(3, [0, 1, 0]));
    const { steps } = stepsOf(3, [0, 1, 0]);
    for (const s of steps.slice(1)) {
      const line = result.transcript[s.first]!;
      expect(line).toMatchObject({ speaker: 'trainee', choice: s.choice!.index, text: s.choice!.text, shown: [...s.shownOrder] });
      expect(s.offered.map((c) => c.index)).toEqual(s.offered.map((_, i) => i));
      expect([...s.shownOrder].sort()).toEqual(s.offered.map((c) => c.index));
      expect(s.offered[s.choice!.index]).toEqual(s.choice);
      expect(s.choice!.sourcePath).not.toBe('');
      expect(s.prompt).toBe(result.transcript.slice(0, s.first).filter((e) => e.speaker !== 'trainee').at(-1)!.text);
    }
    expect(steps.slice(1).map((s) => s.choice!.index)).toEqual([0, 1, 0]);
    expect(steps[1]!.prompt).toBe('Hello?');
    expect(steps[2]!.prompt).toBe('I run out of data every month.');
  });

  it('reads the session as it stands after each step', () => {
    const seen: Array<{ customer: unknown; seconds: number }> = [];
    replay(bundle, courseRubric, inputs(0, [0, 1]), { onStep: (s) => seen.push({ customer: s.session.customer, seconds: s.session.seconds }) });
    const { steps } = stepsOf(0, [0, 1]);
    expect(seen.map((s) => s.seconds)).toEqual(steps.map((s) => s.entries.at(-1)!.at));
    expect(seen[1]!.customer).not.toEqual(seen[0]!.customer); // the first reply shifts trust by 10
  });

  it('has seen every step before the one that fails, and none after', () => {
    const steps: number[] = [];
    expect(() => replay(bundle, courseRubric, inputs(0, [0, 9, 0]), { onStep: (s) => steps.push(s.step) })).toThrow(ReplayMismatchError);
    expect(steps).toEqual([0, 1]);
  });

  it('lets what the hook throws out as it is, not as a mismatch', () => {
    const hook = (s: ReplayStep): void => {
      if (s.step === 2) throw new RangeError('the hook\'s own');
    };
    let thrown: unknown = null;
    try {
      replay(bundle, courseRubric, inputs(0, [0, 1, 0]), { onStep: hook });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toBe('the hook\'s own');
  });

  it('leaves the run byte-identical to one without a hook', () => {
    const plain = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(5, [0, 1, 0])), inputs(5, [0, 1, 0])));
    const hooked = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(5, [0, 1, 0]), { onStep: () => {} }), inputs(5, [0, 1, 0])));
    expect(hooked).toBe(plain);
  });
});
