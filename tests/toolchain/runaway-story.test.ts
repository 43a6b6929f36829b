import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkScenario } from '../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { Diagnostic } from '../../src/core/schemas/diagnostic.ts';
import { check, scenarioSource } from '../helpers/scenario-source.ts';
import { PRINTING_LOOP, SILENT_LOOP, SILENT_LOOP_AT_START, THREAD_RECURSION, TUNNEL_RECURSION } from '../helpers/hostile-stories.ts';

/** Checks a hostile story where its id says it lives, so the folder rule holds. */
const fileOf = (source: string): string => `stories/${/^# id: (.+)$/m.exec(source)![1]}/en.ink`;
const checkHostile = (source: string) => check(source, fileOf(source));
const lineOf = (source: string, text: string): number => source.split('\n').findIndex((l) => l.trim() === text) + 1;

describe('the checker on a story that runs away', () => {
  const cases = [
    { name: 'a silent loop', source: SILENT_LOOP, knot: 'spin', message: /ran 200,000 steps in knot "spin"/ },
    { name: 'a printing loop', source: PRINTING_LOOP, knot: 'chatter', message: /printed more than 2,000 lines in knot "chatter"/ },
    { name: 'a tunnel that calls itself', source: TUNNEL_RECURSION, knot: 'deeper', message: /nested more than 100 deep in knot "deeper"/ },
    { name: 'a thread that threads itself', source: THREAD_RECURSION, knot: 'weave', message: /in knot "weave"/ },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with an error at its knot's line, and no bundle`, () => {
      const { report, bundle } = checkHostile(c.source);
      expect(bundle).toBeNull();
      const runaway = report.errors.filter((e) => e.code === 'runaway-story');
      expect(runaway).toHaveLength(1);
      expect(runaway[0]).toMatchObject({ file: fileOf(c.source), line: lineOf(c.source, `=== ${c.knot} ===`) });
      expect(runaway[0]!.message).toMatch(c.message);
      expect(runaway[0]!.message).toMatch(/after the choices 0 \(Ink indices/);
      // The report stays well-formed: every diagnostic parses, figures are plain numbers.
      for (const d of [...report.errors, ...report.warnings]) expect(Diagnostic.safeParse(d).success).toBe(true);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    });
  }

  it('refuses a loop before the first choice, saying so', () => {
    const { report, bundle } = checkHostile(SILENT_LOOP_AT_START);
    expect(bundle).toBeNull();
    expect(report.errors.find((e) => e.code === 'runaway-story')?.message).toMatch(/knot "spin".*before the first choice/);
    expect(report.states).toBe(0);
  });

  it('finds a runaway deep in the story, naming the stitch and the choices that reach it', () => {
    const source = scenarioSource(`
Hello? # speaker: customer
* [Ask #discovery: +1]
  -> offer
* [Leave]
  Bye. # outcome: follow-up
  -> END
=== offer ===
Well? # speaker: customer
* [Fine #opening: +1]
  Good. # outcome: sale
  -> END
* [Explain the price]
  -> price
= price
- (again)
-> again
`);
    const { report } = check(source);
    const error = report.errors.find((e) => e.code === 'runaway-story');
    expect(error?.message).toMatch(/in stitch "offer.price".*after the choices 0,1 /);
    expect(error?.line).toBe(lineOf(source, '= price'));
  });

  it('uses a smaller budget when asked, so a tight budget refuses a story the default allows', () => {
    const source = scenarioSource(`
Hello? # speaker: customer
* [Ask #discovery: +1]
  -> count
=== count ===
~ temp n = 0
- (again)
~ n = n + 1
{ n < 200: -> again }
Done. # outcome: follow-up
-> END
`);
    expect(check(source).bundle).not.toBeNull();
    const tight = checkScenario({
      file: 'stories/test-customer/en.ink', source, rubric: courseRubric, budget: { steps: 500 },
      read: (p) => (p === 'stories/_lib/customer.ink' ? readFileSync(p, 'utf8') : null),
    });
    expect(tight.report.errors.map((e) => e.code)).toContain('runaway-story');
    expect(tight.bundle).toBeNull();
  });
});
