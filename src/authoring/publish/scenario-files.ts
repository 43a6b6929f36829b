// The language files of the scenario open in the editor, as they go to a cohort: the draft's text
// as it is now (saved or not), and every other language saved in the Studio under the same id.
import type { LocalScenario } from '../../core/schemas/records.ts';
import { LANGUAGES, type Language } from '../../core/schemas/scenario-meta.ts';
import { frontMatterId, scenarioFile } from '../check/source-fields.ts';

export interface LanguageFile {
  language: Language;
  source: string;
  /** The file the Studio's checker files it under, so its diagnostics name the draft's lines. */
  file: string;
  /** The draft open in the editor (its problems can jump to a line), not a saved one. */
  open: boolean;
}

export interface ScenarioFiles {
  /** The front matter's id; null when the draft has no valid one (nothing can be published). */
  id: string | null;
  /** In the order of LANGUAGES, so every report lists English first. */
  files: LanguageFile[];
}

export function scenarioFiles(draft: { source: string; language: Language }, saved: readonly LocalScenario[]): ScenarioFiles {
  const id = frontMatterId(draft.source);
  if (id === null) return { id: null, files: [] };
  const files: LanguageFile[] = [];
  for (const language of LANGUAGES) {
    if (language === draft.language) {
      files.push({ language, source: draft.source, file: scenarioFile(draft.source, language), open: true });
      continue;
    }
    const other = saved.find((s) => s.id === id && s.language === language && frontMatterId(s.source) === id);
    if (other) files.push({ language, source: other.source, file: scenarioFile(other.source, language), open: false });
  }
  return { id, files };
}
