// Replies are shown in a seeded order, so "press 1 every time" is a guess, while replay keeps
// Ink's own indices and stays exact.
import { describe, expect, it } from 'vitest';
import { shownOrder } from '../../../src/core/session/reply-order.ts';
import { check, scenarioSource } from '../../helpers/scenario-source.ts';
import { Session } from '../../../src/core/session/session.ts';
import { sessionOptions } from '../../../src/core/session/scenario-bundle.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay } from '../../../src/core/session/replay.ts';

const offered = (n: number) => Array.from({ length: n }, (_, i) => ({ index: i, sourcePath: `knot.0.c-${i}` }));

describe('the order replies are shown in', () => {
  it('is a pure function of seed, step and the replies on offer', () => {
    expect(shownOrder(7, 3, offered(4))).toEqual(shownOrder(7, 3, offered(4)));
    expect([...shownOrder(7, 3, offered(4))].sort()).toEqual([0, 1, 2, 3]);
    expect(shownOrder(7, 3, offered(1))).toEqual([0]);
  });

  it('changes with the seed and the step, so the first shown is not always the first written', () => {
    const orders = new Set<string>();
    const firsts = [0, 0, 0];
    for (let seed = 0; seed < 300; seed++) {
      const order = shownOrder(seed, 0, offered(3));
      orders.add(order.join());
      firsts[order[0]!]! += 1;
    }
    expect(orders.size).toBe(6);
    for (const n of firsts) expect(n).toBeGreaterThan(70);
    expect(shownOrder(5, 0, offered(4))).not.toEqual(shownOrder(5, 1, offered(4)));
  });

  it('depends on which replies are offered', () => {
    const other = [{ index: 0, sourcePath: 'other.0.c-0' }, ...offered(3).slice(1)];
    const differs = Array.from({ length: 20 }, (_, seed) => shownOrder(seed, 2, offered(3)).join() !== shownOrder(seed, 2, other).join());
    expect(differs.some(Boolean)).toBe(true);
  });
});

const body = `
Hello.
* [First written #discovery: +1]
  One.
  -> two
* [Second written]
  Two.
  -> two
* [Third written]
  Three.
  -> two
= two
* [Again first]
  Done. # outcome: sale
  -> END
* [Again second]
  Done. # outcome: no-sale
  -> END
`;

describe('a session with shown order', () => {
  const { bundle } = check(scenarioSource(body));

  it('offers its choices in shown order and records that order on the trainee line', () => {
    const session = new Session(sessionOptions(bundle!, courseRubric, 42));
    session.start();
    const expected = shownOrder(42, 0, session.choicesWithTags);
    expect(session.choices.map((c) => c.index)).toEqual(expected);
    expect(session.shownOrder).toEqual(expected);
    session.choose(2);
    const trainee = session.transcript.find((e) => e.speaker === 'trainee')!;
    expect(trainee.choice).toBe(2);
    expect(trainee.shown).toEqual(expected);
  });

  it('replays the same Ink indices to the same result whatever order each seed showed', () => {
    const inputs = (seed: number) => ({ scenarioId: bundle!.meta.id, contentHash: bundle!.contentHash, rubricVersion: courseRubric.version, seed, choices: [0, 0] });
    const a = replay(bundle!, courseRubric, inputs(1));
    const b = replay(bundle!, courseRubric, inputs(2));
    expect(a.outcome).toBe('sale');
    expect(b.overall).toBe(a.overall);
    expect(b.evidence).toEqual(a.evidence);
    expect(JSON.stringify(replay(bundle!, courseRubric, inputs(1)))).toBe(JSON.stringify(a));
  });
});
