// Rubric 2.0.0 judges each reply in its context: what else the reply did, what the customer had
// said before, and which ending the run reached. Each rule is pinned here by its behaviour.
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { buildCourseRubric, courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay } from '../../../src/core/session/replay.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import type { RunResult } from '../../../src/core/session/session.ts';
import { readFileSync } from 'node:fs';
import { scenarioSource } from '../../helpers/scenario-source.ts';

const LIB = readFileSync('stories/_lib/customer.ink', 'utf8');

function playUnder(rubric: Rubric, body: string, choices: number[]): RunResult {
  const source = scenarioSource(body);
  const { bundle, report } = checkScenario({
    file: 'stories/test-customer/en.ink', source, read: (p) => (p === 'stories/_lib/customer.ink' ? LIB : null), rubric,
  });
  if (!bundle) throw new Error(JSON.stringify(report.errors));
  return replay(bundle, rubric, { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices });
}
const play = (body: string, choices: number[]): RunResult => playUnder(courseRubric, body, choices);
const v1 = buildCourseRubric('1.0.0');

const reasons = (run: RunResult): string[] => run.evidence.map((e) => `${e.reason}:${e.item ?? e.tag}:${e.points}`);

describe('scoring in context (rubric 2.0.0)', () => {
  it('a fault on a reply cancels that reply\'s technique credit', () => {
    const body = `
Hi.
* [Ask what bothers them, and where they live #technique: open-question #fault: intrusive-question]
  Hm. # outcome: no-sale
  -> END
* [Leave]
  Bye. # outcome: no-sale
  -> END
`;
    const run = play(body, [0]);
    expect(reasons(run)).toContain('credit-cancelled:open-question:0');
    expect(reasons(run)).toContain('fault:intrusive-question:-2');
    expect(run.raw.discovery).toBe(-2);
    // Under 1.0.0 the same reply still earned its technique.
    expect(playUnder(v1, body, [0]).raw.discovery).toBe(0);
  });

  it('a close that also pressures earns no closing credit, even after a buying signal', () => {
    const body = `
Sounds good. # signal: verbal
* [Sign now or lose it #close: close-urgency #fault: pressure]
  Fine. # outcome: sale
  -> END
* [Leave]
  Bye. # outcome: no-sale
  -> END
`;
    const run = play(body, [0]);
    expect(run.evidence.filter((e) => e.dimension === 'closing' && e.points > 0)).toEqual([]);
    expect(reasons(run)).toContain('credit-cancelled:close-urgency:0');
    expect(run.redLines).toEqual(['pressure']);
  });

  it('a presentation technique earns only once a need has been revealed', () => {
    const body = `
Hi.
* [Pitch the plan with figures #technique: fabe]
  I see. # reveals: data
  * * [Pitch it again with figures #technique: fabe]
      Good. # outcome: no-sale
      -> END
* [Ask first]
  I run out of data. # reveals: data
  * * [Pitch the plan with figures #technique: fabe]
      Good. # outcome: no-sale
      -> END
`;
    const early = play(body, [0, 0]);
    expect(reasons(early)[0]).toBe('technique-before-need:fabe:0');
    // Not used up: the same technique earns once a need is out.
    expect(reasons(early)).toContain('technique:fabe:3');
    const late = play(body, [1, 0]);
    expect(reasons(late)).toContain('technique:fabe:3');
    expect(reasons(late).some((r) => r.startsWith('technique-before-need'))).toBe(false);
  });

  it('a close counts as signal-led only if a buying signal came after the last objection raised', () => {
    const body = `
That sounds useful. # signal: verbal
But it costs too much. # raises: cost
* [Close now #close: close-direct]
  Hm, fine. # outcome: sale
  -> END
* [Answer the price]
  Oh, that is fair. # resolved: cost
  Yes, that works for me. # signal: verbal
  * * [Close now #close: close-direct]
      Deal. # outcome: sale
      -> END
`;
    const before = play(body, [0]);
    expect(reasons(before)).toContain('close-before-signal:premature-close:-2');
    expect(before.evidence.some((e) => e.reason === 'win-after-signal-close')).toBe(false);
    const after = play(body, [1, 0]);
    expect(reasons(after)).toContain('close-after-signal:close-direct:3');
    expect(reasons(after)).toContain('win-after-signal-close:sale:3');
    // 1.0.0 took any earlier signal as enough.
    expect(reasons(playUnder(v1, body, [0]))).toContain('close-after-signal:close-direct:3');
  });

  it('ending after a buying signal with no close attempt is the no-close fault, found without a tag', () => {
    const body = `
Tell me more, this sounds good. # signal: verbal
* [Thank them and say goodbye]
  Oh. Bye then. # outcome: no-sale
  -> END
* [Ask for the order #close: close-direct]
  Yes. # outcome: sale
  -> END
* [Say nothing of it #fault: no-close]
  Bye. # outcome: no-sale
  -> END
`;
    expect(reasons(play(body, [0]))).toContain('fault:no-close:-2');
    expect(play(body, [0]).evidence.filter((e) => e.item === 'no-close')).toHaveLength(1);
    expect(play(body, [1]).evidence.some((e) => e.item === 'no-close')).toBe(false);
    // An author's own no-close tag is not doubled by the engine.
    expect(play(body, [2]).evidence.filter((e) => e.item === 'no-close')).toHaveLength(1);
    expect(playUnder(v1, body, [0]).evidence.some((e) => e.item === 'no-close')).toBe(false);
  });

  it('any red line caps the overall at 40, whatever the outcome', () => {
    const body = `
Hi. # reveals: data
* [Promise coverage everywhere, which is not true #discovery: +4 #fault: false-promise]
  Great! # signal: verbal
  * * [Close #close: close-direct]
      Deal. # outcome: sale
      -> END
* [Be straight about coverage #discovery: +4 #technique: honest-answer]
  Fair enough. # signal: verbal
  * * [Close #close: close-direct]
      Deal. # outcome: sale
      -> END
`;
    const lie = play(body, [0, 0]);
    expect(lie.outcome).toBe('sale');
    expect(lie.redLines).toEqual(['false-promise']);
    expect(lie.overall).toBeLessThanOrEqual(40);
    expect(lie.uncapped).toBeGreaterThan(40);
    const honest = play(body, [1, 0]);
    expect(honest.redLines).toEqual([]);
    expect(honest.overall).toBeGreaterThan(lie.overall);
    // 1.0.0 had no cap.
    expect(playUnder(v1, body, [0, 0]).overall).toBeGreaterThan(40);
  });

  it('conduct weighs 2 in the overall', () => {
    expect(courseRubric.dimensions.find((d) => d.id === 'conduct')?.weight).toBe(2);
    expect(v1.dimensions.find((d) => d.id === 'conduct')?.weight).toBe(1);
  });

  it('a won sale is not scored 0 on a dimension only other endings can earn', () => {
    const body = `
Hi. # reveals: data
Sounds good. # signal: verbal
* [Ask for the order #close: close-direct]
  Deal. # outcome: sale
  -> END
* [Offer to call back on Friday with a proposal #technique: follow-up-plan]
  OK, Friday. # outcome: follow-up
  -> END
`;
    const sale = play(body, [0]);
    expect(sale.outcome).toBe('sale');
    expect(sale.outOfReach).toEqual(['follow-up']);
    expect(sale.scores['follow-up']).toBeUndefined();
    expect(sale.overall).toBe(100);
    // A run that does not win is still marked on everything it could have earned.
    const later = play(body, [1]);
    expect(later.outOfReach).toEqual([]);
    expect(later.scores.closing).toBe(0);
  });

  it('a penalty avoidable on the way to a win still counts on a dimension that ending cannot earn', () => {
    const body = `
Hi. # reveals: data
Sounds good. # signal: verbal
* [Ask for the order #close: close-direct]
  Deal. # outcome: sale
  -> END
* [Ask for the order and skip the next step #close: close-direct #follow-up: -2]
  Deal. # outcome: sale
  -> END
* [Offer to call back on Friday with a proposal #technique: follow-up-plan]
  OK, Friday. # outcome: follow-up
  -> END
`;
    expect(play(body, [0]).outOfReach).toEqual(['follow-up']);
    const sloppy = play(body, [1]);
    expect(sloppy.outOfReach).toEqual([]);
    expect(sloppy.scores['follow-up']).toBe(0);
  });
});
