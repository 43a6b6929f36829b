// Everything that fully determines an attempt; replaying it gives the same run byte for byte.
import { z } from 'zod';
import { ScenarioId } from './scenario-meta.ts';

export const ReplayInputs = z.object({
  scenarioId: ScenarioId,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  rubricVersion: z.string().min(1),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  choices: z.array(z.number().int().nonnegative()).max(10_000),
});
export type ReplayInputs = z.infer<typeof ReplayInputs>;
