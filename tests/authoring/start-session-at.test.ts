// "Play from here" in the play-test pane: a run that starts at a knot or stitch.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startSessionAt } from '../../src/core/session/start-at.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { check } from '../helpers/scenario-source.ts';

const source = readFileSync('tests/fixtures/ink/tiny/en.ink', 'utf8').replace('../../../../stories/_lib/customer.ink', '../_lib/customer.ink');
const { bundle } = check(source, 'stories/tiny/en.ink');
if (!bundle) throw new Error('the tiny fixture does not compile');
const options = { storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 0, bounds: bundle.bounds };

describe('startSessionAt', () => {
  it('plays from the beginning when the path is empty', () => {
    const { session, step } = startSessionAt(options, '');
    expect(step.entries.map((e) => e.text)).toContain('Hello?');
    expect(session.choices).toHaveLength(2);
  });

  it('jumps to a stitch and offers its choices, leaving out the opening', () => {
    const { session, step } = startSessionAt(options, 'objection');
    expect(step.entries.map((e) => e.text)).not.toContain('Hello?');
    expect(session.choices.map((c) => c.text)).toEqual(['Split the price by day', 'Say it is not expensive']);
  });

  it('plays on from the jump to an ending and scores only what was played after it', () => {
    const { session } = startSessionAt(options, 'close');
    session.choose(0);
    expect(session.ended).toBe(true);
    const result = session.result();
    expect(result.outcome).toBe('sale');
    expect(result.transcript[0]?.speaker).toBe('trainee');
    expect(result.evidence.every((e) => e.reason !== 'technique' || e.item !== 'open-question')).toBe(true);
  });

  it('refuses a path the story does not have', () => {
    expect(() => startSessionAt(options, 'no_such_knot')).toThrow(/no knot or stitch "no_such_knot"/);
  });
});
