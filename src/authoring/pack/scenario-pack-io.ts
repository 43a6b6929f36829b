// Scenario packs in and out of the authoring page. Export writes the checked scenarios' sources;
// import validates the file with zod, re-checks every source, and saves nothing unless every
// scenario in the pack passes, so a bad pack never disturbs what is already stored.
import { isoNow, type Clock } from '../../core/clock.ts';
import { MAX_PACK_BYTES, PACK_FORMAT, parseScenarioPack, type ScenarioPack } from '../../core/schemas/scenario-pack.ts';
import type { LocalScenario } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import { scenarioTitle } from '../check/source-fields.ts';
import { keyOf } from '../library/authoring-library.ts';

export interface PackBuild {
  pack: ScenarioPack | null;
  /** Keys left out because they still have errors (a pack holds only playable scenarios). */
  skipped: string[];
}

export function buildPack(records: readonly LocalScenario[], exportedAt: string): PackBuild {
  const ready = records.filter((r) => r.bundle !== null);
  const skipped = records.filter((r) => r.bundle === null).map((r) => r.key);
  if (ready.length === 0) return { pack: null, skipped };
  const pack: ScenarioPack = {
    format: PACK_FORMAT,
    version: 1,
    exportedAt,
    scenarios: ready.map((r) => ({
      id: r.id,
      language: r.language,
      title: scenarioTitle(r).slice(0, 200),
      source: r.source,
    })),
  };
  return { pack, skipped };
}

export function packFileName(pack: ScenarioPack): string {
  const first = pack.scenarios[0]!;
  const name = pack.scenarios.length === 1 ? `${first.id}.${first.language}` : `${pack.scenarios.length}-scenarios`;
  return `${name}.scenario-pack.json`;
}

export function inkFileName(id: string | null, language: Language): string {
  return `${id ?? 'scenario'}.${language}.ink`;
}

export interface PackImportDeps {
  get(key: string): Promise<LocalScenario | null>;
  save(record: LocalScenario): Promise<void>;
  check(source: string, language: Language): Promise<{ report: { errors: Diagnostic[] }; bundle: ScenarioBundle | null }>;
  /** Stamps each saved record. */
  clock: Clock;
}

export interface ImportedScenario {
  key: string;
  title: string;
  /** "new", "updated" (the previous version stays in the history) or "unchanged". */
  status: 'new' | 'updated' | 'unchanged';
}

export type PackImport =
  | { ok: true; scenarios: ImportedScenario[] }
  | { ok: false; error: string; details: string[] };

/** Refuses a file by its size before it is read into memory. */
export function tooLarge(bytes: number): string | null {
  return bytes > MAX_PACK_BYTES
    ? `the file is ${(bytes / 1048576).toFixed(1)} MB; a scenario pack may be at most ${MAX_PACK_BYTES / 1048576} MB`
    : null;
}

export async function importPack(text: string, deps: PackImportDeps): Promise<PackImport> {
  const parsed = parseScenarioPack(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, details: [] };
  const details: string[] = [];
  const seen = new Set<string>();
  const checked: Array<{ record: LocalScenario; title: string }> = [];
  for (const entry of parsed.pack.scenarios) {
    const key = keyOf(entry.id, entry.language);
    if (seen.has(key)) {
      details.push(`${key}: the pack holds this scenario twice`);
      continue;
    }
    seen.add(key);
    const { report, bundle } = await deps.check(entry.source, entry.language);
    if (!bundle) {
      const first = report.errors.slice(0, 3).map((d) => `${d.line === null ? '' : `line ${d.line}: `}${d.message}`);
      details.push(`${key}: ${report.errors.length} error(s) — ${first.join('; ')}`);
      continue;
    }
    if (bundle.meta.id !== entry.id) {
      details.push(`${key}: the pack calls it "${entry.id}" but its front matter says "${bundle.meta.id}"`);
      continue;
    }
    checked.push({
      title: bundle.meta.title,
      record: { key, id: entry.id, language: entry.language, source: entry.source, bundle, origin: 'imported', updatedAt: isoNow(deps.clock) },
    });
  }
  if (details.length > 0) {
    return { ok: false, error: 'the pack was not imported: some scenarios in it do not pass the checker', details };
  }
  const out: ImportedScenario[] = [];
  for (const { record, title } of checked) {
    const existing = await deps.get(record.key);
    const status = !existing ? 'new' : existing.source === record.source ? 'unchanged' : 'updated';
    if (status !== 'unchanged' || existing?.bundle === null) await deps.save(status === 'new' ? record : { ...record, origin: existing!.origin });
    out.push({ key: record.key, title, status });
  }
  return { ok: true, scenarios: out };
}
