import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { IdbSaveStore } from '../../src/storage/idb-save-store.ts';
import { SubmissionQueue } from '../../src/storage/submission-queue.ts';
import type { CohortVersion } from '../../src/storage/cohort-records.ts';
import { aBundle } from '../game/builders.ts';

let dbCount = 0;
const clock = { now: () => Date.parse('2026-12-03T09:00:00Z') };
const { bundle } = aBundle();

function version(hash: string, overrides: Partial<CohortVersion> = {}): CohortVersion {
  return {
    contentHash: hash.repeat(64), scenarioId: 'lib-duel', language: 'en', title: 'Library duel', source: 'cohort', since: '2026-12-01T10:00:00.000Z',
    meta: bundle.meta, rubricVersion: bundle.rubricVersion, bounds: bundle.bounds, storyJson: '{"inkVersion":21}', cohortId: 'cohort-1', cohortName: 'North team',
    downloadedAt: '2026-12-02T08:00:00.000Z', withdrawnAt: null, ...overrides,
  };
}

describe('the cohort versions kept on this device', () => {
  it('keeps downloaded versions across a restart and marks withdrawn ones once, with the time', async () => {
    const name = `versions-${++dbCount}`;
    const queue = await SubmissionQueue.open(name, clock);
    await queue.putVersion(version('a'));
    await queue.putVersion(version('b', { since: '2026-12-02T10:00:00.000Z' }));
    await queue.withdrawVersions(['a'.repeat(64)], '2026-12-03T08:00:00.000Z');
    await queue.withdrawVersions(['a'.repeat(64), 'f'.repeat(64)], '2026-12-03T08:30:00.000Z');
    queue.close();
    const again = await SubmissionQueue.open(name, clock);
    expect((await again.listVersions()).map((v) => [v.contentHash[0], v.withdrawnAt])).toEqual([['a', '2026-12-03T08:00:00.000Z'], ['b', null]]);
    expect((await again.getVersion('b'.repeat(64)))?.storyJson).toBe('{"inkVersion":21}');
    expect(await again.getVersion('f'.repeat(64))).toBeNull();
  });

  it('sets a record it cannot read aside in the quarantine, and lists the rest', async () => {
    const name = `versions-${++dbCount}`;
    const queue = await SubmissionQueue.open(name, clock);
    await queue.putVersion(version('a'));
    queue.close();
    const raw = await openDB(name);
    await raw.put('cohort-scenarios', { contentHash: 'e'.repeat(64), title: 42 });
    raw.close();

    const reopened = await SubmissionQueue.open(name, clock);
    expect((await reopened.listVersions()).map((v) => v.contentHash)).toEqual(['a'.repeat(64)]);
    expect(await reopened.getVersion('e'.repeat(64))).toBeNull();
    const store = await IdbSaveStore.open(name, clock);
    const [set] = await store.listQuarantine();
    expect(set).toMatchObject({ store: 'cohort-scenarios', key: 'e'.repeat(64), quarantinedAt: '2026-12-03T09:00:00.000Z' });
    expect(set!.reason).toMatch(/title/);
  });

  it('forgets the cached assignments with the membership, and keeps the versions for past attempts', async () => {
    const queue = await SubmissionQueue.open(`versions-${++dbCount}`, clock);
    await queue.putMembership({ traineeId: 't-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: 'Li', token: 'trt_0123456789', joinedAt: '2026-12-01T09:00:00.000Z' });
    await queue.putAssignments({ traineeId: 't-1', fetchedAt: '2026-12-02T09:00:00.000Z', assignments: [] });
    await queue.putVersion(version('a'));
    await queue.leave('t-1');
    expect(await queue.getAssignments()).toBeNull();
    expect(await queue.listVersions()).toHaveLength(1);
  });
});
