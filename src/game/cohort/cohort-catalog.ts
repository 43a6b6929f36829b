// The scenario catalog as the trainee's cohort shapes it: the cohort's published versions
// downloaded to this device become entries (played from the downloaded copy, so offline too), and
// what the server no longer lists is kept for past attempts but offered no more — a retired or
// replaced version, a shipped scenario the cohort hides, or one it replaced with its own version.
// Outside a cohort (or before the first list is fetched) the shipped scenarios are all offered.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { CohortVersion, KnownScenarios, Membership, ServerScenario } from '../../storage/cohort-records.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';

/** A downloaded version as kept in memory: everything but the story, which is read when played. */
export type HeldVersion = Omit<CohortVersion, 'storyJson'>;

export interface LibraryState {
  membership: Membership | null;
  /** The server's list as last fetched (for the member it was fetched for). */
  known: KnownScenarios | null;
  held: readonly HeldVersion[];
}

const sameScenario = (a: { scenarioId: string; language: string }, b: { scenarioId: string; language: string }): boolean =>
  a.scenarioId === b.scenarioId && a.language === b.language;

/**
 * Offered: a version of the trainee's cohort the server still lists, scored under this game's
 * rubric (bounds found under another would mis-score every run).
 */
export function offeredVersion(version: HeldVersion, membership: Membership | null): boolean {
  return membership !== null && version.cohortId === membership.cohortId && version.withdrawnAt === null && version.rubricVersion === courseRubric.version;
}

/** The list fetched for the current member, or null when there is none to go by. */
export function currentList(state: Pick<LibraryState, 'membership' | 'known'>): readonly ServerScenario[] | null {
  const { membership, known } = state;
  return membership && known && known.traineeId === membership.traineeId ? known.scenarios : null;
}

export function cohortEntry(version: HeldVersion, offered: boolean, loadStory: (contentHash: string) => Promise<string>): ScenarioEntry {
  return {
    meta: version.meta,
    language: version.language,
    contentHash: version.contentHash,
    bounds: version.bounds,
    rubricVersion: version.rubricVersion,
    ...(version.endingBest ? { endingBest: version.endingBest } : {}),
    bestPath: [],
    loadStory: () => loadStory(version.contentHash),
    local: false,
    cohort: { cohortId: version.cohortId, cohortName: version.cohortName, since: version.since },
    withdrawn: !offered,
  };
}

/**
 * `entries`: the game's catalog (shipped and local); answers it with the cohort's versions added
 * and the shipped scenarios the cohort does not list marked withdrawn. A shipped scenario the
 * server replaced with a cohort version stays offered until that version is on this device.
 */
export function shapeCatalog(entries: readonly ScenarioEntry[], state: LibraryState, loadStory: (contentHash: string) => Promise<string>): ScenarioEntry[] {
  const list = currentList(state);
  const offeredHere = state.held.filter((v) => offeredVersion(v, state.membership));
  const hidden = (entry: ScenarioEntry): boolean => {
    if (!list || entry.local || entry.cohort) return false;
    const ref = { scenarioId: entry.meta.id, language: entry.language };
    if (list.some((s) => s.source === 'shipped' && sameScenario(s, ref))) return false;
    const replacement = list.find((s) => s.source === 'cohort' && sameScenario(s, ref));
    return !replacement || offeredHere.some((v) => v.contentHash === replacement.contentHash);
  };
  const shaped = entries.map((entry) => (hidden(entry) ? { ...entry, withdrawn: true } : entry));
  return [...shaped, ...state.held.map((v) => cohortEntry(v, offeredVersion(v, state.membership), loadStory))];
}
