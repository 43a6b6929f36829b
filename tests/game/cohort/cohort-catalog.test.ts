// How the cohort shapes the scenario catalog: which downloaded versions are offered, and which
// shipped scenarios the cohort's list withdraws, decided from the list and the versions alone.
import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { shapeCatalog, type HeldVersion, type LibraryState } from '../../../src/game/cohort/cohort-catalog.ts';
import { entryKey, findEntry, isOffered } from '../../../src/game/run/scenario-entry.ts';
import type { KnownScenarios, Membership, ServerScenario } from '../../../src/storage/cohort-records.ts';
import { aBundle, anEntry, aMeta } from '../builders.ts';

const { bundle } = aBundle();
const member: Membership = { traineeId: 't-1', cohortId: 'north', cohortName: 'North team', displayName: 'Li', token: 'trt_0123456789', joinedAt: '2026-12-01T09:00:00.000Z' };
const shippedEntry = anEntry(bundle, { meta: aMeta({ id: 'sample', title: 'Shipped sample' }), contentHash: 'a'.repeat(64) });
const load = (hash: string): Promise<string> => Promise.resolve(`story ${hash.slice(0, 4)}`);

function held(hash: string, over: Partial<HeldVersion> = {}): HeldVersion {
  return {
    contentHash: hash.repeat(64), scenarioId: 'sample', language: 'en', title: 'Trainer sample', source: 'cohort', since: '2026-12-01T10:00:00.000Z',
    meta: aMeta({ id: 'sample', title: 'Trainer sample' }), rubricVersion: courseRubric.version, bounds: bundle.bounds,
    cohortId: 'north', cohortName: 'North team', downloadedAt: '2026-12-01T11:00:00.000Z', withdrawnAt: null, ...over,
  };
}

const listed = (...items: Array<Partial<ServerScenario>>): KnownScenarios => ({
  traineeId: 't-1', fetchedAt: '2026-12-02T09:00:00.000Z',
  scenarios: items.map((s) => ({ contentHash: 'a'.repeat(64), scenarioId: 'sample', language: 'en', title: 'Shipped sample', source: 'shipped', ...s })),
});

const offeredKeys = (state: LibraryState): string[] => shapeCatalog([shippedEntry], state, load).filter(isOffered).map((e) => `${entryKey(e)}@${e.contentHash[0]}`);

describe('the catalog as the cohort shapes it', () => {
  it('offers every shipped scenario outside a cohort and before a list was fetched', () => {
    expect(offeredKeys({ membership: null, known: listed(), held: [held('b')] })).toEqual(['shipped:sample/en@a']);
    expect(offeredKeys({ membership: member, known: null, held: [] })).toEqual(['shipped:sample/en@a']);
    // A list fetched for someone else on this device does not count.
    expect(offeredKeys({ membership: member, known: { ...listed(), traineeId: 't-2', scenarios: [] }, held: [] })).toEqual(['shipped:sample/en@a']);
  });

  it('adds the cohort\'s versions beside the shipped one, apart by key, and withdraws a shipped scenario the list leaves out', () => {
    const other = held('b', { scenarioId: 'other', meta: aMeta({ id: 'other', title: 'Other' }) });
    expect(offeredKeys({ membership: member, known: listed({}, { contentHash: 'b'.repeat(64), scenarioId: 'other', source: 'cohort' }), held: [other] }))
      .toEqual(['shipped:sample/en@a', 'cohort:other/en@b']);
    expect(offeredKeys({ membership: member, known: listed({ scenarioId: 'else' }), held: [] })).toEqual([]);
  });

  it('lets a cohort version replace the shipped scenario of the same id once it is on this device, not before', () => {
    const known = listed({ contentHash: 'b'.repeat(64), source: 'cohort', title: 'Trainer sample' });
    expect(offeredKeys({ membership: member, known, held: [] })).toEqual(['shipped:sample/en@a']);
    const shaped = shapeCatalog([shippedEntry], { membership: member, known, held: [held('b')] }, load);
    expect(shaped.filter(isOffered).map(entryKey)).toEqual(['cohort:sample/en']);
    // The shipped entry is kept for the attempts played on it, found by their content hash.
    expect(findEntry(shaped, { scenarioId: 'sample', language: 'en', local: false, contentHash: 'a'.repeat(64) })?.meta.title).toBe('Shipped sample');
    expect(findEntry(shaped, { scenarioId: 'sample', language: 'en', local: false })?.meta.title).toBe('Trainer sample');
  });

  it('offers no version withdrawn, of another cohort, or bounded under another rubric, and plays a version from its stored story', async () => {
    const state = {
      membership: member, known: listed({}),
      held: [held('b', { withdrawnAt: '2026-12-02T09:00:00.000Z' }), held('c', { cohortId: 'south' }), held('d', { rubricVersion: '1.0.0' })],
    };
    const shaped = shapeCatalog([shippedEntry], state, load);
    expect(shaped.filter(isOffered).map(entryKey)).toEqual(['shipped:sample/en']);
    expect(shaped.filter((e) => e.cohort).map((e) => e.withdrawn)).toEqual([true, true, true]);
    expect(await shaped[1]!.loadStory()).toBe('story bbbb');
    expect(shaped[1]).toMatchObject({ local: false, bestPath: [], cohort: { cohortId: 'north', cohortName: 'North team', since: '2026-12-01T10:00:00.000Z' } });
  });
});
