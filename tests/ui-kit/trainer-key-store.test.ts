// The trainer keys a device holds, shared by the dashboard and the Studio: several cohorts, the
// last used first, the dashboard's old single key carried over, and storage that refuses.
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/clock.ts';
import { LEGACY_TRAINER_KEY, normaliseTrainerKey, TRAINER_KEYS_KEY, TrainerKeyStore } from '../../src/ui-kit/trainer-key-store.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A clock the test moves on by hand. */
class StepClock implements Clock {
  constructor(private ms = Date.parse('2026-12-03T09:00:00Z')) {}
  now(): number {
    return this.ms;
  }
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

const NORTH_KEY = `trk_${'A1b2_-'.repeat(7)}`;
const SOUTH_KEY = `trk_${'Zz9-'.repeat(10)}`;
const NORTH = { cohortId: '5b1f7c1e-2a44-4c1b-9f0e-0a3d2b1c4e5f', cohortName: 'North team' };
const SOUTH = { cohortId: '9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d', cohortName: '华南团队' };

const refusing = {
  getItem: (): string | null => { throw new Error('denied'); },
  setItem: (): void => { throw new Error('denied'); },
  removeItem: (): void => { throw new Error('denied'); },
};

describe('the trainer keys held on this device', () => {
  it('accepts only the shape of a trainer key, trimmed', () => {
    expect(normaliseTrainerKey(`  ${NORTH_KEY}\n`)).toBe(NORTH_KEY);
    expect(normaliseTrainerKey('trt_abcdefghijkl')).toBeNull();
    expect(normaliseTrainerKey('trk_short')).toBeNull();
    expect(normaliseTrainerKey('trk_has spaces inside')).toBeNull();
  });

  it('holds several cohorts, the last used first, and survives a new page', () => {
    const storage = new MemoryStorage();
    const clock = new StepClock();
    const keys = new TrainerKeyStore(storage, clock);
    expect(keys.current()).toBeNull();
    expect(keys.remember(NORTH_KEY, NORTH)).toBe(true);
    clock.advance(5);
    expect(keys.remember(SOUTH_KEY, SOUTH)).toBe(true);
    expect(keys.list().map((c) => c.cohortName)).toEqual(['华南团队', 'North team']);

    // Publishing to North again makes it the dashboard's cohort; its name is kept.
    clock.advance(5);
    keys.remember(NORTH_KEY);
    const again = new TrainerKeyStore(storage, clock);
    expect(again.current()).toEqual({ key: NORTH_KEY, ...NORTH, lastUsed: '2026-12-03T09:10:00.000Z' });
    expect(again.list().map((c) => c.key)).toEqual([NORTH_KEY, SOUTH_KEY]);

    again.forget(NORTH_KEY);
    expect(new TrainerKeyStore(storage, clock).list().map((c) => c.key)).toEqual([SOUTH_KEY]);
  });

  it('names a held key without counting it as a use, and names no key it does not hold', () => {
    const storage = new MemoryStorage();
    const clock = new StepClock();
    const keys = new TrainerKeyStore(storage, clock);
    keys.remember(NORTH_KEY);
    clock.advance(1);
    keys.remember(SOUTH_KEY, SOUTH);
    expect(keys.name(NORTH_KEY, NORTH)).toBe(true);
    expect(keys.current()?.key).toBe(SOUTH_KEY);
    expect(keys.list()[1]).toMatchObject({ key: NORTH_KEY, cohortName: 'North team' });
    expect(keys.name(`trk_${'q'.repeat(20)}`, NORTH)).toBe(false);
    expect(keys.list()).toHaveLength(2);
  });

  it('reads the dashboard\'s old single key once, as the first entry, and moves it over', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_TRAINER_KEY, NORTH_KEY);
    const clock = new StepClock();
    const keys = new TrainerKeyStore(storage, clock);
    expect(keys.current()).toEqual({ key: NORTH_KEY, cohortId: null, cohortName: null, lastUsed: '2026-12-03T09:00:00.000Z' });
    expect(storage.getItem(LEGACY_TRAINER_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(TRAINER_KEYS_KEY) ?? 'null')).toEqual({ cohorts: [keys.current()] });

    // Named when the server says whose it is; forgetting it does not bring the old copy back.
    keys.name(NORTH_KEY, NORTH);
    expect(new TrainerKeyStore(storage, clock).current()?.cohortName).toBe('North team');
    keys.forget(NORTH_KEY);
    expect(new TrainerKeyStore(storage, clock).list()).toEqual([]);
  });

  it('ignores a tampered old key, and tampered or repeated entries of the new store', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_TRAINER_KEY, '<script>');
    expect(new TrainerKeyStore(storage, new StepClock()).list()).toEqual([]);

    const good = { key: SOUTH_KEY, ...SOUTH, lastUsed: '2026-12-01T08:00:00.000Z' };
    storage.setItem(TRAINER_KEYS_KEY, JSON.stringify({
      cohorts: [{ key: 'trk_<img src=x>', cohortId: null, cohortName: null, lastUsed: 'x' }, good, { ...good, cohortName: 'copy' }, 'junk', null],
    }));
    expect(new TrainerKeyStore(storage, new StepClock()).list()).toEqual([good]);
    storage.setItem(TRAINER_KEYS_KEY, '{not json');
    expect(new TrainerKeyStore(storage, new StepClock()).list()).toEqual([]);
  });

  it('holds a key for this page only when the browser refuses storage, and says so', () => {
    const keys = new TrainerKeyStore(refusing, new StepClock());
    expect(keys.list()).toEqual([]);
    expect(keys.remember(NORTH_KEY, NORTH)).toBe(false);
    expect(keys.current()).toMatchObject({ key: NORTH_KEY, cohortName: 'North team' });
    expect(() => keys.forget(NORTH_KEY)).not.toThrow();
    expect(keys.list()).toEqual([]);
    expect(new TrainerKeyStore(refusing, new StepClock()).list()).toEqual([]);
  });

  it('keeps the key in memory when storage reads but refuses to write (quota)', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_TRAINER_KEY, NORTH_KEY);
    const full = { getItem: (k: string) => storage.getItem(k), setItem: (): void => { throw new Error('QuotaExceededError'); }, removeItem: (k: string) => storage.removeItem(k) };
    const keys = new TrainerKeyStore(full, new StepClock());
    expect(keys.current()?.key).toBe(NORTH_KEY);
    // The old copy stays where it was, since the new store could not take it.
    expect(storage.getItem(LEGACY_TRAINER_KEY)).toBe(NORTH_KEY);
    expect(keys.remember(SOUTH_KEY, SOUTH)).toBe(false);
    expect(keys.list().map((c) => c.key)).toEqual([SOUTH_KEY, NORTH_KEY]);
  });
});
