// Remembers the trainer key on this device (the trainer's own), so the dashboard opens without
// pasting it again; signing out forgets it.
const KEY = 'sales-coach.trainer-key.v1';
const TRAINER_KEY = /^trk_[A-Za-z0-9_-]{8,200}$/;

/** Trims what was pasted and says whether it has the shape of a trainer key. */
export function normaliseTrainerKey(text: string): string | null {
  const key = text.trim();
  return TRAINER_KEY.test(key) ? key : null;
}

export class TrainerKeyStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {}

  get(): string | null {
    try {
      return normaliseTrainerKey(this.storage.getItem(KEY) ?? '');
    } catch {
      return null; // storage blocked (private mode, policy): the trainer signs in each visit
    }
  }

  /** False when the browser refuses to store it. */
  set(key: string): boolean {
    try {
      this.storage.setItem(KEY, key);
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage.removeItem(KEY);
    } catch {
      // nothing stored, nothing to forget
    }
  }
}
