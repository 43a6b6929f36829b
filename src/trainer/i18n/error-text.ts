// Words an ApiError for the trainer: the kind of failure in their language, and the server's
// own reason verbatim wherever it gave one.
import { isApiError } from '../../net/api-error.ts';
import type { Translator } from './translate.ts';

export function errorText(t: Translator, error: unknown): string {
  if (!isApiError(error)) return t('error.other', { reason: error instanceof Error ? error.message : String(error) });
  switch (error.kind) {
    case 'network': return t('error.network');
    case 'timeout': return t('error.timeout');
    case 'aborted': return t('error.other', { reason: error.reason });
    case 'bad-response': return t('error.bad-response', { reason: error.reason });
    case 'http': break;
  }
  const status = error.status ?? 0;
  if (status === 401) return t('error.unauthorized', { reason: error.reason });
  if (status === 403) return t('error.forbidden', { reason: error.reason });
  if (status === 429) return t('error.rate', { seconds: error.retryAfterSeconds ?? 60 });
  if (status >= 500) return t('error.fault', { status });
  return t('error.refused', { reason: error.reason });
}
