// What the server asks its checking worker to do, and what the worker answers: plain data that
// crosses the thread boundary, validated with zod on both sides (the worker's answer is parsed
// before the server trusts it, as any other input would be).
import { z } from 'zod';
import { Diagnostic } from '../../core/schemas/diagnostic.ts';
import { Rubric } from '../../core/schemas/rubric.ts';
import { Language } from '../../core/schemas/scenario-meta.ts';
import { ScenarioBundle } from '../../core/session/scenario-bundle.ts';

/** The visit and turn counts a story reads (StoryStructure['significant']). */
export const StoryReads = z.object({ visits: z.array(z.string()), turns: z.array(z.string()), turnCount: z.boolean() });

const ChoicePath = z.array(z.number().int().nonnegative());

/** A trainer's upload, checked as stories/<its id>/<language>.ink against the shared library only. */
export const PublishJob = z.object({
  kind: z.literal('publish'),
  language: Language,
  source: z.string(),
  library: z.record(z.string(), z.string()),
  rubric: Rubric,
  maxStates: z.number().int().positive(),
});

/** A stored version bounded again under another rubric (bounds-under-rubric.ts). */
export const ReboundJob = z.object({
  kind: z.literal('rebound'),
  stored: ScenarioBundle,
  rubric: Rubric,
  maxStates: z.number().int().positive(),
  reads: StoryReads.nullable(),
});

/** A scenario file of the stories folder, through the build's check cache. */
export const ShippedJob = z.object({
  kind: z.literal('shipped'),
  file: z.string(),
  storiesDir: z.string(),
  rubric: Rubric,
});

export const CheckJob = z.discriminatedUnion('kind', [PublishJob, ReboundJob, ShippedJob]);
export type CheckJob = z.infer<typeof CheckJob>;

/** The parts of the checker's report a publish answers with. */
export const PublishedReport = z.object({
  warnings: z.array(Diagnostic),
  endings: z.array(z.string()),
  bestOverall: z.number().nullable(),
  bestPath: ChoicePath,
});
export type PublishedReport = z.infer<typeof PublishedReport>;

export const PublishResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), bundle: ScenarioBundle, report: PublishedReport, reads: StoryReads.nullable() }),
  z.object({ ok: z.literal(false), reason: z.string(), diagnostics: z.array(Diagnostic) }),
]);
export type PublishResult = z.infer<typeof PublishResult>;

export const ReboundResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), bundle: ScenarioBundle, bestPath: ChoicePath }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type ReboundResult = z.infer<typeof ReboundResult>;

export const ShippedResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), bundle: ScenarioBundle, bestPath: ChoicePath, reads: StoryReads.nullable() }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()) }),
]);
export type ShippedResult = z.infer<typeof ShippedResult>;

/** A job as posted to the worker: numbered, so an answer is matched to its question. */
export const JobMessage = z.object({ id: z.number().int(), job: CheckJob });
export type JobMessage = z.infer<typeof JobMessage>;

/**
 * From the worker: `ready` once its modules are loaded (the time limit starts only then);
 * `done` with the job's result; `refused` when the check was stopped by something the story did
 * (a run budget of the core, or a JavaScript limit such as the call stack), with the reason and a
 * diagnostic code; `failed` for anything else thrown, a server fault.
 */
export const WorkerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('done'), id: z.number().int(), result: z.unknown() }),
  z.object({ type: z.literal('refused'), id: z.number().int(), reason: z.string(), code: z.string() }),
  z.object({ type: z.literal('failed'), id: z.number().int(), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;
