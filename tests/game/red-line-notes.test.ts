import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { redLineNotes } from '../../src/game/run/red-line-notes.ts';
import { check, scenarioSource } from '../helpers/scenario-source.ts';
import { replay } from '../../src/core/session/replay.ts';
import { aLine, anEvidence } from './builders.ts';

describe('redLineNotes', () => {
  it('quotes, for each red line in the order committed, the line its fault evidence points to', () => {
    const transcript = [
      aLine({ text: 'Hello?' }),
      aLine({ turn: 1, speaker: 'trainee', text: 'It never drops, I promise.', choice: 0 }),
      aLine({ turn: 1, text: 'Really?' }),
      aLine({ turn: 2, speaker: 'trainee', text: 'Sign now or lose it.', choice: 1 }),
    ];
    const evidence = [
      anEvidence({ dimension: 'conduct', reason: 'fault', item: 'false-promise', points: -4, entry: 1 }),
      anEvidence({ dimension: 'conduct', reason: 'fault', item: 'pressure', points: -4, entry: 3 }),
      anEvidence({ dimension: 'conduct', reason: 'fault', item: 'false-promise', points: -4, entry: 3 }),
    ];
    expect(redLineNotes({ redLines: ['false-promise', 'pressure'], evidence, transcript })).toEqual([
      { fault: 'false-promise', entry: 1, line: 'It never drops, I promise.' },
      { fault: 'pressure', entry: 3, line: 'Sign now or lose it.' },
    ]);
  });

  it('has nothing to say without red lines, and no line when no evidence points to one', () => {
    expect(redLineNotes({ redLines: [], evidence: [anEvidence()], transcript: [aLine()] })).toEqual([]);
    expect(redLineNotes({ redLines: ['disrespect'], evidence: [], transcript: [aLine()] })).toEqual([{ fault: 'disrespect', entry: null, line: null }]);
  });

  it('finds the trainee\'s own words in a real run that crossed a red line', () => {
    const source = scenarioSource(`
Hello?
* [Promise the signal never drops anywhere #fault: false-promise]
  Sounds great. # signal: verbal
  * * [Ask whether today suits #close: close-direct]
      Fine. # outcome: sale
      -> END
* [Ask how they use their phone #technique: open-question]
  Mostly video. # outcome: follow-up
  -> END
`);
    const { bundle } = check(source);
    if (!bundle) throw new Error('does not compile');
    const result = replay(bundle, courseRubric, { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 0] });
    expect(result.redLines).toEqual(['false-promise']);
    expect(redLineNotes(result)).toEqual([{ fault: 'false-promise', entry: 1, line: 'Promise the signal never drops anywhere' }]);
    expect(result.overall).toBeLessThanOrEqual(40);
  });
});
