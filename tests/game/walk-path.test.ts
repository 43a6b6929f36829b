import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { comparePaths } from '../../src/game/run/compare-paths.ts';
import { loadReplay } from '../../src/game/run/replay-data.ts';
import { walkPath } from '../../src/game/run/walk-path.ts';
import { aBundle, anAttempt, anEntry } from './builders.ts';

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
  it('rebuilds a stored attempt and compares it with the entry\'s best path', async () => {
    const attempt = anAttempt({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash, seed: 3, choices: [0, 1, 1] });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { bestPath })]);
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.data.walk.steps).toHaveLength(4);
    expect(loaded.data.best?.result.overall).toBeGreaterThanOrEqual(loaded.data.walk.result.overall);
    expect(loaded.data.comparison?.divergesAt).not.toBeNull();
  });

  it('has nothing to compare for a scenario without a best path', async () => {
    const attempt = anAttempt({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash, local: true, choices: [1] });
    const loaded = await loadReplay(attempt, [anEntry(bundle, { local: true })]);
    expect(loaded.ok && loaded.data.best).toBeNull();
  });

  it('refuses an attempt whose scenario is gone or has changed', async () => {
    const attempt = anAttempt({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash });
    expect(await loadReplay(attempt, [])).toMatchObject({ ok: false, problem: 'missing' });
    expect(await loadReplay({ ...attempt, contentHash: 'b'.repeat(64) }, [anEntry(bundle)])).toMatchObject({ ok: false, problem: 'outdated' });
    expect(await loadReplay({ ...attempt, choices: [0, 9] }, [anEntry(bundle)])).toMatchObject({ ok: false, problem: 'unplayable' });
  });
});
