// Small shapes the API's requests and answers share.
import { z } from 'zod';
import { ScenarioId as CoreScenarioId } from '../core/schemas/scenario-meta.ts';

export const Timestamp = z.string().min(1);
export const ContentHash = z.string().regex(/^[0-9a-f]{64}$/, 'a content hash is 64 lower-case hex digits');
export const Uuid = z.string().min(1);
/** A scenario id as the API takes it: the core's rule, and short enough to index. */
export const ScenarioId = CoreScenarioId.max(100);

export const Period = z.enum(['all', 'week']);
export type Period = z.infer<typeof Period>;
export const ModeFilter = z.enum(['coach', 'exam', 'all']);
export type ModeFilter = z.infer<typeof ModeFilter>;

/**
 * A whole number in a query string, between `min` and `max`, `fallback` when absent. Callers of
 * the typed client pass numbers (the input type), the server coerces the string it receives.
 */
export const queryInt = (min: number, max: number, fallback: number) =>
  z.coerce.number<number>().int().min(min).max(max).default(fallback);

/** Cursor paging: `before` is the `next` of the previous page. */
export const Cursor = z.coerce.number<number>().int().positive().max(Number.MAX_SAFE_INTEGER);
