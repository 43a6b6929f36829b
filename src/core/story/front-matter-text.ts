// Front-matter fields read from an Ink file's text, without compiling it: what a page shows or
// files a scenario under before (or without) a check, on the main thread. The checker reads the
// same fields from the compiled story's global tags (toolchain/front-matter.ts) and is the judge
// of them; this is only a first look, so an id that is not a valid id reads as none.
import { ScenarioId } from '../schemas/scenario-meta.ts';

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
