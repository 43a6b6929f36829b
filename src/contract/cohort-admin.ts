// Running a cohort (issue 13): removing a member (their token stops working at once, their
// attempts stay on the record and leave the leaderboards), retiring a published version (hidden
// from trainees, attempts kept) and hiding a shipped scenario from this cohort.
import { z } from 'zod';
import { ScenarioId, Uuid } from './common.ts';
import { ScenarioVersion } from './scenarios.ts';

export const TraineeParams = z.object({ traineeId: Uuid });

export const RemovedMember = z.object({ traineeId: Uuid, displayName: z.string(), removedAt: z.string() });
export type RemovedMember = z.infer<typeof RemovedMember>;

export const RetireBody = z.object({ retired: z.boolean() });
export const HideBody = z.object({ hidden: z.boolean() });
export const ShippedParams = z.object({ scenarioId: ScenarioId });

/** Every shipped scenario version current now, and whether this cohort hides it. */
export const ShippedScenario = ScenarioVersion.extend({ hidden: z.boolean() });
export type ShippedScenario = z.infer<typeof ShippedScenario>;
export const ShippedList = z.object({ scenarios: z.array(ShippedScenario) });
export type ShippedList = z.infer<typeof ShippedList>;
