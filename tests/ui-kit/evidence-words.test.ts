// The one evidence wording: the game's debrief, coach notes and replay word evidence for the
// trainee, the Studio's play-test for the scenario's author.
import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { EVIDENCE_REASONS, type Evidence } from '../../src/core/schemas/score.ts';
import { EVIDENCE_STRINGS } from '../../src/ui-kit/evidence-strings.ts';
import { describeEvidence, evidenceReason, rubricLabel } from '../../src/ui-kit/evidence-words.ts';
import { placeholdersOf } from '../../src/ui-kit/translate.ts';
import { aMeta, anEvidence } from '../game/builders.ts';

const meta = aMeta();
const en = (e: Evidence) => describeEvidence(e, { meta, rubric: courseRubric, language: 'en' });
const zh = (e: Evidence) => describeEvidence(e, { meta, rubric: courseRubric, language: 'zh-CN' });
const author = (e: Evidence, language: 'en' | 'zh-CN' = 'en') => evidenceReason(e, { meta, rubric: courseRubric, language, naming: 'author' });

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

describe('evidence for the scenario\'s author', () => {
  it('names the kind of tag and the ids the author wrote', () => {
    expect(author(anEvidence({ reason: 'technique', item: 'open-question', points: 2 }))).toBe('technique: Open question');
    expect(author(anEvidence({ reason: 'technique', item: 'open-question', points: 2 }), 'zh-CN')).toBe('技巧：开放式提问');
    expect(author(anEvidence({ dimension: 'objections', reason: 'fault', item: 'argue', points: -3 }))).toBe('fault: Argued with the customer');
    expect(author(anEvidence({ reason: 'need-revealed', item: 'data', points: 3 }))).toBe('revealed need: data');
    expect(author(anEvidence({ dimension: 'objections', reason: 'objection-left-open', item: 'cost', points: -2 }))).toBe('objection left open: cost');
    expect(author(anEvidence({ reason: 'tag-points', tag: 'discovery', points: 2 }))).toBe('tag "discovery"');
  });

  it('words the timing of closes as the trainee reads it', () => {
    const e = anEvidence({ dimension: 'closing', reason: 'close-after-signal', item: 'close-direct', points: 3 });
    expect(author(e)).toBe(en(e).reason);
  });
});

describe('the evidence wording', () => {
  it('words every reason the core can give, in both languages, with nothing left unfilled', () => {
    for (const reason of EVIDENCE_REASONS) {
      for (const language of ['en', 'zh-CN'] as const) {
        for (const naming of ['trainee', 'author'] as const) {
          const text = evidenceReason(anEvidence({ reason, item: 'open-question', points: 1 }), { meta, rubric: courseRubric, language, naming });
          expect(text.trim(), `${reason} ${language} ${naming}`).not.toBe('');
          expect(text, `${reason} ${language} ${naming}`).not.toMatch(/\{[a-zA-Z]+\}/);
        }
      }
    }
  });

  it('has a sentence for every reason the core gives beyond a technique or a fault (moved here from the game\'s table)', () => {
    const keys = new Set(Object.keys(EVIDENCE_STRINGS.en));
    for (const r of EVIDENCE_REASONS) if (r !== 'technique' && r !== 'fault') expect(keys.has(`reason.${r}`), r).toBe(true);
  });

  it('has the same keys and placeholders in English and Chinese', () => {
    const keys = Object.keys(EVIDENCE_STRINGS.en) as Array<keyof typeof EVIDENCE_STRINGS.en>;
    expect(Object.keys(EVIDENCE_STRINGS['zh-CN']).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(placeholdersOf(EVIDENCE_STRINGS['zh-CN'][key]), key).toEqual(placeholdersOf(EVIDENCE_STRINGS.en[key]));
  });

  it('names rubric dimensions, techniques and faults, and an unknown id as itself', () => {
    expect(rubricLabel(courseRubric, 'discovery', 'zh-CN')).toBe('挖掘需求');
    expect(rubricLabel(courseRubric, 'open-question', 'en')).toBe('Open question');
    expect(rubricLabel(courseRubric, 'not-in-the-rubric', 'en')).toBe('not-in-the-rubric');
  });
});
