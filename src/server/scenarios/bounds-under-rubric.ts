// A stored scenario version's score bounds under a rubric other than the one it was checked
// with: an attempt is scored under the rubric it names, and a dimension's 0–100 only means
// something against the range that same rubric can reach. Found the way the checker finds them —
// exploring every state of the stored (compiled) story — and picked the same way.
import { explore } from '../../toolchain/explore.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { replay } from '../../core/session/replay.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { compileInk, type ReadSource, type StoryStructure } from '../../toolchain/compile.ts';

export type Rebounded =
  | { ok: true; bundle: ScenarioBundle; bestPath: number[] }
  | { ok: false; reason: string };

/** The visit and turn counts a story reads: what tells two states of it apart. */
export type StoryReads = StoryStructure['significant'];

/**
 * The counts the story reads, as the compiler finds them for the checker; kept with each stored
 * version, since the compiled story counts every visit and cannot say which ones are read.
 * Without them the explorer keeps every count, and a story that loops back to a menu it has
 * shown never comes back to a state it has seen.
 */
export function storyReads(file: string, source: string, read: ReadSource): StoryReads | null {
  const compiled = compileInk(file, source, read);
  return compiled.json === null ? null : compiled.structure.significant;
}

/**
 * The bundle re-bounded under `rubric`, with its best path there; refused when too large to
 * explore. `reads` null (a version stored before they were kept): every count is kept apart,
 * which finds the same bounds but may need many more states.
 */
export function boundsUnderRubric(stored: ScenarioBundle, rubric: Rubric, maxStates: number, reads: StoryReads | null): Rebounded {
  const exploration = explore({
    storyJson: stored.storyJson, meta: stored.meta, rubric, maxStates, ...(reads ? { significant: reads } : {}),
  });
  if (exploration.truncated) {
    return { ok: false, reason: `scores under rubric ${rubric.version} cannot be bounded for this version: its story has more than ${maxStates} states` };
  }
  const bundle: ScenarioBundle = {
    meta: stored.meta, language: stored.language, storyJson: stored.storyJson, contentHash: stored.contentHash,
    bounds: exploration.bounds, rubricVersion: rubric.version,
    ...(rubric.rules.inContext ? { endingBest: exploration.endingBest } : {}),
  };
  // As the checker does: the best path per won ending may beat the overall best once the
  // dimensions out of that ending's reach are left out, so each candidate is replayed.
  let best: { overall: number; choices: number[] } | null = null;
  for (const choices of [exploration.bestPath, ...Object.values(exploration.bestPathsByWin)]) {
    const run = replay(bundle, rubric, { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices });
    if (best === null || run.overall > best.overall) best = { overall: run.overall, choices };
  }
  return { ok: true, bundle, bestPath: best?.choices ?? [] };
}
