// Who is calling: a trainer (cohort's trainer key) or a trainee (personal token), from the
// Authorization header. Secrets are looked up by their sha256 only; a secret once known is
// remembered for a while (known-callers.ts). A removed member's token is refused with a reason
// the game can show, and is never remembered.
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.ts';
import { hashSecret, secretKind } from '../secrets.ts';
import { forbidden, unauthorized } from './api-error.ts';
import { knownCallersOf } from './known-callers.ts';

export interface TrainerCaller {
  kind: 'trainer';
  cohortId: string;
}

export interface TraineeCaller {
  kind: 'trainee';
  cohortId: string;
  traineeId: string;
  displayName: string;
  passMark: number;
}

export type Caller = TrainerCaller | TraineeCaller;

// RFC 7235: the scheme is case-insensitive ("bearer", "BEARER") and one or more spaces follow it.
const BEARER = /^bearer +([A-Za-z0-9_-]{8,200})$/i;

/** The secret of an `Authorization: Bearer <secret>` header, or null when there is none. */
export function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = BEARER.exec(header.trim());
  return m ? m[1]! : null;
}

/** What a removed member's token is answered (401). */
export const REMOVED_REASON = 'you were removed from this cohort';
const REMOVED = Symbol('removed');

export async function authenticate(db: Queryable, request: FastifyRequest): Promise<Caller> {
  const secret = bearer(request);
  if (secret === null) throw unauthorized('send "Authorization: Bearer <trainer key or trainee token>"');
  const kind = secretKind(secret);
  const hash = hashSecret(secret);
  const known = knownCallersOf(db);
  const remembered = known.get(hash);
  if (remembered) return remembered;
  const caller = await lookUp(db, kind, hash);
  if (!caller) throw unauthorized('unknown trainer key or trainee token');
  if (caller === REMOVED) throw unauthorized(REMOVED_REASON);
  known.remember(hash, caller);
  return caller;
}

async function lookUp(db: Queryable, kind: ReturnType<typeof secretKind>, hash: string): Promise<Caller | typeof REMOVED | null> {
  if (kind === 'trainer') {
    const [row] = await db.query<{ id: string }>('SELECT id FROM cohorts WHERE trainer_key_hash = $1', [hash]);
    if (row) return { kind: 'trainer', cohortId: row.id };
  } else if (kind === 'trainee') {
    const [row] = await db.query<{ id: string; cohort_id: string; display_name: string; pass_mark: number; removed: boolean }>(
      `SELECT t.id, t.cohort_id, t.display_name, c.pass_mark, t.removed_at IS NOT NULL AS removed
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id WHERE t.token_hash = $1`,
      [hash],
    );
    if (row?.removed) return REMOVED;
    if (row) return { kind: 'trainee', cohortId: row.cohort_id, traineeId: row.id, displayName: row.display_name, passMark: row.pass_mark };
  }
  return null;
}

export async function requireTrainer(db: Queryable, request: FastifyRequest): Promise<TrainerCaller> {
  const caller = await authenticate(db, request);
  if (caller.kind !== 'trainer') throw forbidden('this needs the cohort\'s trainer key');
  return caller;
}

export async function requireTrainee(db: Queryable, request: FastifyRequest): Promise<TraineeCaller> {
  const caller = await authenticate(db, request);
  if (caller.kind !== 'trainee') throw forbidden('this needs a trainee token: trainers do not submit attempts');
  return caller;
}
