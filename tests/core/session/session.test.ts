import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { Session } from '../../../src/core/session/session.ts';
import { check, play, scenarioSource } from '../../helpers/scenario-source.ts';

function session(body: string): Session {
  const { bundle, report } = check(scenarioSource(body));
  if (!bundle) throw new Error(JSON.stringify(report.errors));
  return new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed: 0, bounds: bundle.bounds });
}

describe('a run of a scenario', () => {
  it('keeps the front matter out of the first line\'s tags', () => {
    const s = session('Hello? # speaker: customer\n* [Hi]\n  Bye. # outcome: no-sale\n  -> END');
    const first = s.start().entries[0];
    expect(first).toMatchObject({ speaker: 'customer', text: 'Hello?', tags: ['speaker: customer'] });
  });

  it('shows a choice written without brackets once, as the trainee\'s line', () => {
    const s = session('Hello?\n* Good morning, this is Anna from the 10000 line #opening: +1\n  Morning. # outcome: follow-up\n  -> END');
    s.start();
    const step = s.choose(0);
    expect(step.entries.map((e) => [e.speaker, e.text])).toEqual([
      ['trainee', 'Good morning, this is Anna from the 10000 line'],
      ['customer', 'Morning.'],
    ]);
    expect(step.evidence).toContainEqual(expect.objectContaining({ dimension: 'opening', points: 1 }));
  });

  it('attributes a line to the speaker its tag names', () => {
    const s = session('She looks up. # speaker: narrator\nYes? # speaker: gatekeeper\n* [Hi]\n  Bye. # outcome: no-sale\n  -> END');
    expect(s.start().entries.map((e) => e.speaker)).toEqual(['narrator', 'gatekeeper']);
  });

  it('reads trust, patience and interest after every turn', () => {
    const s = session('~ trust = 40\nHello?\n* [Compliment their loyalty]\n  ~ shift(trust, 15)\n  Thank you. # outcome: follow-up\n  -> END');
    expect(s.start().events.find((e) => e.type === 'customer')).toMatchObject({ trust: 40 });
    s.choose(0);
    expect(s.customer.trust).toBe(55);
  });

  it('ends the conversation as a hang-up when patience runs out', () => {
    const s = session('Hello?\n* [Read the whole price list]\n  ~ patience = 0\n  ...\n  -> more\n= more\n* [Keep going]\n  Still here. # outcome: sale\n  -> END');
    s.start();
    s.choose(0);
    expect(s.ended).toBe(true);
    expect(s.outcome).toBe('hang-up');
    expect(s.choices).toEqual([]);
  });

  it('refuses a choice that is not offered with the range that is', () => {
    const s = session('Hello?\n* [A]\n  x # outcome: sale\n  -> END\n* [B]\n  y # outcome: no-sale\n  -> END');
    s.start();
    expect(() => s.choose(2)).toThrow('choice 2 is not offered: choose 0 to 1');
  });

  it('refuses any choice after the conversation has ended', () => {
    const s = session('Hello?\n* [A]\n  x # outcome: sale\n  -> END');
    s.start();
    s.choose(0);
    expect(() => s.choose(0)).toThrow(/has ended/);
  });

  it('advances a simulated call clock by what is said', () => {
    const run = play(scenarioSource('Hello, who is this?\n* [Introduce yourself properly and explain why you are calling today]\n  Fine. # outcome: follow-up\n  -> END'), [0]);
    const times = run.transcript.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[1]! - times[0]!).toBeGreaterThan(times[2]! - times[1]!);
  });
});
