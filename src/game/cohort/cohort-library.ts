// The trainee's cohort library: the server's scenario list, the cohort's published versions
// downloaded for offline play, and the trainee's assignments, each kept on this device. A refresh
// (at start, when the browser comes online, after joining, when the list opens; at most once a
// minute unless forced) fetches the list, downloads every cohort version not held yet, withdraws
// what the server no longer lists once its replacement is here, and says which scenarios the
// trainer updated. Everything it read last stays usable offline.
import { isoNow, type Clock } from '../../core/clock.ts';
import type { MyAssignment } from '../../contract/assignments.ts';
import type { CohortClient } from '../../net/cohort-client.ts';
import type { CachedAssignments, KnownScenarios, Membership, ServerScenario } from '../../storage/cohort-records.ts';
import { offeredVersion, type HeldVersion, type LibraryState } from './cohort-catalog.ts';
import type { CohortStorage } from './cohort-storage.ts';

/** What the library uses of the API client, as the trainee. */
export type LibraryApi = Pick<CohortClient, 'withToken'>;

/** At most one list fetch a minute, however often the list screen opens. */
export const REFRESH_INTERVAL_MS = 60_000;

export interface LibraryChange {
  /** The versions held or the list changed: the catalog is shaped anew. */
  catalog: boolean;
  assignments: boolean;
  /** Titles of the scenarios the trainer replaced with a newer version in this refresh. */
  updated: string[];
}

export interface LibraryDeps {
  storage: CohortStorage;
  client: LibraryApi;
  clock: Clock;
}

const key = (s: { scenarioId: string; language: string }): string => `${s.scenarioId}/${s.language}`;

export class CohortLibrary {
  private held: HeldVersion[] = [];
  private known: KnownScenarios | null = null;
  private cached: CachedAssignments | null = null;
  private lastFetched = Number.NEGATIVE_INFINITY;
  private running: Promise<KnownScenarios | null> | null = null;
  private readonly listeners = new Set<(change: LibraryChange) => void>();

  constructor(private readonly deps: LibraryDeps) {}

  /** Reads what an earlier visit kept; an unreadable part is simply not there. */
  async load(): Promise<void> {
    const { storage } = this.deps;
    const [held, known, cached] = await Promise.all([
      storage.listVersions().catch(() => []),
      storage.getKnownScenarios().catch(() => null),
      storage.getAssignments().catch(() => null),
    ]);
    this.held = held.map((v) => withoutStory(v));
    this.known = known;
    this.cached = cached;
    this.emit({ catalog: true, assignments: true, updated: [] });
  }

  state(membership: Membership | null): LibraryState {
    return { membership, known: this.known, held: this.held };
  }

  /** The list as last fetched for this member (null: none yet). */
  knownFor(membership: Membership): KnownScenarios | null {
    return this.known && this.known.traineeId === membership.traineeId ? this.known : null;
  }

  /** This member's assignments as last fetched, soonest due first. */
  assignmentsFor(membership: Membership | null): readonly MyAssignment[] {
    return membership && this.cached && this.cached.traineeId === membership.traineeId ? this.cached.assignments : [];
  }

  /** The story of a downloaded version, read from this device. */
  async loadStory(contentHash: string): Promise<string> {
    const version = await this.deps.storage.getVersion(contentHash);
    if (!version) throw new Error(`the cohort's scenario version ${contentHash.slice(0, 12)} is no longer on this device`);
    return version.storyJson;
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Fetches the list and the assignments and brings the downloaded versions in line. Settles with
   * the list fetched (null when it could not be). Unforced, it does nothing within a minute of the
   * last fetch; a refresh already under way is shared.
   */
  refresh(membership: Membership, force = false): Promise<KnownScenarios | null> {
    if (this.running) return this.running;
    if (!force && this.deps.clock.now() - this.lastFetched < REFRESH_INTERVAL_MS) return Promise.resolve(this.knownFor(membership));
    this.running = this.fetchAll(membership).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The assignments alone (an exam just ended, so a status may have changed). */
  async refreshAssignments(membership: Membership): Promise<void> {
    try {
      const assignments = await this.deps.client.withToken(membership.token).myAssignments();
      const cached: CachedAssignments = { traineeId: membership.traineeId, fetchedAt: isoNow(this.deps.clock), assignments };
      await this.deps.storage.putAssignments(cached);
      this.cached = cached;
      this.emit({ catalog: false, assignments: true, updated: [] });
    } catch {
      // Offline, or refused: the assignments fetched before still show.
    }
  }

  /** After leaving the cohort: its list and assignments are gone (its versions stay for past attempts). */
  forget(): void {
    this.known = null;
    this.cached = null;
    this.lastFetched = Number.NEGATIVE_INFINITY;
    this.emit({ catalog: true, assignments: true, updated: [] });
  }

  private async fetchAll(membership: Membership): Promise<KnownScenarios | null> {
    const assignments = this.refreshAssignments(membership);
    let known: KnownScenarios;
    try {
      const list = await this.deps.client.withToken(membership.token).scenarios();
      known = {
        traineeId: membership.traineeId,
        fetchedAt: isoNow(this.deps.clock),
        scenarios: list.scenarios.map(({ contentHash, scenarioId, language, title, source }) => ({ contentHash, scenarioId, language, title, source })),
      };
      await this.deps.storage.putKnownScenarios(known);
    } catch {
      await assignments;
      return null;
    }
    this.known = known;
    this.lastFetched = this.deps.clock.now();
    const updated = await this.sync(membership, known.scenarios);
    this.emit({ catalog: true, assignments: false, updated });
    await assignments;
    return known;
  }

  /** Downloads what is listed and not held, then withdraws what is held and no longer listed. */
  private async sync(membership: Membership, listed: readonly ServerScenario[]): Promise<string[]> {
    const { storage, clock } = this.deps;
    const wanted = listed.filter((s) => s.source === 'cohort');
    const before = this.held.filter((v) => offeredVersion(v, membership));
    const arrived: ServerScenario[] = [];
    for (const version of wanted) {
      const held = this.held.find((v) => v.contentHash === version.contentHash);
      try {
        if (!held) await this.download(membership, version);
        else if (held.withdrawnAt !== null || held.cohortId !== membership.cohortId) await this.revive(membership, version.contentHash);
        else continue;
        arrived.push(version);
      } catch {
        // Not this time (offline, or refused): the version held before stays offered meanwhile.
      }
    }
    const listedHashes = new Set(listed.map((s) => s.contentHash));
    const hereNow = new Set(this.held.filter((v) => v.withdrawnAt === null && v.cohortId === membership.cohortId).map((v) => v.contentHash));
    const gone = this.held.filter((v) => v.cohortId === membership.cohortId && v.withdrawnAt === null && !listedHashes.has(v.contentHash)).filter((v) => {
      const replacement = wanted.find((s) => key(s) === key(v));
      return !replacement || hereNow.has(replacement.contentHash);
    });
    if (gone.length > 0) {
      const at = isoNow(clock);
      await storage.withdrawVersions(gone.map((v) => v.contentHash), at);
      const hashes = new Set(gone.map((v) => v.contentHash));
      this.held = this.held.map((v) => (hashes.has(v.contentHash) ? { ...v, withdrawnAt: at } : v));
    }
    // Updated: a version arrived for a scenario that had another one offered here before.
    return arrived.filter((s) => before.some((v) => key(v) === key(s) && v.contentHash !== s.contentHash)).map((s) => s.title);
  }

  private async download(membership: Membership, listed: ServerScenario): Promise<void> {
    const playable = await this.deps.client.withToken(membership.token).scenarioVersion(listed.contentHash);
    if (playable.contentHash !== listed.contentHash) throw new Error('the server answered another version');
    const version = {
      ...playable, cohortId: membership.cohortId, cohortName: membership.cohortName, downloadedAt: isoNow(this.deps.clock), withdrawnAt: null,
    };
    await this.deps.storage.putVersion(version);
    this.held = [...this.held.filter((v) => v.contentHash !== version.contentHash), withoutStory(version)];
  }

  /** A version listed again (published anew, or its retirement undone): offered again. */
  private async revive(membership: Membership, contentHash: string): Promise<void> {
    const stored = await this.deps.storage.getVersion(contentHash);
    if (!stored) throw new Error('not on this device');
    const version = { ...stored, cohortId: membership.cohortId, cohortName: membership.cohortName, withdrawnAt: null };
    await this.deps.storage.putVersion(version);
    this.held = this.held.map((v) => (v.contentHash === contentHash ? withoutStory(version) : v));
  }

  private emit(change: LibraryChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function withoutStory<T extends { storyJson: string }>(version: T): Omit<T, 'storyJson'> {
  const { storyJson, ...rest } = version;
  void storyJson;
  return rest;
}
