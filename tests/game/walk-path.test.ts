import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { rubricForVersion } from '../../src/core/rubric/rubric-versions.ts';
import type { ScenarioBundle } from '../../src/core/session/scenario-bundle.ts';
import { replay } from '../../src/core/session/replay.ts';
import { comparePaths } from '../../src/game/run/compare-paths.ts';
import { loadReplay } from '../../src/game/run/replay-data.ts';
import { walkPath } from '../../src/game/run/walk-path.ts';
import { aBundle, anAttempt, anEntry } from './builders.ts';
import { DIMENSION_IDS } from '../../src/core/schemas/rubric.ts';
import { sha256Hex } from '../../src/core/util/sha256.ts';
import { compileHostile, SILENT_LOOP } from '../helpers/hostile-stories.ts';

interface Golden { file: string; contentHash: string; seed: number; choices: number[]; outcome: string | null; overall: number; scores: Record<string, number> }

const { bundle, bestPath } = aBundle();
const inputs = (choices: number[]) => ({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices });

describe('walkPath', () => {
  it('keeps one step per choice, with what was on offer and what the step earned', () => {
    const walk = walkPath(bundle, courseRubric, 0, [0, 0, 0]);
    expect(walk.error).toBeNull();
    expect(walk.steps).toHaveLength(4);
    expect(walk.steps[0]?.choice).toBeNull();
    expect(walk.steps[1]?.offered.map((c) => c.text)).toEqual(['Ask how the family uses the internet', 'Pitch the plan straight away']);
    expect(walk.steps[1]?.choice?.text).toBe('Ask how the family uses the internet');
    expect(walk.steps.flatMap((s) => s.evidence)).toEqual(walk.result.evidence);
    expect(walk.steps.flatMap((s) => s.entries)).toEqual(walk.result.transcript);
  });

  it('ends with the same result as a deterministic replay', () => {
    expect(walkPath(bundle, courseRubric, 0, [0, 1, 1]).result).toEqual(replay(bundle, courseRubric, inputs([0, 1, 1])));
  });

  it('stops at a step where the story runs away and says why, keeping the steps before it', () => {
    const hostile = compileHostile(SILENT_LOOP);
    const zero = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { min: 0, max: 0 }])) as ScenarioBundle['bounds'];
    const runaway: ScenarioBundle = { ...hostile, language: 'en', contentHash: sha256Hex(hostile.storyJson), bounds: zero, rubricVersion: courseRubric.version };
    const walk = walkPath(runaway, courseRubric, 0, [0, 0]);
    expect(walk.steps).toHaveLength(1);
    expect(walk.error).toBe('step 1: the story ran 200,000 steps in knot "spin" without reaching a choice or an end');
  });

  it('stops before a choice that is not offered and says which step', () => {
    const walk = walkPath(bundle, courseRubric, 0, [0, 7]);
    expect(walk.steps).toHaveLength(2);
    expect(walk.error).toMatch(/step 2: choice 7 is not offered/);
  });
});

describe('comparePaths', () => {
  it('finds no divergence when the attempt is the best path', () => {
    const best = walkPath(bundle, courseRubric, 0, bestPath);
    expect(comparePaths(best, best)).toEqual({ shared: bestPath.length, divergesAt: null, yours: null, best: null });
  });

  it('names the step where the attempt left the best path and what each choice earned there', () => {
    const best = walkPath(bundle, courseRubric, 0, bestPath);
    const other = bestPath.map((n, i) => (i === 1 ? 1 - n : n));
    const compared = comparePaths(walkPath(bundle, courseRubric, 0, other), best);
    expect(compared.shared).toBe(1);
    expect(compared.divergesAt).toBe(2);
    expect(compared.best?.text).toBe(best.steps[2]?.choice?.text);
    expect(compared.best?.points).toBe(best.steps[2]!.evidence.reduce((sum, e) => sum + e.points, 0));
    expect(compared.yours?.text).not.toBe(compared.best?.text);
  });

  it('parts at the first step when an attempt ended early', () => {
    const best = walkPath(bundle, courseRubric, 0, bestPath);
    const compared = comparePaths(walkPath(bundle, courseRubric, 0, [1]), best);
    expect(compared.divergesAt).toBe(1);
    expect(compared.yours?.evidence.some((e) => e.reason === 'fault')).toBe(true);
  });
});

describe('loadReplay', () => {
  const finishedOnce = { finishedOnce: true };
  const current = (over: Parameters<typeof anAttempt>[0] = {}) =>
    anAttempt({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, ...over });

  it('rebuilds a stored attempt under its rubric and compares it with the entry\'s best path', async () => {
    const attempt = current({ seed: 3, choices: [0, 1, 1] });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { bestPath })], finishedOnce);
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.data.walk.steps).toHaveLength(4);
    expect(loaded.data.rubric?.version).toBe(courseRubric.version);
    expect(loaded.data.scores).toMatchObject({ source: 'replayed', overall: loaded.data.walk.result.overall, scores: loaded.data.walk.result.scores });
    expect(loaded.data.best?.result.overall).toBeGreaterThanOrEqual(loaded.data.walk.result.overall);
    expect(loaded.data.comparison?.divergesAt).not.toBeNull();
  });

  it('keeps the best path back until the trainee has finished the scenario once', async () => {
    const attempt = current({ status: 'abandoned', outcome: null, choices: [0] });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { bestPath })], { finishedOnce: false });
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.data).toMatchObject({ best: null, comparison: null, bestUnlocked: false });
    expect(loaded.data.walk.steps).toHaveLength(2);
  });

  it('has nothing to compare for a scenario without a best path', async () => {
    const attempt = current({ local: true, choices: [1] });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { local: true })], finishedOnce);
    expect(loaded.ok && loaded.data.best).toBeNull();
  });

  it('shows the stored scores of an attempt under a rubric this build does not know, and no points per step', async () => {
    const attempt = current({ rubricVersion: '9.9.9', choices: [0, 0, 0], overall: 77, scores: { discovery: 77 } });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { bestPath })], finishedOnce);
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.data.rubric).toBeNull();
    expect(loaded.data.scores).toMatchObject({ source: 'unknown-rubric', overall: 77, scores: { discovery: 77 } });
    expect(loaded.data.walk.steps).toHaveLength(4);
    expect(loaded.data.best).toBeNull();
  });

  it('refuses an attempt whose scenario is gone or has changed', async () => {
    const attempt = current();
    expect(await loadReplay(attempt, [], finishedOnce)).toMatchObject({ ok: false, problem: 'missing' });
    expect(await loadReplay({ ...attempt, contentHash: 'b'.repeat(64) }, [anEntry(bundle)], finishedOnce)).toMatchObject({ ok: false, problem: 'outdated' });
    expect(await loadReplay({ ...attempt, choices: [0, 9] }, [anEntry(bundle)], finishedOnce)).toMatchObject({ ok: false, problem: 'unplayable' });
  });
});

describe('loadReplay of attempts scored under rubric 1.0.0', () => {
  // A story as it was under rubric 1.0.0, with the scores that version gave attempts on it.
  const golden = (JSON.parse(readFileSync('tests/fixtures/rubric-1.0.0/attempts.json', 'utf8')) as Golden[])
    .filter((g) => g.file.endsWith('outbound-bundle/en.ink')).slice(0, 3);
  const file = golden[0]!.file;
  const read = (path: string): string | null => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  let checked: ScenarioBundle | null = null;
  /** Checked once, under 1.0.0: exploring a full story takes seconds. */
  const old = (): ScenarioBundle => {
    if (checked) return checked;
    const { bundle: b } = checkScenario({ file, source: read(file)!, read, rubric: rubricForVersion('1.0.0')! });
    if (!b) throw new Error(`${file} does not compile`);
    checked = b;
    return b;
  };
  const stored = (g: Golden) => anAttempt({
    scenarioId: 'outbound-bundle', contentHash: g.contentHash, rubricVersion: '1.0.0', seed: g.seed, choices: g.choices,
    outcome: g.outcome as 'sale', overall: g.overall, scores: g.scores,
  });

  it('replays them to their original scores when the scenario\'s bounds were found under 1.0.0', async () => {
    expect(old().rubricVersion).toBe('1.0.0');
    for (const g of golden) {
      const loaded = await loadReplay(stored(g), [anEntry(old())], { finishedOnce: true });
      if (!loaded.ok) throw new Error(loaded.detail);
      expect(loaded.data.rubric?.version).toBe('1.0.0');
      expect(loaded.data.scores).toMatchObject({ source: 'replayed', overall: g.overall, scores: g.scores });
      expect(loaded.data.walk.result.redLines).toEqual([]);
    }
  });

  it('shows their stored scores, not re-scored ones, when the bounds belong to the current rubric', async () => {
    // The same story as the current build ships it: its bounds found under the current rubric.
    const now: ScenarioBundle = { ...old(), rubricVersion: courseRubric.version };
    expect(now.contentHash).toBe(golden[0]!.contentHash);
    for (const g of golden) {
      const loaded = await loadReplay(stored(g), [anEntry(now, { bestPath: [0] })], { finishedOnce: true });
      if (!loaded.ok) throw new Error(loaded.detail);
      expect(loaded.data.rubric?.version, 'the steps are still explained under the attempt\'s own rubric').toBe('1.0.0');
      expect(loaded.data.scores).toEqual({ source: 'other-rubric', overall: g.overall, scores: g.scores, outOfReach: [], notAssessed: [] });
      expect(loaded.data.best, 'a 1.0.0 attempt is not set against a best path scored under 2.0.0').toBeNull();
    }
  });
});
