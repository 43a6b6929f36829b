import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay, replayReport } from '../../../src/core/session/replay.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { StoryBudgetError } from '../../../src/core/story/run-budget.ts';
import { seededRandom } from '../../../src/core/util/seeded-random.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';
import { compileHostile, SILENT_LOOP } from '../../helpers/hostile-stories.ts';

// Everything a run reads from Ink's state: shuffles and RANDOM (seed, previousRandom), visit and
// a tunnel and a function, temporaries and globals.
const source = scenarioSource(`
VAR asked = 0
{~Hello?|Yes?|Who is it?|Speaking.}
-> talk

=== talk ===
- (ask)
+ {asked < 3} [Ask how they use the phone #discovery: +1]
  ~ asked = asked + 1
  ~ shift(trust, RANDOM(1, 20))
  -> aside ->
  {~I stream a lot.|I run out of data.|Mostly calls.} # reveals: data
  -> ask
* {asked > 1} [Offer the plan #close: close-direct]
  {talk.ask > 2: Fine, go on.|Too soon.} # outcome: sale
  -> END
* [Say goodbye]
  {shuffle: Bye.|See you.} # outcome: follow-up
  -> END
= aside
~ temp n = double(RANDOM(1, 5))
{n > 5: Hmm.|Right.}
->->

=== function double(x)
~ return x * 2
`);

function bundleOf(src: string): ScenarioBundle {
  const { bundle, report } = check(src);
  if (!bundle) throw new Error(JSON.stringify(report.errors));
  return bundle;
}

const bundle = bundleOf(source);
const inputs = (seed: number, choices: number[]) => ({
  scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices,
});
/** A whole valid path for a seed: a seeded pick among what is on offer at each step. */
function pathFor(seed: number): number[] {
  const next = seededRandom(seed + 1);
  const s = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed });
  s.start();
  const path: number[] = [];
  for (let step = 0; !s.ended && s.choicesWithTags.length > 0 && step < 12; step++) {
    const index = Math.floor(next() * s.choicesWithTags.length);
    s.choose(index);
    path.push(index);
  }
  return path;
}
const RUNS: Array<[number, number[]]> = [
  ...[0, 1, 7, 3, 12345, 99].map((seed): [number, number[]] => [seed, pathFor(seed)]),
  [5, [0, 0, 0, 0]], [8, [0, 1]], [2, [0, 0, 2]], [41, [0, 0, 1]],
];

describe('a reused parsed story', () => {
  it('replays byte-identically to a fresh parse for several seeds and choice lists, after other runs', () => {
    const story = new Story(bundle.storyJson);
    // Dirty the Story first: a half-played run left in the middle of a conversation.
    const warmup = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 5, story });
    warmup.start();
    warmup.choose(0);
    for (const [seed, choices] of RUNS) {
      const fresh = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(seed, choices)), inputs(seed, choices)));
      const reused = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(seed, choices), { story }), inputs(seed, choices)));
      expect(reused).toBe(fresh);
    }
    // And in the reverse order, so each run follows a different one than before.
    for (const [seed, choices] of [...RUNS].reverse()) {
      const fresh = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(seed, choices)), inputs(seed, choices)));
      const reused = JSON.stringify(replayReport(replay(bundle, courseRubric, inputs(seed, choices), { story }), inputs(seed, choices)));
      expect(reused).toBe(fresh);
    }
  });

  it('shows the replay\'s hook the same steps as a fresh parse does', () => {
    const story = new Story(bundle.storyJson);
    const stepsOf = (seed: number, choices: number[], reuse: Story | undefined): string => {
      const seen: unknown[] = [];
      replay(bundle, courseRubric, inputs(seed, choices), {
        story: reuse,
        onStep: ({ session, ...step }) => seen.push({ ...step, customer: session.customer, seconds: session.seconds, ended: session.ended }),
      });
      return JSON.stringify(seen);
    };
    for (const [seed, choices] of RUNS) expect(stepsOf(seed, choices, story)).toBe(stepsOf(seed, choices, undefined));
  });

  it('gives different transcripts for different seeds, so the comparison above can fail', () => {
    const transcripts = new Set(RUNS.map(([seed]) => JSON.stringify(replay(bundle, courseRubric, inputs(seed, [0])).transcript)));
    expect(transcripts.size).toBeGreaterThan(1);
    expect(new Set(RUNS.map(([, path]) => path.join(','))).size).toBeGreaterThan(2);
  });

  it('stops an earlier run that shared it from playing on in the new run\'s state', () => {
    const story = new Story(bundle.storyJson);
    const options = { storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 1, story };
    const first = new Session(options);
    first.start();
    const second = new Session(options);
    second.start();
    expect(() => first.choose(0)).toThrow(/reused by another run: start this run again/);
    expect(() => second.choose(0)).not.toThrow();
  });

  it('is refused after a run on it was stopped by a budget, with what to do', () => {
    const hostile = compileHostile(SILENT_LOOP);
    const story = new Story(hostile.storyJson);
    const options = { ...hostile, rubric: courseRubric, seed: 0, story, budget: { steps: 5_000 } };
    const session = new Session(options);
    session.start();
    expect(() => session.choose(0)).toThrow(StoryBudgetError);
    expect(() => new Session(options)).toThrow(/cannot be reused: parse the story JSON again/);
  });
});
