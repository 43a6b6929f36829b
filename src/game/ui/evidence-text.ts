// Words for a piece of evidence: which skill it counts towards, the signed points and why, in
// the current language, from the rubric's labels and the scenario's own need/objection texts.
import type { Evidence } from '../../core/schemas/score.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language, ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { Translate } from '../i18n/translate.ts';
import { formatPoints } from './format.ts';

export interface EvidenceText {
  dimension: string;
  points: string;
  reason: string;
  tone: 'gain' | 'loss' | 'none';
}

export function dimensionLabel(rubric: Rubric, id: string, language: Language): string {
  return rubric.dimensions.find((d) => d.id === id)?.label[language] ?? id;
}

export function evidenceReason(e: Evidence, meta: ScenarioMeta, rubric: Rubric, language: Language, t: Translate): string {
  const need = (): string => meta.needs.find((n) => n.id === e.item)?.description ?? e.item ?? '';
  const objection = (): string => meta.objections.find((o) => o.id === e.item)?.description ?? e.item ?? '';
  const itemLabel = (): string => rubric.techniques.find((x) => x.id === e.item)?.label[language] ?? e.item ?? e.tag ?? '';
  switch (e.reason) {
    case 'technique':
      return rubric.techniques.find((x) => x.id === e.item)?.label[language] ?? e.item ?? '';
    case 'fault': {
      const fault = rubric.faults.find((x) => x.id === e.item);
      const label = fault?.label[language] ?? e.item ?? '';
      return fault?.redLine ? t('reason.red-line', { item: label }) : label;
    }
    case 'need-revealed':
      return t('reason.need-revealed', { item: need() });
    case 'objection-resolved':
      return t('reason.objection-resolved', { item: objection() });
    case 'objection-left-open':
      return t('reason.objection-left-open', { item: objection() });
    case 'close-after-signal':
      return t('reason.close-after-signal');
    case 'close-before-signal':
      return t('reason.close-before-signal');
    case 'win-after-signal-close':
      return t('reason.win-after-signal-close');
    case 'tag-points':
      return t('reason.tag-points');
    case 'credit-cancelled':
      return t('reason.credit-cancelled', { item: itemLabel() });
    case 'technique-before-need':
      return t('reason.technique-before-need', { item: itemLabel() });
  }
}

export function describeEvidence(e: Evidence, meta: ScenarioMeta, rubric: Rubric, language: Language, t: Translate): EvidenceText {
  return {
    dimension: dimensionLabel(rubric, e.dimension, language),
    points: formatPoints(e.points),
    reason: evidenceReason(e, meta, rubric, language, t),
    tone: e.points > 0 ? 'gain' : e.points < 0 ? 'loss' : 'none',
  };
}
