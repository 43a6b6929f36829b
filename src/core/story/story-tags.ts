// Parses the tags on customer lines and on choices into typed values (scenario-format.md).
import { z } from 'zod';
import { DIMENSION_IDS, DimensionId, type Rubric } from '../schemas/rubric.ts';
import type { ScenarioMeta } from '../schemas/scenario-meta.ts';
import { CLOSE_TECHNIQUES } from '../rubric/course-rubric.ts';
import { splitTag } from './tag-syntax.ts';
import { didYouMean } from '../util/did-you-mean.ts';

/** Other names the contract accepts for a technique id (scenario-format.md). */
export const TECHNIQUE_ALIASES: Readonly<Record<string, string>> = { 'lscpa-empathise': 'lscpa-share' };

export const SIGNAL_KINDS = ['verbal', 'emotional', 'physical'] as const;
export const OUTCOME_KINDS = ['sale', 'meeting', 'follow-up', 'no-sale', 'hang-up'] as const;
export const SignalKind = z.enum(SIGNAL_KINDS);
export const OutcomeKind = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

export const LINE_TAG_KEYS = ['reveals', 'raises', 'resolved', 'signal', 'outcome', 'speaker'] as const;
export const CHOICE_TAG_KEYS = [...DIMENSION_IDS, 'technique', 'fault', 'close', 'tip', 'say'] as const;

export const LineTag = z.discriminatedUnion('key', [
  z.object({ key: z.literal('reveals'), need: z.string() }),
  z.object({ key: z.literal('raises'), objection: z.string() }),
  z.object({ key: z.literal('resolved'), objection: z.string() }),
  z.object({ key: z.literal('signal'), kind: SignalKind }),
  z.object({ key: z.literal('outcome'), kind: OutcomeKind }),
  z.object({ key: z.literal('speaker'), who: z.string().min(1) }),
]);
export type LineTag = z.infer<typeof LineTag>;

export const ChoiceTag = z.discriminatedUnion('key', [
  z.object({ key: z.literal('points'), dimension: DimensionId, points: z.number().int() }),
  z.object({ key: z.literal('technique'), id: z.string() }),
  z.object({ key: z.literal('fault'), id: z.string() }),
  z.object({ key: z.literal('close'), technique: z.string() }),
  z.object({ key: z.literal('tip'), text: z.string().min(1) }),
  /** An example of what a trainee might say for this reply (scenario-format.md); not scored. */
  z.object({ key: z.literal('say'), text: z.string().min(1) }),
]);
export type ChoiceTag = z.infer<typeof ChoiceTag>;

export type TagResult<T> = { ok: true; tag: T } | { ok: false; error: string };

export interface TagContext {
  meta: ScenarioMeta;
  rubric: Rubric;
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

export function isLineTagKey(key: string): boolean {
  return (LINE_TAG_KEYS as readonly string[]).includes(key);
}
export function isChoiceTagKey(key: string): boolean {
  return (CHOICE_TAG_KEYS as readonly string[]).includes(key);
}

export function parseLineTag(raw: string, ctx: TagContext): TagResult<LineTag> {
  const { key, value } = splitTag(raw);
  if (!isLineTagKey(key)) {
    return isChoiceTagKey(key)
      ? fail(`"# ${raw.trim()}" is a choice tag on a printed line: put it on the choice, before any "]"`)
      : fail(`unknown tag "# ${raw.trim()}"${didYouMean(key, LINE_TAG_KEYS)} (line tags: ${LINE_TAG_KEYS.join(', ')})`);
  }
  if (value === '') return fail(`tag "${key}" needs a value`);
  switch (key) {
    case 'reveals':
      if (!ctx.meta.needs.some((n) => n.id === value)) return fail(`"reveals: ${value}" names a need the front matter does not declare${didYouMean(value, ctx.meta.needs.map((n) => n.id))}`);
      return { ok: true, tag: { key, need: value } };
    case 'raises':
    case 'resolved':
      if (!ctx.meta.objections.some((o) => o.id === value)) return fail(`"${key}: ${value}" names an objection the front matter does not declare${didYouMean(value, ctx.meta.objections.map((o) => o.id))}`);
      return { ok: true, tag: { key, objection: value } };
    case 'signal': {
      const kind = SignalKind.safeParse(value);
      return kind.success ? { ok: true, tag: { key, kind: kind.data } } : fail(`"signal" is one of ${SIGNAL_KINDS.join(', ')}, got "${value}"`);
    }
    case 'outcome': {
      const kind = OutcomeKind.safeParse(value);
      return kind.success ? { ok: true, tag: { key, kind: kind.data } } : fail(`"outcome" is one of ${OUTCOME_KINDS.join(', ')}, got "${value}"`);
    }
    default:
      return { ok: true, tag: { key: 'speaker', who: value } };
  }
}

export function parseChoiceTag(raw: string, ctx: TagContext): TagResult<ChoiceTag> {
  const { key, value } = splitTag(raw);
  if (!isChoiceTagKey(key)) {
    return isLineTagKey(key)
      ? fail(`"# ${raw.trim()}" is a line tag on a choice: put it on the customer's line`)
      : fail(`unknown tag "# ${raw.trim()}"${didYouMean(key, CHOICE_TAG_KEYS)} (choice tags: ${CHOICE_TAG_KEYS.join(', ')})`);
  }
  if (value === '') return fail(`tag "${key}" needs a value`);
  const dimension = DimensionId.safeParse(key);
  if (dimension.success) {
    if (!/^[+-]\d+$/.test(value)) return fail(`"${key}" takes a signed whole number such as +2 or -1, got "${value}"`);
    return { ok: true, tag: { key: 'points', dimension: dimension.data, points: Number(value) } };
  }
  switch (key) {
    case 'technique': {
      const id = TECHNIQUE_ALIASES[value] ?? value;
      if (!ctx.rubric.techniques.some((t) => t.id === id)) {
        return fail(`"technique: ${value}" is not a technique in rubric ${ctx.rubric.version}${didYouMean(value, [...ctx.rubric.techniques.map((t) => t.id), ...Object.keys(TECHNIQUE_ALIASES)])}`);
      }
      return { ok: true, tag: { key, id } };
    }
    case 'fault':
      if (!ctx.rubric.faults.some((f) => f.id === value)) return fail(`"fault: ${value}" is not a fault in rubric ${ctx.rubric.version}${didYouMean(value, ctx.rubric.faults.map((f) => f.id))}`);
      return { ok: true, tag: { key, id: value } };
    case 'close':
      if (!(CLOSE_TECHNIQUES as readonly string[]).includes(value)) return fail(`"close" is one of ${CLOSE_TECHNIQUES.join(', ')}, got "${value}"${didYouMean(value, CLOSE_TECHNIQUES)}`);
      return { ok: true, tag: { key, technique: value } };
    case 'say':
      return { ok: true, tag: { key: 'say', text: value } };
    default:
      return { ok: true, tag: { key: 'tip', text: value } };
  }
}
