// Adding a cohort to the Studio by pasting its trainer key once: the key's shape is checked here,
// then the server is asked who it belongs to (GET /api/me must answer role "trainer"), which
// also gives the cohort's name to list it by.
import type { Me } from '../../contract/cohorts.ts';
import { isApiError } from '../../net/api-error.ts';
import { normaliseTrainerKey } from '../../ui-kit/trainer-key-store.ts';

/** What adding a cohort needs of the cohort API client, for one key. */
export interface WhoAmI {
  me(): Promise<Me>;
}

export type AddedCohort =
  | { ok: true; key: string; cohortId: string; cohortName: string }
  /** not-key: not the shape of a trainer key; trainee-token: a trainee's token; unknown: the server knows no such key. */
  | { ok: false; problem: 'not-key' | 'trainee-token' | 'unknown' }
  /** No answer, or an answer that is not the server's verdict on the key (busy, offline). */
  | { ok: false; problem: 'error'; error: unknown };

export async function identifyTrainerKey(pasted: string, clientFor: (key: string) => WhoAmI): Promise<AddedCohort> {
  const key = normaliseTrainerKey(pasted);
  if (key === null) return { ok: false, problem: pasted.trim().startsWith('trt_') ? 'trainee-token' : 'not-key' };
  let me: Me;
  try {
    me = await clientFor(key).me();
  } catch (error) {
    if (isApiError(error) && error.unauthorized) return { ok: false, problem: 'unknown' };
    return { ok: false, problem: 'error', error };
  }
  if (me.role !== 'trainer') return { ok: false, problem: 'trainee-token' };
  return { ok: true, key, cohortId: me.cohortId, cohortName: me.cohortName };
}
