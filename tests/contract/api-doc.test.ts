// docs/api.md lists exactly the endpoints the contract has, each with the same method, who may
// call it, request and answer schemas, and the query keys its section shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/contract/endpoints.ts';
import { docDisagreements } from './helpers/api-doc.ts';

const doc = readFileSync('docs/api.md', 'utf8');

describe('docs/api.md against the contract\'s endpoint table', () => {
  it('documents every endpoint the contract has, and nothing else, as the contract has it', () => {
    expect(docDisagreements(doc, ENDPOINTS)).toEqual([]);
  });

  it('has one list row and one section per endpoint', () => {
    const rows = doc.split('\n').filter((line) => /^\| `(GET|POST) \//.test(line));
    expect(rows).toHaveLength(ENDPOINTS.length);
  });

  // The check itself, on pages edited to disagree: each edit is named.
  it('names an endpoint the page leaves out', () => {
    const without = doc.replace(/^\| `GET \/api\/trainer\/dimensions` .*\n/m, '');
    expect(docDisagreements(without, ENDPOINTS)).toEqual(['GET /api/trainer/dimensions is listed 0 times (once expected)']);
  });

  it('names an endpoint the page invents', () => {
    const extra = doc.replace('| `GET /api/me` |', '| `GET /api/you` | trainee | — | `Me` |\n| `GET /api/me` |');
    expect(docDisagreements(extra, ENDPOINTS)).toEqual(['GET /api/you is listed but the contract has no such endpoint']);
  });

  it('names a method, a caller, a schema or a query key that differs', () => {
    const edits: Array<[string, string, string]> = [
      ['| `POST /api/attempts` | trainee |', '| `GET /api/attempts` | trainee |', 'GET /api/attempts is listed but the contract has no such endpoint'],
      ['| `GET /api/leaderboard/around-me` | trainee |', '| `GET /api/leaderboard/around-me` | trainee or trainer |',
        'GET /api/leaderboard/around-me is listed as "trainee or trainer" but the contract says "trainee"'],
      ['### `GET /api/me` — trainee or trainer', '### `GET /api/me` — trainer', 'GET /api/me\'s section says "trainer" but the contract says "trainee or trainer"'],
      ['| query `PageQuery` | `AttemptPage` |', '| query `PageQuery` | `CohortAttemptPage` |',
        'GET /api/me/attempts lists its answer as "`CohortAttemptPage`" but the contract has "`AttemptPage`"'],
      ['`GET /api/leaderboard?scenario=<id>&period=all|week&limit=10`', '`GET /api/leaderboard?scenario=<id>&limit=10`',
        'GET /api/leaderboard\'s section shows the query scenario, limit but the contract reads scenario, period, limit'],
    ];
    for (const [from, to, problem] of edits) {
      expect(doc).toContain(from);
      const edited = doc.replace(from, to);
      expect(docDisagreements(edited, ENDPOINTS)).toContain(problem);
    }
  });
});
