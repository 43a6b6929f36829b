import { describe, expect, it } from 'vitest';
import { summariseProgress, type ScenarioCoverage } from '../../../src/core/progress/progress-summary.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import type { AttemptRecord } from '../../../src/core/schemas/records.ts';
import type { ScenarioMeta } from '../../../src/core/schemas/scenario-meta.ts';

let seq = 0;
function attempt(scenarioId: string, day: number, scores: AttemptRecord['scores'], extra: Partial<AttemptRecord> = {}): AttemptRecord {
  seq++;
  return {
    id: `attempt-${String(seq).padStart(4, '0')}`, scenarioId, language: 'en', contentHash: 'a'.repeat(64), rubricVersion: '1.0.0',
    seed: 1, choices: [0], mode: 'exam', local: false, status: 'finished', redLines: [], outcome: 'sale', scores,
    overall: Math.round(Object.values(scores).reduce((a, b) => a + b, 0) / Object.values(scores).length),
    techniques: [], faults: [], startedAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    finishedAt: `2026-11-${String(day).padStart(2, '0')}T09:10:00.000Z`, durationMs: 600000, simulatedSeconds: 300, ...extra,
  };
}

const meta = (id: string, difficulty: number): ScenarioMeta => ({
  id, title: id, channel: 'store', product: 'p', difficulty, persona: 'P', personaStyle: 'driver', brief: [], needs: [], objections: [],
});
const coverage: ScenarioCoverage[] = [
  { meta: meta('easy-store', 1), dimensions: ['opening', 'discovery', 'closing'] },
  { meta: meta('hard-retention', 4), dimensions: ['objections', 'closing'] },
  { meta: meta('mid-call', 2), dimensions: ['objections', 'discovery'] },
];

describe('the progress summary', () => {
  it('counts attempts with best and latest score per scenario', () => {
    const s = summariseProgress([
      attempt('easy-store', 1, { discovery: 40 }), attempt('easy-store', 2, { discovery: 90 }), attempt('easy-store', 3, { discovery: 60 }),
    ], coverage, courseRubric);
    expect(s.scenarios).toEqual([{ scenarioId: 'easy-store', attempts: 3, best: 90, latest: 60, lastPlayed: '2026-11-03T09:10:00.000Z' }]);
  });

  it('builds a trend per dimension in the order attempts were finished', () => {
    const s = summariseProgress([attempt('easy-store', 5, { closing: 70 }), attempt('easy-store', 2, { closing: 30 })], coverage, courseRubric);
    expect(s.trends.closing.map((p) => p.score)).toEqual([30, 70]);
    expect(s.trends.opening).toEqual([]);
  });

  it('lists techniques used and the rubric techniques never used', () => {
    const s = summariseProgress([attempt('easy-store', 1, { discovery: 50 }, { techniques: ['fabe', 'spin-problem'] })], coverage, courseRubric);
    expect(s.techniquesUsed).toEqual(['spin-problem', 'fabe']);
    expect(s.techniquesNeverUsed).toHaveLength(courseRubric.techniques.length - 2);
  });

  it('suggests an unplayed scenario that exercises the weakest dimension, easiest first', () => {
    const s = summariseProgress([attempt('easy-store', 1, { discovery: 80, closing: 70 }), attempt('hard-retention', 2, { objections: 20, closing: 90 })], coverage, courseRubric);
    expect(s.suggestion).toEqual({ dimension: 'objections', average: 20, scenarioId: 'mid-call', reason: 'never-played' });
  });

  it('suggests the lowest-scoring scenario for the weakest dimension once all are played', () => {
    const s = summariseProgress([
      attempt('easy-store', 1, { discovery: 30 }), attempt('mid-call', 2, { discovery: 50, objections: 90 }),
    ], coverage.slice(0, 1).concat(coverage.slice(2)), courseRubric);
    expect(s.suggestion).toMatchObject({ dimension: 'discovery', scenarioId: 'easy-store', reason: 'lowest-score' });
  });

  it('suggests nothing before the first attempt', () => {
    expect(summariseProgress([], coverage, courseRubric).suggestion).toBeNull();
  });
});
