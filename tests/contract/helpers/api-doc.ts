// Reads docs/api.md's endpoint list (the table under "## Endpoints" and the heading of each
// endpoint's section) and says where it disagrees with the contract's endpoint table.
import { z } from 'zod';
import * as assignments from '../../../src/contract/assignments.ts';
import * as attempts from '../../../src/contract/attempts.ts';
import * as cohortAdmin from '../../../src/contract/cohort-admin.ts';
import * as cohorts from '../../../src/contract/cohorts.ts';
import * as common from '../../../src/contract/common.ts';
import { isFileAnswer, type Auth, type Endpoint } from '../../../src/contract/endpoint.ts';
import * as errors from '../../../src/contract/errors.ts';
import * as exams from '../../../src/contract/exams.ts';
import * as health from '../../../src/contract/health.ts';
import * as leaderboard from '../../../src/contract/leaderboard.ts';
import * as scenarios from '../../../src/contract/scenarios.ts';
import * as dashboard from '../../../src/contract/trainer-dashboard.ts';

/** How the page names who may call (Authentication), for each of the contract's kinds. */
export const AUTH_WORDS: Record<Auth, string> = {
  none: 'anyone',
  'creation-key': 'anyone, or the creation key when set',
  trainee: 'trainee',
  trainer: 'trainer',
  member: 'trainee or trainer',
};

// Every schema the contract exports, by its exported name: the page names schemas so.
const NAMES = new Map<unknown, string>();
for (const module of [assignments, attempts, cohortAdmin, cohorts, common, errors, exams, health, leaderboard, scenarios, dashboard]) {
  for (const [name, value] of Object.entries(module)) if (value instanceof z.ZodType && !NAMES.has(value)) NAMES.set(value, name);
}
const nameOf = (schema: z.ZodType): string => NAMES.get(schema) ?? '(a schema the contract does not export)';

const key = (method: string, path: string): string => `${method} ${path}`;

interface Row {
  auth: string;
  request: string;
  answer: string;
}

interface Heading {
  auth: string;
  /** The query keys the heading shows, or null when it shows none. */
  query: string[] | null;
}

/** The "## Endpoints" section: from its heading to the next second-level one. */
function endpointsSection(markdown: string): string {
  const start = markdown.indexOf('\n## Endpoints\n');
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

function tableRows(section: string): Map<string, Row[]> {
  const rows = new Map<string, Row[]>();
  for (const line of section.split('\n')) {
    const m = /^\| `(GET|POST) (\/\S+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/.exec(line);
    if (!m) continue;
    const k = key(m[1]!, m[2]!);
    rows.set(k, [...(rows.get(k) ?? []), { auth: m[3]!.trim(), request: m[4]!.trim(), answer: m[5]!.trim() }]);
  }
  return rows;
}

function headings(section: string): Map<string, Heading[]> {
  const found = new Map<string, Heading[]>();
  for (const line of section.split('\n')) {
    const m = /^#{3,4} `(GET|POST) (\/[^`?\s]+)(\?[^`]*)?` — (.+)$/.exec(line);
    if (!m) continue;
    const k = key(m[1]!, m[2]!);
    const query = m[3] ? [...new URLSearchParams(m[3].slice(1)).keys()] : null;
    found.set(k, [...(found.get(k) ?? []), { auth: m[4]!.trim(), query }]);
  }
  return found;
}

const requestWords = (e: Endpoint): string => {
  const parts = [['path', e.params], ['query', e.query], ['body', e.body]] as const;
  const named = parts.filter(([, schema]) => schema !== undefined).map(([where, schema]) => `${where} \`${nameOf(schema!)}\``);
  return named.length > 0 ? named.join(', ') : '—';
};

const answerWords = (e: Endpoint): string => isFileAnswer(e.answer) ? `file \`${e.answer.file}\`` : `\`${nameOf(e.answer)}\``;

const queryKeys = (e: Endpoint): string[] => e.query instanceof z.ZodObject ? Object.keys(e.query.shape) : [];

/** Every way `markdown` disagrees with `endpoints`, one sentence each; none when they agree. */
export function docDisagreements(markdown: string, endpoints: readonly Endpoint[]): string[] {
  const section = endpointsSection(markdown);
  if (section === '') return ['the page has no "## Endpoints" section'];
  const rows = tableRows(section);
  const sections = headings(section);
  const problems: string[] = [];
  const known = new Set(endpoints.map((e) => key(e.method, e.path)));
  for (const k of rows.keys()) if (!known.has(k)) problems.push(`${k} is listed but the contract has no such endpoint`);
  for (const k of sections.keys()) if (!known.has(k)) problems.push(`${k} has a section but the contract has no such endpoint`);
  for (const e of endpoints) {
    const k = key(e.method, e.path);
    const listed = rows.get(k) ?? [];
    const described = sections.get(k) ?? [];
    if (listed.length !== 1) problems.push(`${k} is listed ${listed.length} times (once expected)`);
    if (described.length !== 1) problems.push(`${k} has ${described.length} sections (one expected)`);
    const auth = AUTH_WORDS[e.auth];
    const row = listed[0];
    if (row && row.auth !== auth) problems.push(`${k} is listed as "${row.auth}" but the contract says "${auth}"`);
    if (row && row.request !== requestWords(e)) problems.push(`${k} lists its request as "${row.request}" but the contract has "${requestWords(e)}"`);
    if (row && row.answer !== answerWords(e)) problems.push(`${k} lists its answer as "${row.answer}" but the contract has "${answerWords(e)}"`);
    const heading = described[0];
    if (heading && heading.auth !== auth) problems.push(`${k}'s section says "${heading.auth}" but the contract says "${auth}"`);
    if (heading?.query && heading.query.join('&') !== queryKeys(e).join('&')) {
      problems.push(`${k}'s section shows the query ${heading.query.join(', ')} but the contract reads ${queryKeys(e).join(', ') || 'none'}`);
    }
  }
  return problems;
}
