// A failed call to the cohort server in the Studio's words: no connection, too slow, busy (with
// the wait the server asked for), or the server's own reason as it sent it.
import { isApiError } from '../../net/api-error.ts';
import type { StudioTranslate } from '../i18n/translate.ts';

export function cohortErrorText(t: StudioTranslate, error: unknown): string {
  if (!isApiError(error)) return t('publishServerRefused', { reason: error instanceof Error ? error.message : String(error) });
  if (error.kind === 'network') return t('publishNetwork');
  if (error.kind === 'timeout') return t('publishTimeout');
  if ((error.status === 429 || error.status === 503) && error.retryAfterSeconds !== null) {
    return t('publishServerBusy', { seconds: error.retryAfterSeconds });
  }
  return t('publishServerRefused', { reason: error.reason });
}
