// Typed events a run produces from tags and choices; `entry` points into the transcript.
import { z } from 'zod';
import { DimensionId } from './rubric.ts';
import { OutcomeKind, SignalKind } from '../story/story-tags.ts';

const at = { entry: z.number().int().nonnegative() };
const tagged = { ...at, tag: z.string() };

export const RunEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choice'), ...at, index: z.number().int().nonnegative(), text: z.string() }),
  z.object({ type: z.literal('points'), ...tagged, dimension: DimensionId, points: z.number().int() }),
  z.object({ type: z.literal('technique'), ...tagged, id: z.string() }),
  z.object({ type: z.literal('fault'), ...tagged, id: z.string() }),
  z.object({ type: z.literal('close'), ...tagged, technique: z.string() }),
  z.object({ type: z.literal('tip'), ...tagged, text: z.string() }),
  z.object({ type: z.literal('need-revealed'), ...tagged, need: z.string() }),
  z.object({ type: z.literal('objection-raised'), ...tagged, objection: z.string() }),
  z.object({ type: z.literal('objection-resolved'), ...tagged, objection: z.string() }),
  z.object({ type: z.literal('signal'), ...tagged, kind: SignalKind }),
  z.object({ type: z.literal('outcome'), ...at, tag: z.string().nullable(), kind: OutcomeKind }),
  z.object({
    type: z.literal('customer'),
    ...at,
    trust: z.number(),
    patience: z.number(),
    interest: z.number(),
  }),
  z.object({ type: z.literal('problem'), ...at, message: z.string() }),
]);
export type RunEvent = z.infer<typeof RunEvent>;
