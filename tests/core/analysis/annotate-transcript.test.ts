import { describe, expect, it } from 'vitest';
import { annotateTranscript, ownerOf } from '../../../src/core/analysis/annotate-transcript.ts';
import type { RunEvent } from '../../../src/core/schemas/run-event.ts';
import { aLine, anEvidence } from '../../game/builders.ts';

const transcript = [
  aLine({ turn: 0, speaker: 'narrator', text: 'The phone rings.' }),
  aLine({ turn: 0, text: 'Hello?' }),
  aLine({ turn: 1, speaker: 'trainee', text: 'How do you use your phone?', choice: 0 }),
  aLine({ turn: 1, text: 'I run out of data.' }),
  aLine({ turn: 1, text: 'Every month.' }),
  aLine({ turn: 2, speaker: 'trainee', text: 'Shall I switch you today?', choice: 1 }),
  aLine({ turn: 2, text: 'Yes please.' }),
];

describe('ownerOf', () => {
  it('gives a reply\'s evidence to the choice that drew the reply', () => {
    expect(ownerOf(transcript, 4)).toBe(2);
    expect(ownerOf(transcript, 6)).toBe(5);
    expect(ownerOf(transcript, 5)).toBe(5);
  });

  it('keeps evidence on the opening lines where it is, since no choice caused it', () => {
    expect(ownerOf(transcript, 1)).toBe(1);
  });
});

describe('annotateTranscript', () => {
  it('groups evidence and tips under each choice, in the order they were earned', () => {
    const evidence = [
      anEvidence({ entry: 2, reason: 'technique', item: 'open-question' }),
      anEvidence({ entry: 3, reason: 'need-revealed', item: 'data', points: 3 }),
      anEvidence({ entry: 6, dimension: 'closing', reason: 'win-after-signal-close', item: 'sale', points: 3 }),
    ];
    const events: RunEvent[] = [{ type: 'tip', entry: 5, tag: 'tip: close on the signal', text: 'close on the signal' }];
    const notes = annotateTranscript(transcript, evidence, events);
    expect([...notes.keys()].sort()).toEqual([2, 5]);
    expect(notes.get(2)?.evidence.map((e) => e.reason)).toEqual(['technique', 'need-revealed']);
    expect(notes.get(5)?.evidence.map((e) => e.reason)).toEqual(['win-after-signal-close']);
    expect(notes.get(5)?.tips).toEqual(['close on the signal']);
  });
});
