// Reads the choice statistics for "where trainees go wrong": which replies cost points, and how
// often trainees chose them.
import type { ChoiceStat, VersionChoices } from '../../contract/trainer-dashboard.ts';

/** A reply that lost points on average, or that the rubric counts as a fault. */
export function isCostly(choice: ChoiceStat): boolean {
  return choice.averagePoints < 0 || choice.faults.length > 0;
}

export interface VersionInsight {
  points: number;
  /** Distinct costly replies that were chosen at least once. */
  costlyReplies: number;
  /** How many times a costly reply was chosen. */
  costlyTaken: number;
}

export function versionInsight(version: VersionChoices): VersionInsight {
  let costlyReplies = 0;
  let costlyTaken = 0;
  for (const point of version.points) {
    for (const choice of point.choices) {
      if (!isCostly(choice)) continue;
      costlyReplies += 1;
      costlyTaken += choice.count;
    }
  }
  return { points: version.points.length, costlyReplies, costlyTaken };
}
