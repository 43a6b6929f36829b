// What the Studio reads from a scenario's text without compiling it: its title for lists and the
// path the checker files the source under. The front-matter fields themselves are read by
// core/story/front-matter-text.ts, shared with the dashboard's publish form. Plain text matching,
// so the main thread never loads the compiler for it; the checker runs in the worker
// (check-in-worker.ts).
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { frontMatterId, frontMatterTitle } from '../../core/story/front-matter-text.ts';
import type { LocalScenario } from '../../core/schemas/records.ts';

export { frontMatterId, frontMatterTitle };

/** A stored scenario's title: the checked one, else the front matter's, else its id. */
export function scenarioTitle(record: Pick<LocalScenario, 'bundle' | 'source' | 'id'>): string {
  return record.bundle?.meta.title ?? frontMatterTitle(record.source) ?? record.id;
}

/** The trainer's text as stories/<id>/<language>.ink, so INCLUDE and the id-equals-folder rule behave as in the repository. */
export function scenarioFile(source: string, language: Language): string {
  return `stories/${frontMatterId(source) ?? 'untitled'}/${language}.ink`;
}
