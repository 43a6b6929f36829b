import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { Session } from '../../../src/core/session/session.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';

// The shared library with the ceiling, as stories/_lib/customer.ink declares it once scenarios use it.
const CEILING_LIB = `VAR trust = 50
VAR patience = 60
VAR interest = 30
VAR trust_ceiling = 100
=== function shift(ref value, delta)
~ value = MIN(100, MAX(0, value + delta))
=== function warm(delta)
~ trust = MIN(trust_ceiling, MIN(100, MAX(0, trust + delta)))
`;

// The library every story compiled before the ceiling existed.
const OLD_LIB = `VAR trust = 50
VAR patience = 60
VAR interest = 30
=== function shift(ref value, delta)
~ value = MIN(100, MAX(0, value + delta))
`;

function session(body: string, lib = CEILING_LIB): Session {
  const { bundle, report } = check(scenarioSource(body), undefined, lib);
  if (!bundle) throw new Error(JSON.stringify(report.errors));
  return new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 0, bounds: bundle.bounds });
}

// Pitch first (a fault costing 10 trust), then three warm replies worth 15 each.
const PITCH_THEN_WARM = `
~ trust = 60
Hello?
* [Our bundle is the best deal in town. #fault: premature-pitch]
  ~ shift(trust, -10)
  Is it.
  -> warmth
* [Hello, this is Lin from the 10000 line. #technique: opener-standard]
  ~ warm(5)
  Yes?
  -> warmth
= warmth
* [Thank you for eight years with us.]
  ~ warm(15)
  ~ warm(15)
  ~ warm(15)
  {trust_ceiling == 100 && trust >= 95: Most useful call I have had in years.|Fine.} # outcome: follow-up
  -> END
`;

// A fault costing 20 trust, then trust raised with shift(), which knows nothing of the ceiling.
const PITCH_THEN_SHIFT = `
~ trust = 50
Hello?
* [Pitch #fault: premature-pitch]
  ~ shift(trust, -20)
  Hm.
  -> more
= more
* [Charm]
  ~ shift(trust, 60)
  Well. # outcome: follow-up
  -> END
`;

describe('a fault leaves its mark on the customer', () => {
  it('a fault\'s trust loss lowers the ceiling later warmth cannot pass', () => {
    const s = session(PITCH_THEN_WARM);
    s.start();
    s.choose(0);
    expect(s.customer.trust).toBe(50);
    const last = s.choose(0);
    expect(s.customer.trust).toBe(90);
    expect(last.entries.at(-1)?.text).toBe('Fine.');
  });

  it('without a fault, the same warmth reaches the top and the warmest line', () => {
    const s = session(PITCH_THEN_WARM);
    s.start();
    s.choose(1);
    const last = s.choose(0);
    expect(s.customer.trust).toBe(100);
    expect(last.entries.at(-1)?.text).toBe('Most useful call I have had in years.');
  });

  it('trust raised with shift() past the ceiling is brought back under it at the end of the turn', () => {
    const s = session(PITCH_THEN_SHIFT);
    s.start();
    s.choose(0);
    s.choose(0);
    expect(s.customer.trust).toBe(80);
  });

  it('a story compiled without the ceiling variable runs as it always did', () => {
    const s = session(PITCH_THEN_SHIFT, OLD_LIB);
    s.start();
    s.choose(0);
    s.choose(0);
    expect(s.customer.trust).toBe(90);
  });
});
