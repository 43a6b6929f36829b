import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { describeEvidence } from '../../src/game/ui/evidence-text.ts';
import { translator } from '../../src/game/i18n/translate.ts';
import { aMeta, anEvidence } from './builders.ts';

const meta = aMeta();
const en = (e: Parameters<typeof describeEvidence>[0]) => describeEvidence(e, meta, courseRubric, 'en', translator('en'));
const zh = (e: Parameters<typeof describeEvidence>[0]) => describeEvidence(e, meta, courseRubric, 'zh-CN', translator('zh-CN'));

describe('describeEvidence', () => {
  it('names a technique and its dimension from the rubric in the current language', () => {
    const e = anEvidence({ reason: 'technique', item: 'open-question', points: 2 });
    expect(en(e)).toEqual({ dimension: 'Need discovery', points: '+2', reason: 'Open question', tone: 'gain' });
    expect(zh(e)).toMatchObject({ dimension: '挖掘需求', reason: '开放式提问' });
  });

  it('names a fault as a loss', () => {
    const e = anEvidence({ dimension: 'objections', reason: 'fault', item: 'argue', points: -3 });
    expect(en(e)).toEqual({ dimension: 'Objection handling', points: '\u22123', reason: 'Argued with the customer', tone: 'loss' });
  });

  it('marks a red-line fault as one, in both languages', () => {
    const e = anEvidence({ dimension: 'conduct', reason: 'fault', item: 'false-promise', points: -4 });
    const label = courseRubric.faults.find((f) => f.id === 'false-promise')!.label;
    expect(en(e).reason).toBe(`${label.en} (red line)`);
    expect(zh(e).reason).toBe(`${label['zh-CN']}（红线）`);
  });

  it('says why a reply\'s credit was withheld', () => {
    expect(en(anEvidence({ reason: 'credit-cancelled', item: 'open-question', points: 0 }))).toMatchObject({ reason: 'no credit for Open question: the same reply committed a fault', tone: 'none' });
    expect(en(anEvidence({ dimension: 'presentation', reason: 'technique-before-need', item: 'fabe', points: 0 })).reason).toMatch(/^no credit for .+: no need had been found yet$/);
  });

  it('quotes the scenario\'s own words for needs and objections', () => {
    expect(en(anEvidence({ reason: 'need-revealed', item: 'data', points: 3 })).reason).toBe('revealed need: Runs out of data every month');
    expect(en(anEvidence({ dimension: 'objections', reason: 'objection-resolved', item: 'cost', points: 3 })).reason).toBe('resolved objection: Thinks it costs too much');
    expect(en(anEvidence({ dimension: 'objections', reason: 'objection-left-open', item: 'cost', points: -2 })).reason).toBe('objection left open: Thinks it costs too much');
    expect(zh(anEvidence({ reason: 'need-revealed', item: 'data', points: 3 })).reason).toBe('挖掘到需求：Runs out of data every month');
  });

  it('explains the timing of closes', () => {
    expect(en(anEvidence({ dimension: 'closing', reason: 'close-after-signal', item: 'close-direct', points: 3 })).reason).toBe('closed after a buying signal');
    expect(en(anEvidence({ dimension: 'closing', reason: 'close-before-signal', item: 'premature-close', points: -2 })).reason).toBe('closed before any buying signal');
    expect(en(anEvidence({ dimension: 'closing', reason: 'win-after-signal-close', item: 'sale', points: 3 })).reason).toBe('won after a signal-led close');
  });
});
