// The scoring reducer: turns run events into evidence, remembering only what later rules need
// (signals seen, needs revealed, objections open, techniques used). It doubles as the explorer's
// memo key, so it holds nothing the rules never read again (a count where "any" is enough). The game,
// the replay CLI, the server and the checker's explorer all score through this one function.
// Rules marked "in context" apply from rubric 2.0.0 on (rules.inContext); 1.0.0 attempts are
// scored exactly as they were when played.
import { DIMENSION_IDS, type DimensionId, type Rubric } from '../schemas/rubric.ts';
import type { RunEvent } from '../schemas/run-event.ts';
import type { Evidence, RawPoints } from '../schemas/score.ts';

/** What the rules remember between events. Sorted arrays keep it a stable memo key. */
export interface ScoreContext {
  /** 0 before any buying signal, 1 after (only that difference is ever read). */
  signals: number;
  needs: string[];
  raised: string[];
  resolved: string[];
  techniques: string[];
  /** null before any close; otherwise whether the latest close came after a buying signal. */
  lastCloseSignalLed: boolean | null;
  ended: boolean;
  /** In context: a buying signal has come since the last objection was raised. */
  signalSinceRaise: boolean;
  /** In context: a close was attempted after some buying signal (else ending is no-close). */
  askedAfterSignal: boolean;
  /** In context: the author already tagged a no-close fault, so the engine does not add one. */
  noCloseTagged: boolean;
}

export const emptyContext = (): ScoreContext => ({
  signals: 0, needs: [], raised: [], resolved: [], techniques: [], lastCloseSignalLed: null, ended: false,
  signalSinceRaise: false, askedAfterSignal: false, noCloseTagged: false,
});

/** What the scorer knows about the reply an event came from, beyond the event itself. */
export interface ReplyContext {
  /** The reply carries a fault tag: in context, none of its credit counts. */
  faulted: boolean;
}

const NO_REPLY: ReplyContext = { faulted: false };

export const zeroPoints = (): RawPoints =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as RawPoints;

const withItem = (list: string[], item: string): string[] => (list.includes(item) ? list : [...list, item].sort());

export interface Scored {
  context: ScoreContext;
  evidence: Evidence[];
}

/** Applies one event; returns the new context and the evidence it earns (possibly none). */
export function scoreEvent(ctx: ScoreContext, event: RunEvent, rubric: Rubric, reply: ReplyContext = NO_REPLY): Scored {
  if (ctx.ended) return { context: ctx, evidence: [] };
  const give = (dimension: DimensionId, points: number, reason: Evidence['reason'], item: string | null, tag: string | null): Evidence =>
    ({ dimension, points, reason, item, tag, entry: event.entry });
  const { rules } = rubric;
  const inContext = rules.inContext;
  // In context, a reply that commits a fault earns none of its credit; the evidence still shows
  // what was withheld (at zero points), so the debrief can say why.
  const cancelled = inContext && reply.faulted;
  switch (event.type) {
    case 'points':
      if (cancelled && event.points > 0) return { context: ctx, evidence: [give(event.dimension, 0, 'credit-cancelled', null, event.tag)] };
      return { context: ctx, evidence: [give(event.dimension, event.points, 'tag-points', null, event.tag)] };
    case 'technique': {
      const technique = rubric.techniques.find((t) => t.id === event.id);
      // Only a technique's first use earns points, so a loop cannot farm them.
      if (!technique || ctx.techniques.includes(event.id)) return { context: ctx, evidence: [] };
      if (cancelled) return { context: ctx, evidence: [give(technique.dimension, 0, 'credit-cancelled', technique.id, event.tag)] };
      if (inContext && technique.dimension === 'presentation' && ctx.needs.length === 0) {
        return { context: ctx, evidence: [give(technique.dimension, 0, 'technique-before-need', technique.id, event.tag)] };
      }
      return {
        context: { ...ctx, techniques: withItem(ctx.techniques, event.id) },
        evidence: [give(technique.dimension, technique.points, 'technique', technique.id, event.tag)],
      };
    }
    case 'fault': {
      const fault = rubric.faults.find((f) => f.id === event.id);
      if (!fault) return { context: ctx, evidence: [] };
      const context = inContext && fault.id === 'no-close' ? { ...ctx, noCloseTagged: true } : ctx;
      return { context, evidence: [give(fault.dimension, -fault.penalty, 'fault', fault.id, event.tag)] };
    }
    case 'close': {
      // In context a close is signal-led only when a signal came after the last objection raised:
      // an earlier "yes" does not survive a new "but".
      const signalLed = inContext ? ctx.signalSinceRaise : ctx.signals > 0;
      const asked = inContext ? { askedAfterSignal: ctx.askedAfterSignal || ctx.signals > 0 } : {};
      if (!signalLed) {
        const fault = rubric.faults.find((f) => f.id === 'premature-close');
        const penalty = fault?.penalty ?? 0;
        return {
          context: { ...ctx, ...asked, lastCloseSignalLed: false },
          evidence: [give('closing', -penalty, 'close-before-signal', 'premature-close', event.tag)],
        };
      }
      if (cancelled) {
        return {
          context: { ...ctx, ...asked, lastCloseSignalLed: false },
          evidence: [give('closing', 0, 'credit-cancelled', event.technique, event.tag)],
        };
      }
      const evidence = [give('closing', rules.closeAfterSignal, 'close-after-signal', event.technique, event.tag)];
      const technique = rubric.techniques.find((t) => t.id === event.technique);
      let techniques = ctx.techniques;
      if (technique && !techniques.includes(technique.id)) {
        techniques = withItem(techniques, technique.id);
        evidence.push(give(technique.dimension, technique.points, 'technique', technique.id, event.tag));
      }
      return { context: { ...ctx, ...asked, techniques, lastCloseSignalLed: true }, evidence };
    }
    case 'signal':
      // Only "no signal yet" versus "some signal" is ever read, so the count stops at one.
      return { context: { ...ctx, signals: 1, ...(inContext ? { signalSinceRaise: true } : {}) }, evidence: [] };
    case 'need-revealed':
      if (ctx.needs.includes(event.need)) return { context: ctx, evidence: [] };
      return {
        context: { ...ctx, needs: withItem(ctx.needs, event.need) },
        evidence: [give('discovery', rules.needRevealed, 'need-revealed', event.need, event.tag)],
      };
    case 'objection-raised': {
      const context = inContext ? { ...ctx, signalSinceRaise: false } : ctx;
      if (ctx.raised.includes(event.objection)) return { context, evidence: [] };
      return { context: { ...context, raised: withItem(ctx.raised, event.objection) }, evidence: [] };
    }
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
      // In context the engine itself finds a buying signal that was never answered with a close.
      if (inContext && ctx.signals > 0 && !ctx.askedAfterSignal && !ctx.noCloseTagged) {
        const fault = rubric.faults.find((f) => f.id === 'no-close');
        if (fault) evidence.push(give(fault.dimension, -fault.penalty, 'fault', fault.id, null));
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
