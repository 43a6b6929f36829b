// Words for one piece of scoring evidence in the play-test debrief, in the page's language.
import type { Evidence } from '../../core/schemas/score.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Strings } from '../i18n/strings.ts';

export function evidenceLabel(ev: Evidence, s: Strings, rubric: Rubric, language: Language): string {
  const item = ev.item ?? '';
  switch (ev.reason) {
    case 'technique': return s.evidence.technique(rubric.techniques.find((t) => t.id === item)?.label[language] ?? item);
    case 'fault':
    case 'close-before-signal':
      return ev.reason === 'fault'
        ? s.evidence.fault(rubric.faults.find((f) => f.id === item)?.label[language] ?? item)
        : s.evidence.closeBeforeSignal;
    case 'tag-points': return s.evidence.tagPoints(ev.tag ?? item);
    case 'need-revealed': return s.evidence.needRevealed(item);
    case 'objection-resolved': return s.evidence.objectionResolved(item);
    case 'objection-left-open': return s.evidence.objectionLeftOpen(item);
    case 'close-after-signal': return s.evidence.closeAfterSignal;
    case 'win-after-signal-close': return s.evidence.winAfterSignalClose;
    case 'credit-cancelled': return s.evidence.creditCancelled(rubric.techniques.find((t) => t.id === item)?.label[language] ?? (item || (ev.tag ?? '')));
    case 'technique-before-need': return s.evidence.techniqueBeforeNeed(rubric.techniques.find((t) => t.id === item)?.label[language] ?? item);
  }
}

export function dimensionLabel(id: string, rubric: Rubric, language: Language): string {
  return rubric.dimensions.find((d) => d.id === id)?.label[language] ?? id;
}

export const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
