// Why a conversation stopped, in the trainee's language: a story that broke its run budget
// (core/story/run-budget.ts) or failed otherwise. The trainee cannot fix it, so the message says
// who can: the trainer who wrote the scenario, told which knot to look at. A cohort exam the
// server stopped taking replies for says the server's reason instead.
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { formatNumber } from '../../ui-kit/locale-format.ts';
import type { Translate } from '../i18n/translate.ts';
import { ExamCallError } from './exam-port.ts';

export function sessionStoppedText(error: unknown, t: Translate, language: Language): string {
  if (error instanceof ExamCallError) return t('exam.stopped', { reason: error.reason });
  if (!(error instanceof StoryBudgetError)) {
    return t('call.stopped', { reason: t('call.stopped-other', { message: error instanceof Error ? error.message : String(error) }) });
  }
  const container = error.container;
  const where = container === null ? t('call.stopped-opening') : t('call.stopped-knot', { name: container });
  const limit = formatNumber(error.limit, language);
  return t('call.stopped', { reason: t(`call.stopped-${error.kind}`, { limit, where }) });
}
