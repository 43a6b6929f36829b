// The trainer keys this device holds, one per cohort (the key, the cohort's id and name, when it
// was last used), shared by the dashboard (which opens the last used) and the Studio (which
// publishes to any of them). They live in localStorage on this device only. The dashboard once
// kept a single key under `sales-coach.trainer-key.v1`: it is read once, as the first entry, and
// named when the server is next asked who it belongs to. Storage that throws (private mode,
// policy) keeps what was added in memory for this page's life, and says it could not store it.
import { z } from 'zod';
import { isoNow, type Clock } from '../core/clock.ts';

export const TRAINER_KEYS_KEY = 'sales-coach.trainer-keys.v2';
/** Where the dashboard kept its one key before cohorts were kept by name. */
export const LEGACY_TRAINER_KEY = 'sales-coach.trainer-key.v1';

const TRAINER_KEY = /^trk_[A-Za-z0-9_-]{8,200}$/;

/** Trims what was pasted and says whether it has the shape of a trainer key. */
export function normaliseTrainerKey(text: string): string | null {
  const key = text.trim();
  return TRAINER_KEY.test(key) ? key : null;
}

export const HeldCohort = z.object({
  key: z.string().regex(TRAINER_KEY),
  /** Null for a key kept before cohorts were named (the single-key store), until the server names it. */
  cohortId: z.string().nullable(),
  cohortName: z.string().nullable(),
  /** ISO time of the last sign-in or publish with this key. */
  lastUsed: z.string(),
});
export type HeldCohort = z.infer<typeof HeldCohort>;

export interface CohortName {
  cohortId: string;
  cohortName: string;
}

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const newestFirst = (a: HeldCohort, b: HeldCohort): number => b.lastUsed.localeCompare(a.lastUsed);

/** Each readable entry of what was stored, once per key; anything else (tampering, another version) is left out. */
function parseStored(raw: string): HeldCohort[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = json !== null && typeof json === 'object' && 'cohorts' in json && Array.isArray(json.cohorts) ? (json.cohorts as unknown[]) : [];
  const held = new Map<string, HeldCohort>();
  for (const item of list) {
    const entry = HeldCohort.safeParse(item);
    if (entry.success && !held.has(entry.data.key)) held.set(entry.data.key, entry.data);
  }
  return [...held.values()];
}

export class TrainerKeyStore {
  /** What this page holds when the browser refuses to store it; null while storage works. */
  private unstored: HeldCohort[] | null = null;

  constructor(private readonly storage: KeyStorage, private readonly clock: Clock) {}

  /** Every cohort this device holds a key for, the last used first. */
  list(): HeldCohort[] {
    return this.read().sort(newestFirst);
  }

  /** The last used: the cohort the dashboard opens. */
  current(): HeldCohort | null {
    return this.list()[0] ?? null;
  }

  /**
   * Adds a key, or marks one held as used now, with its cohort's name when known (a name held
   * before is kept otherwise). False when the browser refuses to store it: it is then held only
   * until the page closes.
   */
  remember(key: string, cohort: CohortName | null = null): boolean {
    const held = this.read();
    const before = held.find((c) => c.key === key);
    const entry: HeldCohort = {
      key,
      cohortId: cohort?.cohortId ?? before?.cohortId ?? null,
      cohortName: cohort?.cohortName ?? before?.cohortName ?? null,
      lastUsed: isoNow(this.clock),
    };
    return this.write([entry, ...held.filter((c) => c.key !== key)]);
  }

  /** Records the cohort a held key belongs to, without counting it as a use. */
  name(key: string, cohort: CohortName): boolean {
    const held = this.read();
    if (!held.some((c) => c.key === key)) return false;
    return this.write(held.map((c) => (c.key === key ? { ...c, ...cohort } : c)));
  }

  /** Forgets one key (signing out of that cohort on this device). */
  forget(key: string): void {
    this.write(this.read().filter((c) => c.key !== key));
  }

  private read(): HeldCohort[] {
    if (this.unstored) return [...this.unstored];
    let raw: string | null;
    try {
      raw = this.storage.getItem(TRAINER_KEYS_KEY);
    } catch {
      return []; // storage blocked: nothing held yet on this page
    }
    if (raw !== null) return parseStored(raw);
    return this.migrateLegacy();
  }

  /** The single key kept before, as the first entry; moved over once the new store could be written. */
  private migrateLegacy(): HeldCohort[] {
    let legacy: string | null;
    try {
      legacy = normaliseTrainerKey(this.storage.getItem(LEGACY_TRAINER_KEY) ?? '');
    } catch {
      return [];
    }
    if (legacy === null) return [];
    const held: HeldCohort[] = [{ key: legacy, cohortId: null, cohortName: null, lastUsed: isoNow(this.clock) }];
    if (this.write(held)) {
      try {
        this.storage.removeItem(LEGACY_TRAINER_KEY);
      } catch {
        // the new store has it; a leftover old copy is never read again
      }
    }
    return held;
  }

  private write(held: HeldCohort[]): boolean {
    if (!this.unstored) {
      try {
        this.storage.setItem(TRAINER_KEYS_KEY, JSON.stringify({ cohorts: held }));
        return true;
      } catch {
        // refused (private mode, quota, policy): hold it for this page instead
      }
    }
    this.unstored = held;
    return false;
  }
}
