// The scoring reducer: turns run events into evidence, remembering only what later rules need
// (signals seen, needs revealed, objections open, techniques used). The game, the replay CLI and
// the checker's explorer all score through this one function.
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../schemas/rubric.ts';
import type { RunEvent } from '../schemas/run-event.ts';
import type { Evidence, RawPoints } from '../schemas/score.ts';

/** What the rules remember between events. Sorted arrays keep it a stable memo key. */
export interface ScoreContext {
  signals: number;
  needs: string[];
  raised: string[];
  resolved: string[];
  techniques: string[];
  /** null before any close; otherwise whether the latest close came after a buying signal. */
  lastCloseSignalLed: boolean | null;
  ended: boolean;
}

export const emptyContext = (): ScoreContext => ({
  signals: 0, needs: [], raised: [], resolved: [], techniques: [], lastCloseSignalLed: null, ended: false,
});

export const zeroPoints = (): RawPoints =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as RawPoints;

const withItem = (list: string[], item: string): string[] => [...list, item].sort();

export interface Scored {
  context: ScoreContext;
  evidence: Evidence[];
}

/** Applies one event; returns the new context and the evidence it earns (possibly none). */
export function scoreEvent(ctx: ScoreContext, event: RunEvent, rubric: Rubric): Scored {
  if (ctx.ended) return { context: ctx, evidence: [] };
  const give = (dimension: DimensionId, points: number, reason: Evidence['reason'], item: string | null, tag: string | null): Evidence =>
    ({ dimension, points, reason, item, tag, entry: event.entry });
  const { rules } = rubric;
  switch (event.type) {
    case 'points':
      return { context: ctx, evidence: [give(event.dimension, event.points, 'tag-points', null, event.tag)] };
    case 'technique': {
      const technique = rubric.techniques.find((t) => t.id === event.id);
      // Only a technique's first use earns points, so a loop cannot farm them.
      if (!technique || ctx.techniques.includes(event.id)) return { context: ctx, evidence: [] };
      return {
        context: { ...ctx, techniques: withItem(ctx.techniques, event.id) },
        evidence: [give(technique.dimension, technique.points, 'technique', technique.id, event.tag)],
      };
    }
    case 'fault': {
      const fault = rubric.faults.find((f) => f.id === event.id);
      if (!fault) return { context: ctx, evidence: [] };
      return { context: ctx, evidence: [give(fault.dimension, -fault.penalty, 'fault', fault.id, event.tag)] };
    }
    case 'close': {
      if (ctx.signals === 0) {
        const fault = rubric.faults.find((f) => f.id === 'premature-close');
        const penalty = fault?.penalty ?? 0;
        return {
          context: { ...ctx, lastCloseSignalLed: false },
          evidence: [give('closing', -penalty, 'close-before-signal', 'premature-close', event.tag)],
        };
      }
      const evidence = [give('closing', rules.closeAfterSignal, 'close-after-signal', event.technique, event.tag)];
      const technique = rubric.techniques.find((t) => t.id === event.technique);
      let techniques = ctx.techniques;
      if (technique && !techniques.includes(technique.id)) {
        techniques = withItem(techniques, technique.id);
        evidence.push(give(technique.dimension, technique.points, 'technique', technique.id, event.tag));
      }
      return { context: { ...ctx, techniques, lastCloseSignalLed: true }, evidence };
    }
    case 'signal':
      return { context: { ...ctx, signals: ctx.signals + 1 }, evidence: [] };
    case 'need-revealed':
      if (ctx.needs.includes(event.need)) return { context: ctx, evidence: [] };
      return {
        context: { ...ctx, needs: withItem(ctx.needs, event.need) },
        evidence: [give('discovery', rules.needRevealed, 'need-revealed', event.need, event.tag)],
      };
    case 'objection-raised':
      if (ctx.raised.includes(event.objection)) return { context: ctx, evidence: [] };
      return { context: { ...ctx, raised: withItem(ctx.raised, event.objection) }, evidence: [] };
    case 'objection-resolved': {
      if (ctx.resolved.includes(event.objection)) return { context: ctx, evidence: [] };
      const raised = ctx.raised.includes(event.objection) ? ctx.raised : withItem(ctx.raised, event.objection);
      return {
        context: { ...ctx, raised, resolved: withItem(ctx.resolved, event.objection) },
        evidence: [give('objections', rules.objectionResolved, 'objection-resolved', event.objection, event.tag)],
      };
    }
    case 'outcome': {
      const evidence: Evidence[] = [];
      for (const objection of ctx.raised) {
        if (!ctx.resolved.includes(objection)) evidence.push(give('objections', -rules.objectionLeftOpen, 'objection-left-open', objection, null));
      }
      if ((event.kind === 'sale' || event.kind === 'meeting') && ctx.lastCloseSignalLed === true) {
        evidence.push(give('closing', rules.winAfterSignalClose, 'win-after-signal-close', event.kind, event.tag));
      }
      return { context: { ...ctx, ended: true }, evidence };
    }
    default:
      return { context: ctx, evidence: [] };
  }
}

export function addEvidence(points: RawPoints, evidence: readonly Evidence[]): RawPoints {
  const next = { ...points };
  for (const e of evidence) next[e.dimension] += e.points;
  return next;
}

export function contextKey(ctx: ScoreContext): string {
  return JSON.stringify(ctx);
}
