// Why a play-test stopped, in the Studio's language: a run budget broken (core/story/run-budget.ts)
// names the knot and its line so the trainer can go straight to it; any other error is shown as
// the story reported it.
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Strings } from '../i18n/strings.ts';

const NUMBER_LOCALE: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-CN' };

export function stoppedMessage(error: unknown, s: Strings, language: Language, knots: readonly SourcePoint[]): string {
  if (!(error instanceof StoryBudgetError)) return s.playError(error instanceof Error ? error.message : String(error));
  const container = error.container;
  const knot = container?.split('.')[0];
  const point = knots.find((k) => k.path === container) ?? knots.find((k) => k.path === knot);
  const where = s.runawayPlace(container, point?.line ?? null);
  return s.playStopped(s.runaway[error.kind](error.limit.toLocaleString(NUMBER_LOCALE[language]), where));
}
