import { describe, expect, it } from 'vitest';
import { normaliseDimension } from '../../../src/core/scoring/normalise.ts';
import { play, scenarioSource } from '../../helpers/scenario-source.ts';

describe('normalising against what the scenario can reach', () => {
  it('scores a positive dimension as earned points over the best reachable', () => {
    expect(normaliseDimension(3, -2, 4)).toBe(75);
  });

  it('floors negative totals at zero', () => {
    expect(normaliseDimension(-2, -2, 4)).toBe(0);
  });

  it('scores a penalty-only dimension from 100 down to 0 at the worst reachable path', () => {
    expect(normaliseDimension(0, -6, 0)).toBe(100);
    expect(normaliseDimension(-3, -6, 0)).toBe(50);
  });

  it('leaves a dimension nothing can move unassessed', () => {
    expect(normaliseDimension(0, 0, 0)).toBeNull();
  });

  it('gives full marks for taking either of two exclusive branches rather than half the tag sum', () => {
    const story = scenarioSource(`
Hello.
* [Ask about work #discovery: +3]
  Busy. # outcome: follow-up
  -> END
* [Ask about family #discovery: +3]
  Busy too. # outcome: follow-up
  -> END
`);
    expect(play(story, [0]).scores.discovery).toBe(100);
    expect(play(story, [1]).scores.discovery).toBe(100);
  });

  it('leaves unassessed dimensions out of the overall', () => {
    const story = scenarioSource(`
Hello.
* [Ask well #discovery: +2]
  Good. # outcome: follow-up
  -> END
* [Ask badly #discovery: -2]
  Bad. # outcome: follow-up
  -> END
`, { need: [], objection: [] });
    const run = play(story, [0]);
    expect(run.notAssessed).toContain('opening');
    expect(run.scores).toEqual({ discovery: 100 });
    expect(run.overall).toBe(100);
  });
});
