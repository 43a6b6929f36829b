// What the page reads from a scenario's text without compiling it: the front-matter id and title
// (for lists, keys and file names before, or without, a check) and the path the checker files the
// source under. Plain text matching, so the main thread never loads the compiler for it; the
// checker itself runs in the worker (check-in-worker.ts).
import { ScenarioId, type Language } from '../../core/schemas/scenario-meta.ts';
import type { LocalScenario } from '../../core/schemas/records.ts';

/** The id written in the front matter, when it is a valid id. */
export function frontMatterId(source: string): string | null {
  const match = /^[ \t]*#[ \t]*id[ \t]*:[ \t]*(\S+)[ \t]*$/m.exec(source);
  if (!match?.[1]) return null;
  return ScenarioId.safeParse(match[1]).success ? match[1] : null;
}

/** The front-matter title, for lists shown before a scenario compiles. */
export function frontMatterTitle(source: string): string | null {
  const match = /^[ \t]*#[ \t]*title[ \t]*:[ \t]*(.+?)[ \t]*$/m.exec(source);
  return match?.[1] ?? null;
}

/** A stored scenario's title: the checked one, else the front matter's, else its id. */
export function scenarioTitle(record: Pick<LocalScenario, 'bundle' | 'source' | 'id'>): string {
  return record.bundle?.meta.title ?? frontMatterTitle(record.source) ?? record.id;
}

/** The trainer's text as stories/<id>/<language>.ink, so INCLUDE and the id-equals-folder rule behave as in the repository. */
export function scenarioFile(source: string, language: Language): string {
  return `stories/${frontMatterId(source) ?? 'untitled'}/${language}.ink`;
}
