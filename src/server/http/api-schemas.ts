// Every request payload the API accepts, as zod schemas (docs/api.md is written from these).
// Objects strip unknown keys: a score or identity a client adds to a request is never read.
import { z } from 'zod';
import { Language, ScenarioId as CoreScenarioId } from '../../core/schemas/scenario-meta.ts';
import { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import { PlayMode } from '../../core/schemas/records.ts';
import { JOIN_CODE, normaliseJoinCode } from '../secrets.ts';
import { shownText } from './shown-text.ts';

export const ScenarioId = CoreScenarioId.max(100);
export const ContentHash = z.string().regex(/^[0-9a-f]{64}$/, 'a content hash is 64 lower-case hex digits');

export const CreateCohortBody = z.object({
  name: shownText(100),
  passMark: z.number().int().min(0).max(100).default(60),
});

export const JoinCohortBody = z.object({
  code: z.string().max(32).transform(normaliseJoinCode).pipe(z.string().regex(JOIN_CODE, 'a join code is 8 letters and digits')),
  displayName: shownText(40),
});

export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'an idempotency key is 8–128 letters, digits or _.:-');

export const SubmitAttemptBody = ReplayInputs.extend({
  scenarioId: ScenarioId,
  rubricVersion: z.string().min(1).max(40),
  // A real conversation has tens of choices; the cap bounds the replay work one request can ask for.
  choices: z.array(z.number().int().nonnegative()).max(1000),
  idempotencyKey: IdempotencyKey,
  mode: PlayMode,
  /** Optional cross-check: the content hash already fixes the language. */
  language: Language.optional(),
  /** An exam left before its ending: replayed and scored as it stood, stored, never ranked. */
  abandoned: z.boolean().default(false),
});
export type SubmitAttemptBody = z.infer<typeof SubmitAttemptBody>;

export const PublishScenarioBody = z.object({
  language: Language,
  source: z.string().min(1).max(1_000_000).refine((s) => !s.includes('\u0000'), 'must not contain NUL characters'),
});

const Period = z.enum(['all', 'week']).default('all');
const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const LeaderboardQuery = z.object({
  scenario: ScenarioId.optional(),
  period: Period,
  limit: int(1, 100, 10),
});

export const AroundQuery = z.object({
  scenario: ScenarioId.optional(),
  period: Period,
  radius: int(0, 25, 3),
});

export const ModeFilter = z.enum(['coach', 'exam', 'all']).default('all');

export const AttemptsQuery = z.object({
  trainee: z.uuid().optional(),
  scenario: ScenarioId.optional(),
  mode: ModeFilter,
  limit: int(1, 500, 100),
  /** Cursor: the `next` value of the previous page. */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

export const DimensionsQuery = z.object({ scenario: ScenarioId.optional(), mode: ModeFilter });

export const ChoicesQuery = z.object({ mode: ModeFilter, contentHash: ContentHash.optional() });

export const ScenarioParams = z.object({ scenarioId: ScenarioId });
export const ContentHashParams = z.object({ contentHash: ContentHash });
