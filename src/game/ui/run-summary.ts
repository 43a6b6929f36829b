// What the debrief lists beside the scores: which hidden needs the trainee uncovered and what
// became of each declared objection, read from the run's events.
import type { RunEvent } from '../../core/schemas/run-event.ts';
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';

export type ObjectionStatus = 'resolved' | 'open' | 'not-raised';

export interface RunSummary {
  needs: { id: string; description: string; found: boolean }[];
  objections: { id: string; description: string; status: ObjectionStatus }[];
}

export function summariseRun(meta: ScenarioMeta, events: readonly RunEvent[]): RunSummary {
  const found = new Set<string>();
  const raised = new Set<string>();
  const resolved = new Set<string>();
  for (const e of events) {
    if (e.type === 'need-revealed') found.add(e.need);
    else if (e.type === 'objection-raised') raised.add(e.objection);
    else if (e.type === 'objection-resolved') resolved.add(e.objection);
  }
  return {
    needs: meta.needs.map((n) => ({ id: n.id, description: n.description, found: found.has(n.id) })),
    objections: meta.objections.map((o) => ({
      id: o.id,
      description: o.description,
      status: resolved.has(o.id) ? 'resolved' : raised.has(o.id) ? 'open' : 'not-raised',
    })),
  };
}
