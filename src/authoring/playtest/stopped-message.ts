// Why a play-test stopped, in the Studio's language: a run budget broken (core/story/run-budget.ts)
// names the knot and its line so the trainer can go straight to it; any other error is shown as
// the story reported it.
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import { formatNumber } from '../../ui-kit/locale-format.ts';
import type { StudioTranslate } from '../i18n/translate.ts';

export function stoppedMessage(error: unknown, t: StudioTranslate, knots: readonly SourcePoint[]): string {
  if (!(error instanceof StoryBudgetError)) return t('playError', { message: error instanceof Error ? error.message : String(error) });
  const container = error.container;
  const knot = container?.split('.')[0];
  const line = (knots.find((k) => k.path === container) ?? knots.find((k) => k.path === knot))?.line ?? null;
  const place = container === null ? t('runaway.opening') : t('runaway.knot', { name: container });
  const where = line === null ? place : t('runaway.at-line', { place, line });
  return t('playStopped', { reason: t(`runaway.${error.kind}`, { limit: formatNumber(error.limit, t.language), where }) });
}
