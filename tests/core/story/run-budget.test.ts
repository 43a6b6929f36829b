import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { Session } from '../../../src/core/session/session.ts';
import { replay, replayReport } from '../../../src/core/session/replay.ts';
import { DEFAULT_RUN_BUDGET, placeOf, runBudget, StoryBudgetError, type RunBudget } from '../../../src/core/story/run-budget.ts';
import { compileHostile, PRINTING_LOOP, SILENT_LOOP, SILENT_LOOP_AT_START, THREAD_RECURSION, TUNNEL_RECURSION } from '../../helpers/hostile-stories.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';

function stopped(source: string, budget?: Parameters<typeof runBudget>[0]): StoryBudgetError {
  const session = new Session({ ...compileHostile(source), rubric: courseRubric, seed: 0, budget });
  try {
    session.start();
    session.choose(0);
  } catch (error) {
    if (error instanceof StoryBudgetError) return error;
    throw error;
  }
  throw new Error('the story was not stopped');
}

describe('run budgets', () => {
  it('a story that loops without output is stopped naming its knot', () => {
    const error = stopped(SILENT_LOOP);
    expect(error.kind).toBe('steps');
    expect(error.limit).toBe(DEFAULT_RUN_BUDGET.steps);
    expect(error.container).toBe('spin');
    expect(error.message).toBe('the story ran 200,000 steps in knot "spin" without reaching a choice or an end');
  });

  it('a loop before the first choice is stopped on the very first advance', () => {
    const session = new Session({ ...compileHostile(SILENT_LOOP_AT_START), rubric: courseRubric, seed: 0 });
    expect(() => session.start()).toThrow(/ran 200,000 steps in knot "spin"/);
  });

  it('a tunnel that calls itself is stopped at the depth limit', () => {
    const error = stopped(TUNNEL_RECURSION);
    expect(error.kind).toBe('depth');
    expect(error.container).toBe('deeper');
    expect(error.message).toBe('tunnels or functions nested more than 100 deep in knot "deeper"');
  });

  it('a story that prints forever is stopped at the line limit', () => {
    const error = stopped(PRINTING_LOOP);
    expect(error.kind).toBe('lines');
    expect(error.limit).toBe(DEFAULT_RUN_BUDGET.lines);
    expect(error.message).toMatch(/^the story printed more than 2,000 lines in knot "chatter" without reaching a choice or an end/);
  });

  it('a thread that threads itself in is stopped', () => {
    expect(stopped(THREAD_RECURSION).container).toBe('weave');
  });

  it('takes smaller budgets from the session options', () => {
    expect(stopped(SILENT_LOOP, { steps: 1_000 })).toMatchObject({ kind: 'steps', limit: 1_000 });
    expect(stopped(TUNNEL_RECURSION, { depth: 5 })).toMatchObject({ kind: 'depth', limit: 5 });
    expect(stopped(PRINTING_LOOP, { lines: 10 })).toMatchObject({ kind: 'lines', limit: 10 });
  });

  it('counts nesting above the story itself, so a limit of n allows n tunnels inside each other', () => {
    const nested = (n: number): string => scenarioSource(`
Hello? # speaker: customer
* [Hi #opening: +1]
  -> t1 ->
  Bye. # outcome: follow-up
  -> END
${Array.from({ length: n }, (_, i) => `=== t${i + 1} ===\n${i + 1 < n ? `-> t${i + 2} ->\n` : ''}->->`).join('\n')}
`);
    const play = (budget: { depth: number }) => {
      const s = new Session({ ...compileHostile(nested(4)), rubric: courseRubric, seed: 0, budget });
      s.start();
      return s.choose(0);
    };
    expect(play({ depth: 4 }).entries.map((e) => e.text)).toContain('Bye.');
    expect(() => play({ depth: 3 })).toThrow(/nested more than 3 deep in knot "t4"/);
  });

  it('leaves the session unusable after a budget error, throwing the same error again', () => {
    const session = new Session({ ...compileHostile(SILENT_LOOP), rubric: courseRubric, seed: 0, budget: { steps: 500 } });
    session.start();
    let first: unknown;
    try {
      session.choose(0);
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(StoryBudgetError);
    expect(() => session.choose(0)).toThrow(first as Error);
  });

  it('budgets never change a normal run\'s transcript', () => {
    const source = scenarioSource(`
Hello? # speaker: customer
* [Ask how they use the phone #discovery: +2 #technique: open-question]
  -> aside ->
  I run out of data. # reveals: data
  * * [Offer the plan #close: close-direct]
      Fine. # outcome: sale
      -> END
* [Say goodbye]
  Bye. # outcome: follow-up
  -> END
=== aside ===
Let me think.
->->
`);
    const { bundle } = check(source);
    const inputs = { scenarioId: bundle!.meta.id, contentHash: bundle!.contentHash, rubricVersion: courseRubric.version, seed: 4, choices: [0, 0] };
    const report = (budget?: Partial<RunBudget>): string | null => {
      try {
        return JSON.stringify(replayReport(replay(bundle!, courseRubric, inputs, { budget }), inputs));
      } catch (error) {
        if (error instanceof StoryBudgetError) return null;
        throw error;
      }
    };
    const normal = report();
    // The tightest budget of each kind the run fits in plays it exactly as the defaults do, and
    // one less stops it.
    for (const kind of ['steps', 'depth', 'lines'] as const) {
      let lo = 1;
      let hi = 1_000;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (report({ [kind]: mid }) === null) lo = mid + 1;
        else hi = mid;
      }
      expect(report({ [kind]: lo })).toBe(normal);
      if (lo > 1) expect(report({ [kind]: lo - 1 })).toBeNull();
    }
    expect(normal).toContain('"outcome":"sale"');
  });

  it('refuses a budget that is not a positive whole number, naming it', () => {
    expect(() => runBudget({ steps: 0 })).toThrow(/run budget "steps" must be a whole number of 1 or more/);
    expect(() => runBudget({ depth: 2.5 })).toThrow(/"depth"/);
  });

  it('names knots and stitches, not labels or generated names', () => {
    expect(placeOf('spin.0.again.0')).toMatchObject({ knot: 'spin', stitch: null });
    expect(placeOf('offer.price.0.c-1')).toMatchObject({ knot: 'offer', stitch: 'price' });
    expect(placeOf('0.g-0.2')).toMatchObject({ knot: null, stitch: null });
    expect(placeOf(null)).toMatchObject({ knot: null });
  });
});
