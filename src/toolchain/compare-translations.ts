// Both language versions of a scenario must describe the same customer: same id set of needs
// and objections, same channel and difficulty, so scores and leaderboards compare across them.
import type { Diagnostic } from '../core/schemas/diagnostic.ts';
import type { ScenarioReport } from './check-scenario.ts';

export function compareTranslations(reports: readonly ScenarioReport[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map<string, ScenarioReport[]>();
  for (const r of reports) if (r.id && r.errors.length === 0) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  for (const [id, versions] of byId) {
    const [first, ...rest] = versions;
    if (!first) continue;
    for (const other of rest) {
      const differ = (what: string, a: unknown, b: unknown): void => {
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          out.push({
            severity: 'error', code: 'translation-mismatch', file: other.file, line: null,
            message: `${id}: ${what} differ between ${first.language} and ${other.language} (${JSON.stringify(a)} vs ${JSON.stringify(b)})`,
          });
        }
      };
      differ('needs', Object.keys(first.needs).sort(), Object.keys(other.needs).sort());
      differ('objections', Object.keys(first.objections).sort(), Object.keys(other.objections).sort());
      differ('endings', first.endings, other.endings);
    }
  }
  return out;
}
