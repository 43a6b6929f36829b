import { describe, expect, it } from 'vitest';
import type { ChoiceStat, VersionChoices } from '../../src/contract/trainer-dashboard.ts';
import { isCostly, versionInsight } from '../../src/trainer/dashboard/choice-insight.ts';

const choice = (over: Partial<ChoiceStat>): ChoiceStat => ({
  index: 0, text: 'Reply', count: 1, share: 1, averagePoints: 0, averageOverall: 50, faults: [], ...over,
});

describe('where trainees go wrong', () => {
  it('counts a reply as costly when it loses points on average or commits a fault', () => {
    expect(isCostly(choice({ averagePoints: -3 }))).toBe(true);
    expect(isCostly(choice({ averagePoints: 2, faults: ['argue'] }))).toBe(true);
    expect(isCostly(choice({ averagePoints: 0 }))).toBe(false);
    expect(isCostly(choice({ averagePoints: 2 }))).toBe(false);
  });

  it('sums the costly replies of a version and how often they were chosen', () => {
    const version: VersionChoices = {
      contentHash: 'a'.repeat(64), language: 'en', title: 'T', attempts: 5,
      points: [
        { point: 'p1', step: 0, prompt: 'Hello?', visits: 5, choices: [choice({ count: 3, averagePoints: 2 }), choice({ index: 1, count: 2, averagePoints: -3, faults: ['premature-pitch'] })] },
        { point: 'p2', step: 1, prompt: 'Go on.', visits: 3, choices: [choice({ count: 2, averagePoints: -1 }), choice({ index: 1, count: 1, averagePoints: 1 })] },
      ],
    };
    expect(versionInsight(version)).toEqual({ points: 2, costlyReplies: 2, costlyTaken: 4 });
  });
});
