// Checks a scenario a trainer uploads, as if it were stories/<id>/<language>.ink: INCLUDE reaches
// only the shared library, never the server's disk, and the state space explored is capped.
import { checkScenario, type ScenarioReport } from '../../core/analysis/check-scenario.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import { ScenarioId, type Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { scanTags } from '../../core/story/source-tags.ts';
import { splitTag } from '../../core/story/tag-syntax.ts';
import { storyReads, type StoryReads } from './bounds-under-rubric.ts';

export type PublishCheck =
  | { ok: true; bundle: ScenarioBundle; report: ScenarioReport; reads: StoryReads | null }
  | { ok: false; reason: string; diagnostics: Diagnostic[] };

function declaredId(source: string): string | null {
  const id = scanTags('scenario.ink', source, true)
    .filter((t) => t.position === 'global')
    .map((t) => splitTag(t.text))
    .find((t) => t.key === 'id')?.value;
  return id !== undefined && ScenarioId.safeParse(id).success ? id : null;
}

export function checkPublishedScenario(
  language: Language, source: string, library: ReadonlyMap<string, string>, rubric: Rubric, maxStates: number,
): PublishCheck {
  const file = `stories/${declaredId(source) ?? 'unnamed'}/${language}.ink`;
  const read = (path: string): string | null => library.get(path) ?? null;
  const { bundle, report } = checkScenario({ file, source, read, rubric, maxStates });
  if (report.truncated) {
    return {
      ok: false,
      reason: `the story has more than ${maxStates} distinct states: too large to check, so its scores could not be bounded`,
      diagnostics: [...report.errors, ...report.warnings],
    };
  }
  if (!bundle) return { ok: false, reason: 'the scenario has errors', diagnostics: report.errors };
  return { ok: true, bundle, report, reads: storyReads(file, source, read) };
}
