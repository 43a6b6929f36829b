// Small shapes the API's answers share.
import { z } from 'zod';

export const Timestamp = z.string().min(1);
export const ContentHash = z.string().regex(/^[0-9a-f]{64}$/);
export const Uuid = z.string().min(1);
export const Period = z.enum(['all', 'week']);
export type Period = z.infer<typeof Period>;
export const ModeFilter = z.enum(['all', 'exam', 'coach']);
export type ModeFilter = z.infer<typeof ModeFilter>;

export const Health = z.object({ status: z.literal('ok') });
