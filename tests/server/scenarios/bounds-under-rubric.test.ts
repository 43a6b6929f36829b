// A stored version re-bounded under another rubric must get exactly what the checker would have
// found checking its source under that rubric: the same bounds, per-ending reach and best path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import { boundsUnderRubric, storyReads } from '../../../src/server/scenarios/bounds-under-rubric.ts';
import { scenarioSource } from '../../helpers/scenario-source.ts';
import { duelSource, promiseSource } from '../helpers/test-stories.ts';

const LIB = { 'stories/_lib/customer.ink': readFileSync('stories/_lib/customer.ink', 'utf8') } as Record<string, string>;
const read = (path: string): string | null => LIB[path] ?? null;
const rubric1 = rubricForVersion('1.0.0')!;

/** Two small-talk branches (sticky, so no once-only count) rejoin: only counts the story reads could tell them apart. */
const REJOIN_BODY = `
Hello? # speaker: customer
+ [Ask what they use their phone for]
  -> phone
+ [Ask how their bill looks]
  -> bill

= phone
Mostly video, to be honest.
-> next
= bill
It is about the same every month.
-> next

= next
* [Ask how often the data runs out #discovery: +2 #technique: open-question]
  Every month, around the twentieth. # reveals: data
  # signal: verbal
  -> close
* [Offer the biggest plan straight away #fault: premature-pitch]
  No, thank you. # outcome: no-sale
  -> END

= close
* [Ask whether today or tomorrow suits #close: close-either-or]
  Today then. # outcome: sale
  -> END
* [Offer to send the details #follow-up: +2]
  Send them over. # outcome: follow-up
  -> END
`;

const sources: Record<string, { file: string; source: string }> = {
  tiny: { file: 'stories/tiny/en.ink', source: readFileSync('tests/fixtures/ink/tiny/en.ink', 'utf8').replace(/^INCLUDE .*$/m, 'INCLUDE ../_lib/customer.ink') },
  duel: { file: 'stories/duel/en.ink', source: duelSource() },
  rejoin: { file: 'stories/rejoin/en.ink', source: scenarioSource(REJOIN_BODY, { id: 'rejoin', title: 'Rejoin' }) },
  promise: { file: 'stories/promise/en.ink', source: promiseSource() },
};

function checked(name: string, rubric: Rubric) {
  const { file, source } = sources[name]!;
  const result = checkScenario({ file, source, read, rubric });
  if (!result.bundle) throw new Error(`${name} has errors: ${JSON.stringify(result.report.errors)}`);
  return result;
}

describe('re-bounding a stored version under another rubric', () => {
  it('explores as few states as the checker did, given the counts the story reads', () => {
    const { file, source } = sources.rejoin!;
    const { bundle } = checked('rejoin', rubric1);
    const { report } = checked('rejoin', courseRubric);
    const reads = storyReads(file, source, read);
    expect(reads).not.toBeNull();
    // The checker's own state count is enough with the reads kept at check time...
    expect(boundsUnderRubric(bundle!, courseRubric, report.states, reads).ok).toBe(true);
    // ...and not without them (a version stored before they were kept): every visit tells states apart.
    expect(boundsUnderRubric(bundle!, courseRubric, report.states, null)).toMatchObject({ ok: false });
    const unbounded = boundsUnderRubric(bundle!, courseRubric, 250_000, null);
    const withReads = boundsUnderRubric(bundle!, courseRubric, 250_000, reads);
    expect(unbounded).toEqual(withReads);
  });

  it.each(Object.keys(sources))('finds for %s what the checker finds under each rubric', (name) => {
    for (const [from, to] of [[courseRubric, rubric1], [rubric1, courseRubric]] as const) {
      const stored = checked(name, from).bundle!;
      const expected = checked(name, to);
      const found = boundsUnderRubric(stored, to, 250_000, storyReads(sources[name]!.file, sources[name]!.source, read));
      if (!found.ok) throw new Error(found.reason);
      expect(found.bundle).toEqual(expected.bundle);
      expect(found.bundle.rubricVersion).toBe(to.version);
      expect(found.bestPath).toEqual(expected.report.bestPath);
    }
  });

  it('bounds the two rubrics differently where they differ', () => {
    const under1 = checked('promise', rubric1).bundle!;
    const under2 = boundsUnderRubric(under1, courseRubric, 250_000, storyReads(sources.promise!.file, sources.promise!.source, read));
    if (!under2.ok) throw new Error(under2.reason);
    expect(under1.endingBest).toBeUndefined();
    expect(under2.bundle.endingBest?.sale).toBeDefined();
  });

  it('refuses a story larger than the cap, saying why', () => {
    const stored = checked('duel', rubric1).bundle!;
    const found = boundsUnderRubric(stored, courseRubric, 2, null);
    expect(found).toEqual({ ok: false, reason: 'scores under rubric 2.0.0 cannot be bounded for this version: its story has more than 2 states' });
  });
});
