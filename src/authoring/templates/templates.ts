// The starter scenarios offered by "New scenario": one per setting, in both languages.
import type { Channel, Language } from '../../core/schemas/scenario-meta.ts';
import { buildTemplate, type ScenarioTemplate } from './build-template.ts';
import { COMMENTS_EN, WORDS_EN } from './template-words-en.ts';
import { COMMENTS_ZH, WORDS_ZH } from './template-words-zh.ts';

export const TEMPLATES: Record<Language, ScenarioTemplate[]> = {
  en: WORDS_EN.map((w) => buildTemplate('en', w, COMMENTS_EN)),
  'zh-CN': WORDS_ZH.map((w) => buildTemplate('zh-CN', w, COMMENTS_ZH)),
};

export function templateFor(channel: Channel, language: Language): ScenarioTemplate {
  const found = TEMPLATES[language].find((t) => t.channel === channel);
  if (!found) throw new Error(`no ${language} template for the ${channel} setting`);
  return found;
}

/** The template's source with its id replaced, so a second draft does not collide with the first. */
export function withId(source: string, id: string): string {
  return source.replace(/^([ \t]*#[ \t]*id[ \t]*:[ \t]*)\S+/m, `$1${id}`);
}
