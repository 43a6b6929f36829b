// Messages between the authoring page and its checking worker.
import type { ScenarioReport } from '../../toolchain/check-scenario.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';

export interface CheckRequest {
  id: number;
  source: string;
  language: Language;
}

export type CheckResponse =
  | { type: 'compiled'; id: number; diagnostics: Diagnostic[]; knots: SourcePoint[] }
  | { type: 'progress'; id: number; states: number }
  | { type: 'checked'; id: number; report: ScenarioReport; bundle: ScenarioBundle | null }
  | { type: 'failed'; id: number; message: string };
