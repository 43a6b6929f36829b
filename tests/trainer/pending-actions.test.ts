import { describe, expect, it } from 'vitest';
import { PendingActions } from '../../src/trainer/ui/pending-actions.ts';

/** A promise the test settles itself. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the requests a card\'s buttons started', () => {
  it('is busy under its key while the request runs, and ignores a second press meanwhile', async () => {
    let changes = 0;
    const pending = new PendingActions(() => { changes += 1; });
    const request = deferred();
    let calls = 0;
    const first = pending.run('retire:a', () => { calls += 1; return request.promise; });
    expect(pending.isBusy('retire:a')).toBe(true);
    expect(pending.isBusy('retire:b')).toBe(false);
    expect(await pending.run('retire:a', () => { calls += 1; return Promise.resolve(); })).toBe(false);
    request.resolve();
    expect(await first).toBe(true);
    expect(calls).toBe(1);
    expect(pending.isBusy('retire:a')).toBe(false);
    expect(changes).toBe(2);
  });

  it('keeps the error next to its button until the next try, and reports it', async () => {
    const heard: unknown[] = [];
    const pending = new PendingActions(() => {}, (e) => heard.push(e));
    const refusal = new Error('the version is not this cohort\'s');
    expect(await pending.run('hide:x', () => Promise.reject(refusal))).toBe(false);
    expect(pending.hasError('hide:x')).toBe(true);
    expect(pending.errorOf('hide:x')).toBe(refusal);
    expect(heard).toEqual([refusal]);
    const again = deferred();
    const retry = pending.run('hide:x', () => again.promise);
    expect(pending.hasError('hide:x')).toBe(false);
    again.resolve();
    expect(await retry).toBe(true);
    expect(pending.hasError('hide:x')).toBe(false);
  });
});
