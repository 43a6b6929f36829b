// Deterministic builders for the game's pure-helper tests, taking overrides.
import type { ScenarioMeta } from '../../src/core/schemas/scenario-meta.ts';
import type { TranscriptEntry } from '../../src/core/schemas/transcript.ts';
import type { Evidence } from '../../src/core/schemas/score.ts';

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
