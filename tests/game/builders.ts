// Deterministic builders for the game's pure-helper tests, taking overrides.
import type { ScenarioMeta } from '../../src/core/schemas/scenario-meta.ts';
import type { TranscriptEntry } from '../../src/core/schemas/transcript.ts';
import type { Evidence } from '../../src/core/schemas/score.ts';
import { check, scenarioSource } from '../helpers/scenario-source.ts';
import type { ScenarioBundle } from '../../src/core/session/scenario-bundle.ts';
import type { ScenarioEntry } from '../../src/game/run/scenario-entry.ts';
import type { AttemptRecord } from '../../src/core/schemas/records.ts';

export function aMeta(over: Partial<ScenarioMeta> = {}): ScenarioMeta {
  return {
    id: 'sample', title: 'Sample customer', channel: 'outbound-call', product: '5G plan', difficulty: 2,
    persona: 'Li Na', personaStyle: 'amiable', brief: [],
    needs: [{ id: 'data', description: 'Runs out of data every month' }],
    objections: [{ id: 'cost', class: 'price', description: 'Thinks it costs too much' }],
    ...over,
  };
}

export function aLine(over: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return { turn: 0, speaker: 'customer', text: 'Hello?', tags: [], at: 2, ...over };
}

export function anEvidence(over: Partial<Evidence> = {}): Evidence {
  return { dimension: 'discovery', points: 2, reason: 'tag-points', item: null, tag: 'discovery: +2', entry: 0, ...over };
}


/**
 * A small playable scenario: the opening offers discovery (0) or a pitch that ends the call (1);
 * after discovery, a FABE presentation (0) or a premature close (1); then a close that sells (0)
 * or a follow-up (1). Its best path, as the checker finds it, is returned too.
 */
export function aBundle(): { bundle: ScenarioBundle; bestPath: number[] } {
  const { bundle, report } = check(scenarioSource(`
~ trust = 40
Hello?
* [Ask how the family uses the internet #technique: spin-situation #tip: Ask before you pitch]
  ~ shift(trust, 10)
  We run out of data every month. # reveals: data
  -> offer
* [Pitch the plan straight away #fault: premature-pitch]
  ~ shift(patience, -60)
  Not interested. # outcome: hang-up
  -> END
= offer
* [Show what the plan does for them #technique: fabe]
  That sounds useful. # signal: verbal
  -> close
* [Ask for the order now #close: close-direct]
  That seems expensive. # raises: cost
  -> close
= close
* [Ask whether today or tomorrow suits #close: close-either-or]
  Today then. # outcome: sale
  -> END
* [Offer to send details #follow-up: +2]
  Send them over. # outcome: follow-up
  -> END
`));
  if (!bundle) throw new Error(`the test scenario does not compile: ${JSON.stringify(report.errors)}`);
  return { bundle, bestPath: report.bestPath };
}

export function anEntry(bundle: ScenarioBundle, over: Partial<ScenarioEntry> = {}): ScenarioEntry {
  const { storyJson, ...rest } = bundle;
  return { ...rest, bestPath: [], local: false, loadStory: () => Promise.resolve(storyJson), ...over };
}

let attemptSeq = 0;
export function anAttempt(over: Partial<AttemptRecord> = {}): AttemptRecord {
  attemptSeq += 1;
  return {
    id: `attempt-${String(attemptSeq).padStart(4, '0')}`, scenarioId: 'sample', language: 'en', contentHash: 'a'.repeat(64),
    rubricVersion: '1.0.0', seed: 1, choices: [0], mode: 'coach', local: false, status: 'finished', redLines: [], outcome: 'sale', scores: { discovery: 50 }, overall: 50,
    techniques: [], faults: [], startedAt: '2026-11-01T09:00:00.000Z', finishedAt: '2026-11-01T09:10:00.000Z', durationMs: 600_000,
    simulatedSeconds: 300, ...over,
  };
}
