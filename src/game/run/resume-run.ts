// Turns the saved run in progress back into a live run, or says why it cannot be: its scenario
// is gone, the scenario or rubric changed since, or replaying its choices fails.
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { RunInProgress } from '../../core/schemas/records.ts';
import { resumeSession } from '../../core/session/resume.ts';
import { bundleOf, type Run } from './run.ts';
import { findEntry, type ScenarioEntry } from './scenario-entry.ts';

export type ResumeFailure = 'missing' | 'outdated' | 'unplayable';

export type Resumed =
  | { ok: true; run: Run }
  | { ok: false; reason: ResumeFailure; detail: string; title: string };

export async function resumeRun(saved: RunInProgress, catalog: readonly ScenarioEntry[]): Promise<Resumed> {
  const entry = findEntry(catalog, saved);
  if (!entry) return { ok: false, reason: 'missing', detail: `no scenario "${saved.scenarioId}" (${saved.language}) in this game`, title: saved.scenarioId };
  const title = entry.meta.title;
  if (entry.contentHash !== saved.contentHash || courseRubric.version !== saved.rubricVersion) {
    return { ok: false, reason: 'outdated', detail: 'the scenario or the rubric has changed since the run was saved', title };
  }
  try {
    const bundle = bundleOf(entry, await entry.loadStory());
    const session = resumeSession(bundle, courseRubric, saved);
    return { ok: true, run: { id: saved.id, entry, bundle, seed: saved.seed, mode: saved.mode, session, startedAt: saved.startedAt } };
  } catch (error) {
    return { ok: false, reason: 'unplayable', detail: error instanceof Error ? error.message : String(error), title };
  }
}
