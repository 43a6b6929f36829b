// A scenario pack: one file holding one or more scenarios (Ink source plus the metadata the
// importer shows before compiling). Importers re-compile and re-check every source; nothing
// compiled in the file is trusted.
import { z } from 'zod';
import { Language, ScenarioId } from './scenario-meta.ts';

export const PACK_FORMAT = 'sales-roleplay-scenario-pack';
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_SOURCE_CHARS = 500_000;

export const PackScenario = z.object({
  id: ScenarioId,
  language: Language,
  title: z.string().min(1).max(200),
  source: z.string().min(1).max(MAX_SOURCE_CHARS),
});
export type PackScenario = z.infer<typeof PackScenario>;

export const ScenarioPack = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  scenarios: z.array(PackScenario).min(1).max(100),
});
export type ScenarioPack = z.infer<typeof ScenarioPack>;

export type PackParse = { ok: true; pack: ScenarioPack } | { ok: false; error: string };

/** Parses pack text with a reason a trainer can act on for every way it can be wrong. */
export function parseScenarioPack(text: string): PackParse {
  if (text.length > MAX_PACK_BYTES) return { ok: false, error: `the file is ${(text.length / 1048576).toFixed(1)} MB; a scenario pack may be at most ${MAX_PACK_BYTES / 1048576} MB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON, so it is not a scenario pack' };
  }
  const parsed = ScenarioPack.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `the file is not a scenario pack this game can read (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, pack: parsed.data };
}
