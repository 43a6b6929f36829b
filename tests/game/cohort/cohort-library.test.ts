// The trainee's cohort library against the real cohort server: published versions downloaded and
// played from this device, a newer version replacing the old one with a notice, a retired one
// and a hidden shipped scenario leaving the list, leaving the cohort, assignments cached for
// offline, and no more than one list fetch a minute. Only the network's failures are simulated.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { Session } from '../../../src/core/session/session.ts';
import { shapeCatalog } from '../../../src/game/cohort/cohort-catalog.ts';
import { CohortFeature } from '../../../src/game/cohort/cohort-feature.ts';
import { REFRESH_INTERVAL_MS, type LibraryChange } from '../../../src/game/cohort/cohort-library.ts';
import { findEntry, isOffered, type ScenarioEntry } from '../../../src/game/run/scenario-entry.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import type { FetchLike } from '../../../src/net/http-transport.ts';
import { SubmissionQueue } from '../../../src/storage/submission-queue.ts';
import { duelSource } from '../../server/helpers/test-stories.ts';
import { aBundle, aMeta, anEntry } from '../builders.ts';
import { SHIPPED_ID, startCohortServer, type CohortServer } from '../../net/helpers/cohort-server.ts';

let server: CohortServer;
let dbCount = 0;

beforeAll(async () => {
  server = await startCohortServer();
}, 120_000);
afterAll(() => server?.stop());

/** A network this test can take away: requests fail as a browser's do offline. */
class Network {
  offline = false;
  readonly paths: string[] = [];
  readonly fetch: FetchLike = (input, init) => {
    if (this.offline) return Promise.reject(new TypeError('Failed to fetch'));
    this.paths.push(new URL(input, server.url).pathname);
    return globalThis.fetch(input, init);
  };
}

interface Trainee {
  feature: CohortFeature;
  queue: SubmissionQueue;
  network: Network;
  clock: { ms: number };
  changes: LibraryChange[];
  name: string;
}

async function cohort(name: string): Promise<{ trainer: CohortClient; joinCode: string; cohortName: string }> {
  const created = await new CohortClient({ baseUrl: server.url }).createCohort({ name });
  return { trainer: new CohortClient({ baseUrl: server.url, token: created.trainerKey }), joinCode: created.joinCode, cohortName: created.name };
}

async function trainee(joinCode: string | null, name = `library-${++dbCount}`): Promise<Trainee> {
  const network = new Network();
  const clock = { ms: Date.now() };
  const queue = await SubmissionQueue.open(name);
  const feature = new CohortFeature({ storage: queue, client: new CohortClient({ baseUrl: server.url, fetch: network.fetch }), clock: { now: () => clock.ms } });
  const changes: LibraryChange[] = [];
  feature.library?.subscribe((change) => changes.push(change));
  await feature.start();
  if (joinCode) expect(await feature.join(joinCode, `Trainee ${dbCount}`)).toMatchObject({ ok: true });
  return { feature, queue, network, clock, changes, name };
}

/** Waits for the refresh under way (join and start begin one) and runs a forced one after it. */
async function refreshed(t: Trainee): Promise<void> {
  const membership = t.feature.current;
  if (!membership || !t.feature.library) throw new Error('not in a cohort');
  await t.feature.library.refresh(membership, true);
  await t.feature.library.refresh(membership, true);
}

/** The shipped catalog as the game reads it, reduced to what the cohort's shaping looks at. */
const shipped: ScenarioEntry = anEntry(aBundle().bundle, { meta: aMeta({ id: SHIPPED_ID, title: 'Shipped' }), contentHash: 'c'.repeat(64) });

function catalog(t: Trainee): ScenarioEntry[] {
  const { library } = t.feature;
  if (!library) throw new Error('no library');
  return shapeCatalog([shipped], library.state(t.feature.current), (hash) => library.loadStory(hash));
}

const offered = (t: Trainee): string[] => catalog(t).filter(isOffered).map((e) => `${e.cohort ? 'cohort' : 'shipped'}:${e.meta.id}:${e.meta.title}`).sort();

describe('the cohort library on a trainee\'s device', () => {
  it('downloads a published version with its cohort\'s name and plays it from this device with the network gone', async () => {
    const { trainer, joinCode, cohortName } = await cohort('North team');
    const published = (await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'lib-duel', title: 'Library duel' }) })).scenario;
    const t = await trainee(joinCode);
    await refreshed(t);
    expect(offered(t)).toEqual(['cohort:lib-duel:Library duel', `shipped:${SHIPPED_ID}:Shipped`]);
    const entry = catalog(t).find((e) => e.cohort)!;
    expect(entry).toMatchObject({ local: false, contentHash: published.contentHash, bestPath: [], cohort: { cohortName }, language: 'en' });
    expect(t.changes.some((c) => c.catalog)).toBe(true);

    // Offline, and after a restart of the page: the story comes from this device.
    t.network.offline = true;
    t.queue.close();
    const again = await trainee(null, t.name);
    again.network.offline = true;
    const stored = catalog(again).find((e) => e.cohort)!;
    const story = await stored.loadStory();
    expect(createHash('sha256').update(story).digest('hex')).toBe(published.contentHash);
    const session = new Session({
      storyJson: story, meta: stored.meta, rubric: courseRubric, seed: 0, bounds: stored.bounds, ...(stored.endingBest ? { endingBest: stored.endingBest } : {}),
    });
    session.start();
    for (const index of published.bestPath) session.choose(index);
    expect(session.ended).toBe(true);
    expect(session.result().overall).toBe(published.bestOverall);
  });

  it('replaces a version with the trainer\'s newer one and names it, keeping the old one for the attempts played on it', async () => {
    const { trainer, joinCode } = await cohort('Update team');
    const first = (await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'upd-duel', title: 'Duel, first cut' }) })).scenario;
    const t = await trainee(joinCode);
    await refreshed(t);
    expect(offered(t)).toContain('cohort:upd-duel:Duel, first cut');
    expect(t.changes.flatMap((c) => c.updated)).toEqual([]);

    await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'upd-duel', title: 'Duel, second cut' }) });
    await refreshed(t);
    expect(offered(t).filter((e) => e.includes('upd-duel'))).toEqual(['cohort:upd-duel:Duel, second cut']);
    expect(t.changes.flatMap((c) => c.updated)).toEqual(['Duel, second cut']);
    // An attempt on the first version still finds it (its title, its replay).
    const old = findEntry(catalog(t), { scenarioId: 'upd-duel', language: 'en', local: false, contentHash: first.contentHash });
    expect(old).toMatchObject({ contentHash: first.contentHash, withdrawn: true });
    expect(await old!.loadStory()).toContain('inkVersion');
  });

  it('takes a retired version and a shipped scenario the cohort hides off the list', async () => {
    const { trainer, joinCode } = await cohort('Tidy team');
    const published = (await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'old-duel', title: 'Old duel' }) })).scenario;
    const t = await trainee(joinCode);
    await refreshed(t);
    expect(offered(t)).toEqual(['cohort:old-duel:Old duel', `shipped:${SHIPPED_ID}:Shipped`]);

    await trainer.retireScenario(published.contentHash, true);
    await trainer.hideShipped(SHIPPED_ID, true);
    await refreshed(t);
    expect(offered(t)).toEqual([]);
    expect(catalog(t).map((e) => e.withdrawn)).toEqual([true, true]);

    // Brought back by the trainer: offered again, from the copy already here.
    await trainer.retireScenario(published.contentHash, false);
    await trainer.hideShipped(SHIPPED_ID, false);
    const before = t.network.paths.filter((p) => p.startsWith('/api/scenarios/')).length;
    await refreshed(t);
    expect(offered(t)).toEqual(['cohort:old-duel:Old duel', `shipped:${SHIPPED_ID}:Shipped`]);
    expect(t.network.paths.filter((p) => p.startsWith('/api/scenarios/')).length).toBe(before);
  });

  it('offers the shipped scenarios alone again once the trainee leaves the cohort', async () => {
    const { trainer, joinCode } = await cohort('Leaving team');
    await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'leave-duel', title: 'Leave duel' }) });
    await trainer.hideShipped(SHIPPED_ID, true);
    const t = await trainee(joinCode);
    await refreshed(t);
    expect(offered(t)).toEqual(['cohort:leave-duel:Leave duel']);
    await t.feature.leave();
    expect(offered(t)).toEqual([`shipped:${SHIPPED_ID}:Shipped`]);
  });

  it('fetches the list at most once a minute unless forced, and keeps what it had when the fetch fails', async () => {
    const { trainer, joinCode } = await cohort('Quiet team');
    await trainer.publishScenario({ language: 'en', source: duelSource({ id: 'quiet-duel', title: 'Quiet duel' }) });
    const t = await trainee(joinCode);
    await refreshed(t);
    const lists = (): number => t.network.paths.filter((p) => p === '/api/scenarios').length;
    const fetched = lists();
    t.feature.refreshLibrary();
    t.feature.refreshLibrary();
    t.clock.ms += REFRESH_INTERVAL_MS - 1;
    t.feature.refreshLibrary();
    await t.feature.library!.refresh(t.feature.current!);
    expect(lists()).toBe(fetched);
    t.clock.ms += 1;
    await t.feature.library!.refresh(t.feature.current!);
    expect(lists()).toBe(fetched + 1);

    t.network.offline = true;
    expect(await t.feature.library!.refresh(t.feature.current!, true)).toBeNull();
    expect(offered(t)).toContain('cohort:quiet-duel:Quiet duel');
  });

  it('shows the trainee\'s assignments with their status, and still has them offline after a restart', async () => {
    const { trainer, joinCode } = await cohort('Assigned team');
    const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const assignment = await trainer.createAssignment({ scenarioId: SHIPPED_ID, dueAt, passMark: 70 });
    const t = await trainee(joinCode);
    await refreshed(t);
    expect(t.feature.assignments()).toEqual([expect.objectContaining({ assignmentId: assignment.assignmentId, scenarioId: SHIPPED_ID, status: 'not-started', passMark: 70, best: null })]);
    expect(t.changes.some((c) => c.assignments)).toBe(true);

    t.queue.close();
    const again = await trainee(null, t.name);
    again.network.offline = true;
    expect(again.feature.assignments().map((a) => a.assignmentId)).toEqual([assignment.assignmentId]);
    await again.feature.leave();
    expect(again.feature.assignments()).toEqual([]);
  });
});
