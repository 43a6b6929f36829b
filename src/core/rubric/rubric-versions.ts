// Every rubric version the product has shipped, by version string: an attempt is always replayed
// and re-scored under the version it names, so old attempts keep their original scores.
import type { Rubric } from '../schemas/rubric.ts';
import { buildCourseRubric, courseRubric } from './course-rubric.ts';

const versions = new Map<string, Rubric>([
  ['1.0.0', buildCourseRubric('1.0.0')],
  [courseRubric.version, courseRubric],
]);

export const RUBRIC_VERSIONS: readonly string[] = [...versions.keys()];

/** The rubric of that version, or null for a version this build does not know. */
export function rubricForVersion(version: string): Rubric | null {
  return versions.get(version) ?? null;
}
