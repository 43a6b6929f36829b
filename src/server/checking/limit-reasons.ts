// What a trainer is told when checking a story ran into one of the worker's hard limits: which
// limit, the likely cause in the story, and what to look for. There is no knot to name here (the
// worker was ended mid-run); a loop the core's run budget catches names its knot instead.
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';

export function timeLimitReason(limitMs: number): string {
  return `checking took longer than ${formatSeconds(limitMs)} (the story has too many states or loops): `
    + 'look for a knot that diverts back to itself without offering a choice, or for choices whose '
    + 'variables keep every path apart so they never join again';
}

export function heapLimitReason(heapMb: number): string {
  return `checking used more than ${heapMb} MB (the story has too many states, or a tunnel or function that calls itself): `
    + 'look for a tunnel or function that calls itself before it returns, or for choices whose '
    + 'variables keep every path apart so they never join again';
}

export function stackLimitReason(detail: string): string {
  return `checking stopped at a JavaScript limit (${detail}): the story nests or repeats far more than a `
    + 'conversation needs; look for a tunnel or function that calls itself';
}

/** The one diagnostic a refusal carries when the worker could not finish the check. */
export function limitDiagnostic(code: string, file: string, reason: string): Diagnostic {
  return { severity: 'error', file, line: null, message: reason, code };
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
