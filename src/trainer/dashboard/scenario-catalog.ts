// The scenarios a trainer can filter by: every scenario id the cohort may play (shipped or
// published), titled in the interface language where a version in it exists, and the versions
// a trainer published grouped by scenario and language, newest first, with the one trainees play
// (the newest not retired).
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioVersion } from '../../contract/scenarios.ts';

export interface ScenarioOption {
  id: string;
  title: string;
}

export function scenarioOptions(versions: readonly ScenarioVersion[], language: Language): ScenarioOption[] {
  const byId = new Map<string, ScenarioVersion>();
  for (const v of versions) {
    const known = byId.get(v.scenarioId);
    const better = !known || (v.language === language && known.language !== language)
      || (v.language === known.language && v.since > known.since);
    if (better) byId.set(v.scenarioId, v);
  }
  return [...byId.values()]
    .map((v) => ({ id: v.scenarioId, title: v.title }))
    .sort((a, b) => a.title.localeCompare(b.title, language) || a.id.localeCompare(b.id));
}

export interface VersionGroup<V extends ScenarioVersion = ScenarioVersion> {
  scenarioId: string;
  language: Language;
  /** The newest version's title. */
  title: string;
  /** Newest first. */
  versions: V[];
}

export function groupVersions<V extends ScenarioVersion>(versions: readonly V[]): Array<VersionGroup<V>> {
  const groups = new Map<string, VersionGroup<V>>();
  const newestFirst = [...versions].sort((a, b) => b.since.localeCompare(a.since) || a.contentHash.localeCompare(b.contentHash));
  for (const v of newestFirst) {
    const key = `${v.scenarioId}/${v.language}`;
    let group = groups.get(key);
    if (!group) {
      group = { scenarioId: v.scenarioId, language: v.language, title: v.title, versions: [] };
      groups.set(key, group);
    }
    group.versions.push(v);
  }
  return [...groups.values()];
}

/** The version trainees play: the newest one not retired; none when every one is. */
export function currentVersion<V extends ScenarioVersion & { retired: boolean }>(group: VersionGroup<V>): V | null {
  return group.versions.find((v) => !v.retired) ?? null;
}

/** The title of the version an attempt played; failing that, of the scenario in its language, then in any. */
export function titleFor(versions: readonly ScenarioVersion[], attempt: { scenarioId: string; language: string; contentHash: string }): string {
  const { scenarioId, language, contentHash } = attempt;
  return versions.find((v) => v.contentHash === contentHash)?.title
    ?? versions.find((v) => v.scenarioId === scenarioId && v.language === language)?.title
    ?? versions.find((v) => v.scenarioId === scenarioId)?.title
    ?? scenarioId;
}
