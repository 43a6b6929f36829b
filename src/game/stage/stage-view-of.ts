// Builds the stage's snapshot from a scenario's front matter and the run's visible state.
import { expressionOf, type CustomerState } from '../../core/persona/customer-state.ts';
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { translator } from '../i18n/translate.ts';
import { personaLook } from '../portrait/persona-look.ts';
import type { StagePhase, StageView } from './stage-view.ts';

export interface StageMoment {
  phase: StagePhase;
  /** null before the conversation has started: the meters show no value yet. */
  customer: CustomerState | null;
  seconds: number;
  speaking: StageView['speaking'];
  voice?: string | null;
  /** Draw the meters (coach mode); false hides them (exam mode). Defaults to true. */
  meters?: boolean;
}

export function personaDetail(meta: ScenarioMeta, language: Language): string {
  const t = translator(language);
  const parts = [meta.personaRole, meta.personaAge === undefined ? undefined : t('brief.age-value', { n: meta.personaAge })];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

export function stageViewOf(meta: ScenarioMeta, language: Language, moment: StageMoment): StageView {
  return {
    language,
    channel: meta.channel,
    name: meta.persona,
    detail: personaDetail(meta, language),
    look: personaLook(meta),
    phase: moment.phase,
    customer: moment.customer,
    meters: moment.meters ?? true,
    expression: moment.customer ? expressionOf(moment.customer) : 'neutral',
    seconds: moment.seconds,
    timeLimit: meta.timeLimit ?? null,
    speaking: moment.speaking,
    voice: moment.speaking === 'other' ? moment.voice ?? null : null,
  };
}
