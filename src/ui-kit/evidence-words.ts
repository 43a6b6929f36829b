// Words for a piece of the core's scoring evidence: which skill it counts towards, the signed
// points and why, in either language. Trainees read the rubric's labels and the scenario's own
// descriptions of needs and objections; a scenario's author (`naming: 'author'`) reads the kind
// of tag and the ids they wrote, so "revealed need: guests" points at `# reveals: guests`.
import type { Evidence } from '../core/schemas/score.ts';
import type { Rubric } from '../core/schemas/rubric.ts';
import type { Language, ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import { EVIDENCE_STRINGS } from './evidence-strings.ts';
import { formatSigned } from './locale-format.ts';
import { translator } from './translate.ts';

export interface EvidenceWords {
  dimension: string;
  points: string;
  reason: string;
  tone: 'gain' | 'loss' | 'none';
}

export interface EvidenceContext {
  rubric: Rubric;
  language: Language;
  /** The scenario, for its needs' and objections' descriptions (trainee naming). */
  meta: ScenarioMeta | null;
  naming?: 'trainee' | 'author';
}

/** A rubric dimension, technique or fault by id, in the language; the id itself when unknown. */
export function rubricLabel(rubric: Rubric, id: string, language: Language): string {
  const item = rubric.dimensions.find((x) => x.id === id) ?? rubric.techniques.find((x) => x.id === id) ?? rubric.faults.find((x) => x.id === id);
  return item?.label[language] ?? id;
}

export function evidenceReason(e: Evidence, { rubric, language, meta, naming = 'trainee' }: EvidenceContext): string {
  const t = translator(EVIDENCE_STRINGS, language);
  const author = naming === 'author';
  const id = e.item ?? '';
  const technique = (): string => rubric.techniques.find((x) => x.id === e.item)?.label[language] ?? e.item ?? e.tag ?? '';
  const need = (): string => (author ? id : meta?.needs.find((n) => n.id === e.item)?.description ?? id);
  const objection = (): string => (author ? id : meta?.objections.find((o) => o.id === e.item)?.description ?? id);
  switch (e.reason) {
    case 'technique':
      return t(author ? 'author.technique' : 'reason.technique', { item: rubric.techniques.find((x) => x.id === e.item)?.label[language] ?? id });
    case 'fault': {
      const fault = rubric.faults.find((x) => x.id === e.item);
      const label = fault?.label[language] ?? id;
      return t(author ? 'author.fault' : 'reason.fault', { item: fault?.redLine ? t('reason.red-line', { item: label }) : label });
    }
    case 'tag-points':
      return author ? t('author.tag-points', { tag: e.tag ?? id }) : t('reason.tag-points');
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
    case 'credit-cancelled':
      return t('reason.credit-cancelled', { item: technique() });
    case 'technique-before-need':
      return t('reason.technique-before-need', { item: technique() });
  }
}

export function describeEvidence(e: Evidence, context: EvidenceContext): EvidenceWords {
  return {
    dimension: rubricLabel(context.rubric, e.dimension, context.language),
    points: formatSigned(e.points, context.language),
    reason: evidenceReason(e, context),
    tone: e.points > 0 ? 'gain' : e.points < 0 ? 'loss' : 'none',
  };
}
