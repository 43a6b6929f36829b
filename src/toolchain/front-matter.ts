// Reads a scenario's front matter (its global tags) into ScenarioMeta, refusing unknown keys.
import { ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import { splitTag } from '../core/story/tag-syntax.ts';

export const FRONT_MATTER_KEYS = [
  'id', 'title', 'channel', 'product', 'difficulty', 'time-limit', 'persona', 'persona-age',
  'persona-role', 'persona-style', 'persona-tier', 'brief', 'goal', 'need', 'objection',
] as const;
const REPEATABLE = new Set(['need', 'objection', 'brief']);
const NUMERIC = new Set(['difficulty', 'time-limit', 'persona-age']);

export interface FrontMatterProblem {
  /** Index of the offending global tag, so callers can map it back to a source line. */
  tagIndex: number | null;
  message: string;
}

export type FrontMatterResult =
  | { ok: true; meta: ScenarioMeta; problems: [] }
  | { ok: false; meta: null; problems: FrontMatterProblem[] };

const camel = (key: string): string => key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function readFrontMatter(globalTags: readonly string[]): FrontMatterResult {
  const problems: FrontMatterProblem[] = [];
  const fields: Record<string, unknown> = { needs: [], objections: [], brief: [] };
  const seen = new Set<string>();
  globalTags.forEach((raw, tagIndex) => {
    const { key, value } = splitTag(raw);
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      problems.push({ tagIndex, message: `unknown front-matter key "${key}" (known: ${FRONT_MATTER_KEYS.join(', ')})` });
      return;
    }
    if (!REPEATABLE.has(key) && seen.has(key)) {
      problems.push({ tagIndex, message: `front-matter key "${key}" is given twice` });
      return;
    }
    seen.add(key);
    if (key === 'need') {
      const comma = value.indexOf(',');
      if (comma < 0) {
        problems.push({ tagIndex, message: `"need" takes "<id>, <description>", got "${value}"` });
        return;
      }
      (fields.needs as unknown[]).push({ id: value.slice(0, comma).trim(), description: value.slice(comma + 1).trim() });
    } else if (key === 'objection') {
      const first = value.indexOf(',');
      const second = first < 0 ? -1 : value.indexOf(',', first + 1);
      if (second < 0) {
        problems.push({ tagIndex, message: `"objection" takes "<id>, <class>, <description>", got "${value}"` });
        return;
      }
      (fields.objections as unknown[]).push({
        id: value.slice(0, first).trim(),
        class: value.slice(first + 1, second).trim(),
        description: value.slice(second + 1).trim(),
      });
    } else if (key === 'brief') {
      (fields.brief as unknown[]).push(value);
    } else if (NUMERIC.has(key)) {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n)) {
        problems.push({ tagIndex, message: `"${key}" must be a number, got "${value}"` });
        return;
      }
      fields[camel(key)] = n;
    } else {
      fields[camel(key)] = value;
    }
  });
  const parsed = ScenarioMeta.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const key = path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      problems.push({
        tagIndex: null,
        message: path === ''
          ? issue.message
          : issue.code !== 'custom' && issue.input === undefined
            ? `missing front-matter key "${key}"`
            : `front matter "${key}": ${issue.message}`,
      });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, meta: null, problems };
  return { ok: true, meta: parsed.data, problems: [] };
}
