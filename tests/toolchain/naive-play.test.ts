// The checker plays strategies that need no skill and warns when they score: the library must
// not be winnable by pressing 1, by always picking the longest reply, or the shortest.
import { describe, expect, it } from 'vitest';
import { check, scenarioSource } from '../helpers/scenario-source.ts';
import { guessability } from '../../src/toolchain/naive-play.ts';

const longestWins = `
Hello. # reveals: data
* [Ask about the family's use of data and how it goes each month #technique: open-question]
  The kids stream. # reveals: family
  Sounds good. # signal: verbal
  * * [Shall I set up the family plan for you today then? #close: close-direct]
      Deal. # outcome: sale
      -> END
  * * [Bye]
      Bye. # outcome: no-sale
      -> END
* [Bye]
  Bye. # outcome: no-sale
  -> END
`;

const wellHidden = `
Hello.
* [What do you use the line for? #technique: open-question]
  The kids stream. # reveals: family
  Sounds good. # signal: verbal
  * * [Which start date suits you? #close: close-either-or]
      Deal. # outcome: sale
      -> END
  * * [I'll just send a leaflet.]
      Bye. # outcome: no-sale
      -> END
  * * [You must sign up today, sir. #close: close-urgency #fault: pressure]
      No. # outcome: hang-up
      -> END
* [This plan is the best there is. #fault: premature-pitch]
  Bye. # outcome: hang-up
  -> END
* [Is now a bad time, sorry? #fault: forbidden-opener]
  Yes. # outcome: hang-up
  -> END
`;

describe('the naive-strategy check', () => {
  it('reports a scenario whose best reply is always the longest as guessable', () => {
    const { report } = check(scenarioSource(longestWins));
    expect(report.naive!.longest.winRate).toBe(1);
    expect(report.naive!.longest.overall).toBeGreaterThan(50);
    const warnings = report.warnings.filter((w) => w.code === 'guessable').map((w) => w.message);
    expect(warnings.some((m) => m.includes('longest reply wins 100 %'))).toBe(true);
  });

  it('reports all four strategies with a mean overall and a win rate', () => {
    const { report } = check(scenarioSource(wellHidden));
    expect(Object.keys(report.naive!)).toEqual(['firstShown', 'longest', 'shortest', 'random']);
    for (const f of Object.values(report.naive!)) {
      expect(f.overall).toBeGreaterThanOrEqual(0);
      expect(f.winRate).toBeGreaterThanOrEqual(0);
      expect(f.winRate).toBeLessThanOrEqual(1);
    }
    expect(report.naive!.longest.winRate).toBe(0);
    expect(report.naive!.shortest.winRate).toBe(0);
  });

  it('flags a mean over 50 and any win by length, and nothing else', () => {
    const f = (overall: number, winRate = 0) => ({ overall, winRate });
    expect(guessability({ firstShown: f(50), longest: f(10), shortest: f(10), random: f(30, 0.2) })).toEqual([]);
    expect(guessability({ firstShown: f(50.1), longest: f(10), shortest: f(10), random: f(30) })).toHaveLength(1);
    expect(guessability({ firstShown: f(10), longest: f(10, 0.125), shortest: f(10), random: f(30) })).toHaveLength(1);
    expect(guessability({ firstShown: f(10), longest: f(10), shortest: f(10, 0.5), random: f(30) })).toHaveLength(1);
  });
});
