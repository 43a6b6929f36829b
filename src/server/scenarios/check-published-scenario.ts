// Checks a scenario a trainer uploads, as if it were stories/<id>/<language>.ink: INCLUDE reaches
// only the shared library, never the server's disk, and the state space explored is capped.
// Runs inside the checking worker (src/server/checking), never on the server's event loop.
import { checkScenario } from '../../toolchain/check-scenario.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { PublishResult } from '../checking/check-jobs.ts';
import { publishedFile } from '../checking/published-file.ts';
import { storyReads } from './bounds-under-rubric.ts';

export type PublishCheck = PublishResult;

/** Diagnostic codes of a story that runs without end (the core's run budgets): named in the reason. */
const RUNAWAY_CODES = new Set(['runaway-story']);

export function checkPublishedScenario(
  language: Language, source: string, library: ReadonlyMap<string, string>, rubric: Rubric, maxStates: number,
): PublishCheck {
  const file = publishedFile(language, source);
  const read = (path: string): string | null => library.get(path) ?? null;
  const { bundle, report } = checkScenario({ file, source, read, rubric, maxStates });
  if (report.truncated) {
    return {
      ok: false,
      reason: `the story has more than ${maxStates} distinct states: too large to check, so its scores could not be bounded`,
      diagnostics: [...report.errors, ...report.warnings],
    };
  }
  if (!bundle) {
    // A story that never settles is named in the reason itself, knot and all: it is the one
    // problem a trainer cannot spot from a list of tag errors.
    const runaway = report.errors.find((d) => RUNAWAY_CODES.has(d.code));
    return { ok: false, reason: runaway ? `the scenario has errors: ${runaway.message}` : 'the scenario has errors', diagnostics: report.errors };
  }
  return {
    ok: true, bundle, reads: storyReads(file, source, read),
    report: { warnings: report.warnings, endings: report.endings, bestOverall: report.bestOverall, bestPath: report.bestPath },
  };
}
