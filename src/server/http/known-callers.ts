// Callers already authenticated, remembered by their secret's hash, so a busy trainee's requests
// skip the database lookup (on the embedded database the largest single cost of a submission
// after the write itself). Only a "yes" is kept, and only for a while: keys, tokens, names and
// pass marks are never edited, but a member can be removed, and is forgotten here at once by the
// process that removes them (cohort-admin/remove-member.ts); another server process on the same
// PostgreSQL database stops honouring the token within KEEP_MS. An unknown secret is always looked up.
import { LRUCache } from 'lru-cache';
import type { Queryable } from '../db/database.ts';
import type { Caller } from './auth.ts';

/** Secrets remembered at most: a few hundred bytes each. */
const KEPT = 10_000;
/** How long a remembered caller is trusted without asking the database again. */
export const KEEP_MS = 60_000;

export class KnownCallers {
  private readonly cache = new LRUCache<string, Caller>({ max: KEPT, ttl: KEEP_MS });

  get(secretHash: string): Caller | undefined {
    return this.cache.get(secretHash);
  }

  remember(secretHash: string, caller: Caller): void {
    this.cache.set(secretHash, Object.freeze(caller));
  }

  /** After a change to who a secret names (removing a member, say). */
  forget(secretHash: string): void {
    this.cache.delete(secretHash);
  }

  /** Every remembered caller of a cohort, e.g. once the cohort itself changes. */
  forgetWhere(match: (caller: Caller) => boolean): void {
    for (const [hash, caller] of this.cache.entries()) if (match(caller)) this.cache.delete(hash);
  }
}

const byDatabase = new WeakMap<Queryable, KnownCallers>();

/** The remembered callers of one database (one per open database, so per app). */
export function knownCallersOf(db: Queryable): KnownCallers {
  let known = byDatabase.get(db);
  if (!known) byDatabase.set(db, known = new KnownCallers());
  return known;
}
