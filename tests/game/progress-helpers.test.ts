import { describe, expect, it } from 'vitest';
import { countedAttempts, hasFinished } from '../../src/game/progress/counted-attempts.ts';
import { coverageOf } from '../../src/game/progress/coverage.ts';
import { scenarioStats } from '../../src/game/progress/scenario-stats.ts';
import { linePath, placePoints, type ChartBox } from '../../src/game/progress/trend-geometry.ts';
import { aBundle, anAttempt, anEntry } from './builders.ts';

describe('scenarioStats', () => {
  it('counts attempts and keeps the best and latest score per scenario, whatever the language', () => {
    const stats = scenarioStats([
      anAttempt({ scenarioId: 'a', overall: 40 }), anAttempt({ scenarioId: 'a', overall: 90, language: 'zh-CN' }), anAttempt({ scenarioId: 'a', overall: 60 }),
      anAttempt({ scenarioId: 'b', overall: 10 }),
    ]);
    expect(stats.get('shipped:a')).toEqual({ attempts: 3, best: 90, latest: 60 });
    expect(stats.get('shipped:b')).toEqual({ attempts: 1, best: 10, latest: 10 });
  });

  it('keeps a local scenario apart from a shipped one with the same id', () => {
    const stats = scenarioStats([anAttempt({ scenarioId: 'a', overall: 40 }), anAttempt({ scenarioId: 'a', overall: 70, local: true })]);
    expect(stats.get('shipped:a')?.best).toBe(40);
    expect(stats.get('local:a')?.best).toBe(70);
  });
});

describe('abandoned attempts', () => {
  const left = { status: 'abandoned' as const, outcome: null };

  it('count for no best, latest or attempt count on the scenario list', () => {
    const stats = scenarioStats([anAttempt({ scenarioId: 'a', overall: 40 }), anAttempt({ scenarioId: 'a', overall: 95, ...left }), anAttempt({ scenarioId: 'c', overall: 80, ...left })]);
    expect(stats.get('shipped:a')).toEqual({ attempts: 1, best: 40, latest: 40 });
    expect(stats.has('shipped:c')).toBe(false);
  });

  it('are left out of what the progress figures are made of', () => {
    const kept = anAttempt({ overall: 30 });
    expect(countedAttempts([kept, anAttempt({ overall: 90, ...left })])).toEqual([kept]);
  });

  it('do not count as having finished a scenario; a finished attempt in either mode or language does', () => {
    const ref = { scenarioId: 'a', local: false };
    expect(hasFinished([], ref)).toBe(false);
    expect(hasFinished([anAttempt({ scenarioId: 'a', mode: 'exam', ...left })], ref)).toBe(false);
    expect(hasFinished([anAttempt({ scenarioId: 'b' })], ref)).toBe(false);
    expect(hasFinished([anAttempt({ scenarioId: 'a', local: true })], ref)).toBe(false);
    expect(hasFinished([anAttempt({ scenarioId: 'a', mode: 'coach', language: 'zh-CN' })], ref)).toBe(true);
    expect(hasFinished([anAttempt({ scenarioId: 'a', mode: 'exam', outcome: 'no-sale' })], ref)).toBe(true);
  });
});

describe('coverageOf', () => {
  it('lists the dimensions a scenario can move, from its reachable bounds', () => {
    const { bundle } = aBundle();
    const [coverage] = coverageOf([anEntry(bundle, { bounds: { ...bundle.bounds, opening: { min: 0, max: 0 }, conduct: { min: -3, max: 0 }, discovery: { min: 0, max: 5 } } })]);
    expect(coverage?.dimensions).toContain('discovery');
    expect(coverage?.dimensions).toContain('conduct');
    expect(coverage?.dimensions).not.toContain('opening');
  });
});

describe('trend geometry', () => {
  const box: ChartBox = { width: 200, height: 120, left: 20, right: 10, top: 10, bottom: 10 };

  it('spaces attempts evenly from left to right and puts 100 at the top and 0 at the bottom', () => {
    const points = placePoints([{ score: 0, attemptId: 'a' }, { score: 50, attemptId: 'b' }, { score: 100, attemptId: 'c' }], box);
    expect(points.map((p) => p.x)).toEqual([20, 105, 190]);
    expect(points.map((p) => p.y)).toEqual([110, 60, 10]);
    expect(linePath(points)).toBe('M20.0 110.0 L105.0 60.0 L190.0 10.0');
  });

  it('centres a single attempt and keeps out-of-range scores inside the chart', () => {
    expect(placePoints([{ score: 140, attemptId: 'a' }], box)).toEqual([{ x: 105, y: 10, score: 140, attemptId: 'a' }]);
    expect(placePoints([], box)).toEqual([]);
  });
});
