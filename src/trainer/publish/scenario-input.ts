// Turns what the trainer pasted or uploaded into the scenarios to publish: one Ink source, or
// every scenario of a pack exported from Scenario Studio. Nothing here is trusted by the server,
// which compiles and checks each source itself; this only finds the sources and their language.
import { MAX_PACK_BYTES, parseScenarioPack } from '../../core/schemas/scenario-pack.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';

/** The server refuses sources over this many characters. */
export const MAX_SOURCE_CHARS = 1_000_000;

export interface ScenarioToPublish {
  language: Language;
  source: string;
  /** From the pack, or the source's "# title:" line; null when it has none. */
  title: string | null;
  id: string | null;
}

export type ScenarioInput =
  | { kind: 'ink'; source: string; language: Language | null }
  | { kind: 'pack'; scenarios: ScenarioToPublish[] }
  | { kind: 'invalid'; reason: string };

/** "zh-CN.ink", "my-id.zh-CN.ink" and the like name their language; other names do not. */
export function languageOfFileName(name: string): Language | null {
  const m = /(?:^|[./\\])(en|zh-CN)\.ink$/i.exec(name.trim());
  if (!m) return null;
  return m[1]!.toLowerCase() === 'en' ? 'en' : 'zh-CN';
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z]/g;

/** A default for the language field: Chinese when most of the story's letters are Chinese. */
export function guessLanguage(source: string): Language {
  const story = source.split('\n').filter((line) => !/^\s*(#|INCLUDE|\/\/|~)/.test(line)).join('\n');
  const cjk = story.match(CJK)?.length ?? 0;
  const latin = (story.match(LATIN)?.length ?? 0) / 4; // a Chinese character carries about a word
  return cjk > latin ? 'zh-CN' : 'en';
}

/** The "# title:" and "# id:" of a pasted source, read as text (the server checks them). */
export { frontMatterTitle as titleOf, frontMatterId as idOf } from '../../core/story/front-matter-text.ts';

/** Reads pasted text or a file's text; a pack is recognised by being JSON. */
export function readScenarioInput(text: string, fileName: string | null = null): ScenarioInput {
  if (text.trim() === '') return { kind: 'invalid', reason: 'the file is empty' };
  const looksJson = /^\s*[{[]/.test(text) || (fileName !== null && /\.json$/i.test(fileName));
  if (looksJson) {
    if (text.length > MAX_PACK_BYTES) return { kind: 'invalid', reason: `a scenario pack may be at most ${MAX_PACK_BYTES / 1048576} MB` };
    const parsed = parseScenarioPack(text);
    if (!parsed.ok) return { kind: 'invalid', reason: parsed.error };
    return {
      kind: 'pack',
      scenarios: parsed.pack.scenarios.map((s) => ({ language: s.language, source: s.source, title: s.title, id: s.id })),
    };
  }
  if (text.length > MAX_SOURCE_CHARS) return { kind: 'invalid', reason: `a scenario source may be at most ${MAX_SOURCE_CHARS.toLocaleString('en')} characters` };
  return { kind: 'ink', source: text, language: fileName === null ? null : languageOfFileName(fileName) };
}
