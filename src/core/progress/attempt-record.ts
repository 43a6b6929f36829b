// Turns a finished run into the attempt record the trainee's history keeps.
import type { AttemptRecord, PlayMode } from '../schemas/records.ts';
import type { RunResult } from '../session/session.ts';
import type { ScenarioBundle } from '../session/scenario-bundle.ts';

export interface AttemptContext {
  id: string;
  bundle: ScenarioBundle;
  rubricVersion: string;
  seed: number;
  choices: readonly number[];
  mode: PlayMode;
  local: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  simulatedSeconds: number;
  /** Set for an exam the trainee left before its ending. */
  abandoned?: boolean;
}

export function attemptRecord(ctx: AttemptContext, result: RunResult): AttemptRecord {
  const items = (reasons: string[]): string[] =>
    [...new Set(result.evidence.filter((e) => reasons.includes(e.reason) && e.item !== null).map((e) => e.item!))].sort();
  return {
    id: ctx.id,
    scenarioId: ctx.bundle.meta.id,
    language: ctx.bundle.language,
    contentHash: ctx.bundle.contentHash,
    rubricVersion: ctx.rubricVersion,
    seed: ctx.seed,
    choices: [...ctx.choices],
    mode: ctx.mode,
    local: ctx.local,
    status: ctx.abandoned ? 'abandoned' : 'finished',
    outcome: result.outcome,
    redLines: [...result.redLines],
    scores: result.scores,
    overall: result.overall,
    techniques: items(['technique']),
    faults: items(['fault', 'close-before-signal']),
    startedAt: ctx.startedAt,
    finishedAt: ctx.finishedAt,
    durationMs: Math.max(0, Math.round(ctx.durationMs)),
    simulatedSeconds: ctx.simulatedSeconds,
  };
}
