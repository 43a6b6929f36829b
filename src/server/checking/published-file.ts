// The path a trainer's upload is checked as, stories/<its declared id>/<language>.ink, and that
// its diagnostics name. The pool names it on the event loop too (a check stopped at a limit has
// no answer to take it from), so this reads the id with the toolchain's tag scanner alone, which
// is plain text work and loads no compiler.
import { ScenarioId, type Language } from '../../core/schemas/scenario-meta.ts';
import { splitTag } from '../../core/story/tag-syntax.ts';
import { scanTags } from '../../toolchain/source-tags.ts';

function declaredId(source: string): string | null {
  const id = scanTags('scenario.ink', source, true)
    .filter((t) => t.position === 'global')
    .map((t) => splitTag(t.text))
    .find((t) => t.key === 'id')?.value;
  return id !== undefined && ScenarioId.safeParse(id).success ? id : null;
}

export function publishedFile(language: Language, source: string): string {
  return `stories/${declaredId(source) ?? 'unnamed'}/${language}.ink`;
}
