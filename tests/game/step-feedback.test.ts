import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { Session } from '../../src/core/session/session.ts';
import { stepFeedback, stepsOf } from '../../src/game/run/step-feedback.ts';
import { aBundle } from './builders.ts';

const { bundle } = aBundle();
const session = (): Session => new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 0, bounds: bundle.bounds });

describe('stepFeedback', () => {
  it('gives the choice its own points and tips, and the reply what the customer revealed', () => {
    const s = session();
    s.start();
    const first = s.transcript.length;
    const feedback = stepFeedback({ first, ...s.choose(0) });
    expect(feedback.choice?.evidence.map((e) => e.reason)).toEqual(['technique']);
    expect(feedback.choice?.tips).toEqual(['Ask before you pitch']);
    expect(feedback.reply.map((e) => [e.reason, e.item])).toEqual([['need-revealed', 'data']]);
  });

  it('has no choice feedback for the opening', () => {
    const s = session();
    expect(stepFeedback({ first: 0, ...s.start() }).choice).toBeNull();
  });

  it('keeps a choice\'s own points apart from the outcome its reply brings', () => {
    const s = session();
    s.start();
    s.choose(0);
    s.choose(0);
    const first = s.transcript.length;
    const feedback = stepFeedback({ first, ...s.choose(0) });
    expect(feedback.choice?.evidence.map((e) => e.reason).sort()).toEqual(['close-after-signal', 'technique']);
    expect(feedback.choice?.tips).toEqual([]);
    expect(feedback.reply.map((e) => e.reason)).toEqual(['win-after-signal-close']);
  });
});

describe('stepsOf', () => {
  it('cuts a run into one step per turn with the evidence of each', () => {
    const s = session();
    const live = [{ first: 0, ...s.start() }];
    for (const index of [0, 0, 0]) {
      const first = s.transcript.length;
      live.push({ first, ...s.choose(index) });
    }
    const cut = stepsOf(s.transcript, s.evidence, s.events);
    expect(cut.map((x) => x.first)).toEqual(live.map((x) => x.first));
    expect(cut.map((x) => x.entries)).toEqual(live.map((x) => x.entries));
    expect(cut.map((x) => x.evidence)).toEqual(live.map((x) => x.evidence));
    expect(cut.map((x) => stepFeedback(x))).toEqual(live.map((x) => stepFeedback(x)));
  });
});
