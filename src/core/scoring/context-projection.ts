// What of a scoring context can still matter, given what the rest of a conversation can bring.
// The checker's explorer merges two states whose Ink state is the same and whose contexts agree
// on everything a later event could read; these two functions say what that is, and they must
// follow scoreEvent (score-state.ts) exactly: a rule that reads a new part of the context needs
// its item here, or the explorer would merge states whose futures score differently.
// tests/toolchain/explore-reduced.test.ts compares the result with a full exploration.
import type { Rubric } from '../schemas/rubric.ts';
import type { RunEvent } from '../schemas/run-event.ts';
import type { ScoreContext } from './score-state.ts';

/** A technique that may score later, a need that may be revealed, an objection that may move. */
export type FutureItem = `technique:${string}` | `need:${string}` | `objection:${string}` | 'presentation';

/** The items one event brings, as far as the context is concerned. */
export function eventItems(event: RunEvent, rubric: Rubric): FutureItem[] {
  switch (event.type) {
    case 'technique': {
      const dimension = rubric.techniques.find((t) => t.id === event.id)?.dimension;
      return dimension === 'presentation' ? [`technique:${event.id}`, 'presentation'] : [`technique:${event.id}`];
    }
    case 'close':
      return event.technique ? [`technique:${event.technique}`] : [];
    case 'need-revealed':
      return [`need:${event.need}`];
    case 'objection-raised':
    case 'objection-resolved':
      return [`objection:${event.objection}`];
    default:
      return [];
  }
}

/**
 * The context with what no later event can read left out: techniques that cannot be used again,
 * needs that cannot be revealed again, objections settled for good. An objection still open is
 * kept whatever comes (the ending reads it), and so are the one-bit flags.
 */
export function projectContext(ctx: ScoreContext, future: (item: FutureItem) => boolean): ScoreContext {
  const techniques = ctx.techniques.filter((t) => future(`technique:${t}`));
  let needs = ctx.needs.filter((n) => future(`need:${n}`));
  // A later presentation technique reads only whether some need is known: one stands for all.
  if (needs.length === 0 && ctx.needs.length > 0 && future('presentation')) needs = [ctx.needs[0]!];
  const open = ctx.raised.filter((o) => !ctx.resolved.includes(o));
  const resolved = ctx.resolved.filter((o) => future(`objection:${o}`));
  const raised = ctx.raised.filter((o) => open.includes(o) || resolved.includes(o));
  if (techniques.length === ctx.techniques.length && needs.length === ctx.needs.length && raised.length === ctx.raised.length && resolved.length === ctx.resolved.length) return ctx;
  return { ...ctx, techniques, needs, raised, resolved };
}
