// A stored scenario version's score bounds under a rubric other than the one it was checked
// with: an attempt is scored under the rubric it names, and a dimension's 0–100 only means
// something against the range that same rubric can reach. Found the way the checker finds them —
// exploring every state of the stored (compiled) story — and picked the same way.
import { Story } from 'inkjs';
import { explore } from '../../core/analysis/explore.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { replay } from '../../core/session/replay.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

export type Rebounded =
  | { ok: true; bundle: ScenarioBundle; bestPath: number[] }
  | { ok: false; reason: string };

type Significant = { visits: string[]; turns: string[]; turnCount: boolean };

interface RuntimeNode {
  path?: { toString(): string };
  content?: unknown[];
  namedContent?: Map<string, RuntimeNode>;
  visitsShouldBeCounted?: boolean;
  turnIndexShouldBeCounted?: boolean;
}

/**
 * The visit and turn counts the story reads, from its compiled runtime: the same list the
 * compiler gives the checker (src/core/story/compile.ts). Without it the explorer would keep
 * every count, and a story with a loop would never come back to a state it has seen.
 */
export function significantCounts(storyJson: string): Significant {
  const visits: string[] = [];
  const turns: string[] = [];
  const seen = new Set<RuntimeNode>();
  const visit = (node: RuntimeNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.visitsShouldBeCounted) visits.push(node.path?.toString() ?? '');
    if (node.turnIndexShouldBeCounted) turns.push(node.path?.toString() ?? '');
    for (const child of node.content ?? []) if (child && typeof child === 'object') visit(child as RuntimeNode);
    for (const child of node.namedContent?.values() ?? []) visit(child);
  };
  visit(new Story(storyJson).mainContentContainer as unknown as RuntimeNode);
  return { visits, turns, turnCount: storyJson.includes('"turn"') };
}

/** The bundle re-bounded under `rubric`, with its best path there; refused when too large to explore. */
export function boundsUnderRubric(stored: ScenarioBundle, rubric: Rubric, maxStates: number): Rebounded {
  const exploration = explore({
    storyJson: stored.storyJson, meta: stored.meta, rubric, maxStates, significant: significantCounts(stored.storyJson),
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
