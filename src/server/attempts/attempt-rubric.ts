// Which rubric scores an attempt: the one its `rubricVersion` names, so an attempt played under
// 1.0.0 (an old build's offline queue) keeps the score it was played for. The server's current
// rubric (the one publishing checks under) is known even when a test hands in its own.
import { RUBRIC_VERSIONS, rubricForVersion } from '../../core/rubric/rubric-versions.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';

export function rubricOfAttempt(version: string, current: Rubric): Rubric | null {
  return version === current.version ? current : rubricForVersion(version);
}

/** Every version an attempt may name, oldest first, for the refusal's message. */
export function knownRubricVersions(current: Rubric): string[] {
  return [...new Set([...RUBRIC_VERSIONS, current.version])];
}
