import { describe, expect, it } from 'vitest';
import { play, scenarioSource } from '../../helpers/scenario-source.ts';

const closeAfterOptionalSignal = scenarioSource(`
Hello.
* [Show the benefit first #presentation: +1]
  That would help us a lot. # signal: verbal
  -> ask
* [Skip straight on #presentation: +1]
  Go on.
  -> ask
= ask
* [Ask for the order #close: close-direct]
  Deal. # outcome: sale
  -> END
* [Leave it there]
  Bye. # outcome: no-sale
  -> END
`);

describe('closing', () => {
  it('scores a close before any buying signal lower than the same close after one', () => {
    const afterSignal = play(closeAfterOptionalSignal, [0, 0]);
    const beforeSignal = play(closeAfterOptionalSignal, [1, 0]);
    expect(afterSignal.raw.closing).toBeGreaterThan(beforeSignal.raw.closing);
    expect(afterSignal.scores.closing).toBeGreaterThan(beforeSignal.scores.closing ?? 0);
  });

  it('counts a close before any signal as the premature-close fault', () => {
    const run = play(closeAfterOptionalSignal, [1, 0]);
    expect(run.evidence).toContainEqual(expect.objectContaining({
      dimension: 'closing', reason: 'close-before-signal', item: 'premature-close', points: -2,
    }));
  });

  it('rewards a sale after a signal-led close with the win bonus and full closing marks', () => {
    const run = play(closeAfterOptionalSignal, [0, 0]);
    expect(run.outcome).toBe('sale');
    expect(run.evidence.map((e) => e.reason)).toEqual(expect.arrayContaining(['close-after-signal', 'win-after-signal-close']));
    expect(run.scores.closing).toBe(100);
  });

  it('gives no win bonus to a sale reached without a signal-led close', () => {
    const run = play(closeAfterOptionalSignal, [1, 0]);
    expect(run.outcome).toBe('sale');
    expect(run.evidence.some((e) => e.reason === 'win-after-signal-close')).toBe(false);
  });
});

const twoNeeds = scenarioSource(`
Hello.
* [Ask about data use]
  I run out every month. # reveals: data
  -> family
* [Talk about the weather]
  Hm.
  -> family
= family
* [Ask who else uses the line]
  My kids stream all evening. # reveals: family
  Sounds good, sign me up. # outcome: sale
  -> END
* [Pitch the plan]
  Not now. # outcome: no-sale
  -> END
`);

describe('need discovery', () => {
  it('gives full discovery when both declared needs are revealed', () => {
    expect(play(twoNeeds, [0, 0]).scores.discovery).toBe(100);
  });

  it('gives half discovery when one of two needs is revealed', () => {
    expect(play(twoNeeds, [1, 0]).scores.discovery).toBe(50);
  });

  it('counts a need once however often the customer repeats it', () => {
    const repeats = scenarioSource(`
I run out of data. # reveals: data
* [Ask again]
  Like I said, I run out. # reveals: data
  Fine, sign me up. # outcome: sale
  -> END
`);
    const run = play(repeats, [0]);
    expect(run.evidence.filter((e) => e.reason === 'need-revealed')).toHaveLength(1);
  });
});

describe('objections', () => {
  const story = scenarioSource(`
That is too expensive. # raises: cost
* [Split the price by day #technique: price-daily-split]
  Put like that, it is fine. # resolved: cost
  Yes, go ahead. # outcome: sale
  -> END
* [Change the subject]
  Goodbye then. # outcome: no-sale
  -> END
`);

  it('rewards a resolved objection', () => {
    const run = play(story, [0]);
    expect(run.evidence).toContainEqual(expect.objectContaining({ reason: 'objection-resolved', item: 'cost', points: 3 }));
  });

  it('costs objection points when a raised objection is still open at the outcome', () => {
    const run = play(story, [1]);
    expect(run.evidence).toContainEqual(expect.objectContaining({ reason: 'objection-left-open', item: 'cost', points: -2 }));
    expect(run.scores.objections).toBe(0);
  });
});

describe('techniques and faults', () => {
  const story = scenarioSource(`
Hello.
* [Ask an open question #technique: open-question]
  Well, let me think.
  -> again
= again
* [Ask another open question #technique: open-question]
  Fine. # outcome: follow-up
  -> END
* [Promise free data forever #fault: false-promise]
  Really? Then yes. # outcome: sale
  -> END
`);

  it('credits a technique to its rubric dimension once, however often it is used', () => {
    const run = play(story, [0, 0]);
    const credits = run.evidence.filter((e) => e.reason === 'technique' && e.item === 'open-question');
    expect(credits).toHaveLength(1);
    expect(credits[0]?.dimension).toBe('discovery');
  });

  it('charges a fault to its rubric dimension', () => {
    const run = play(story, [0, 1]);
    expect(run.evidence).toContainEqual(expect.objectContaining({ reason: 'fault', item: 'false-promise', dimension: 'conduct', points: -4 }));
    expect(run.scores.conduct).toBe(0);
  });

  it('keeps a penalty-only dimension at full marks when no fault is committed', () => {
    expect(play(story, [0, 0]).scores.conduct).toBe(100);
  });

  it('ties every point to its transcript line, tag and rubric item', () => {
    const run = play(story, [0, 1]);
    const fault = run.evidence.find((e) => e.reason === 'fault');
    expect(fault?.tag).toBe('fault: false-promise');
    expect(run.transcript[fault!.entry]).toMatchObject({ speaker: 'trainee', text: 'Promise free data forever', choice: 1 });
  });
});
