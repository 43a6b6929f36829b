// What the server and its verification workers say to each other: plain data across the thread
// boundary, validated with zod on both sides. A worker is sent each rubric and each scored
// bundle once and told when to forget a bundle; after that a job is only the attempt's inputs.
import { z } from 'zod';
import { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { Rubric } from '../../core/schemas/rubric.ts';
import { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { VerifiedSummary } from '../attempts/verify-attempt.ts';

/** Names a bundle as scored under one rubric: its bounds depend on both. */
export const bundleKey = (contentHash: string, rubricVersion: string): string => `${contentHash}/${rubricVersion}`;

export const ToWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rubric'), rubric: Rubric }),
  z.object({ type: z.literal('bundle'), key: z.string(), bundle: ScenarioBundle }),
  z.object({ type: z.literal('forget'), key: z.string() }),
  z.object({ type: z.literal('verify'), id: z.number().int(), key: z.string(), inputs: ReplayInputs }),
]);
export type ToWorker = z.infer<typeof ToWorker>;

/** Why an attempt was not verified: its inputs do not fit the story, or the story ran past its budget. */
export const RefusalKind = z.enum(['mismatch', 'budget']);
export type RefusalKind = z.infer<typeof RefusalKind>;

export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('verified'), id: z.number().int(), summary: VerifiedSummary }),
  z.object({ type: z.literal('refused'), id: z.number().int(), kind: RefusalKind, message: z.string() }),
  /** Anything else that went wrong in the worker: the server's fault, answered 500. */
  z.object({ type: z.literal('failed'), id: z.number().int(), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;
