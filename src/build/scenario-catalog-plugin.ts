// Vite plugin: compiles stories/**/{en,zh-CN}.ink at build time into a small catalog module
// (front matter, content hash, score bounds) plus one lazily loaded chunk per story. Any Ink or
// contract error fails the build with file and line; the compiler never reaches the browser.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { courseRubric } from '../core/rubric/course-rubric.ts';
import { formatDiagnostic } from '../core/schemas/diagnostic.ts';
import type { ScenarioBundle } from '../core/session/scenario-bundle.ts';
import { compareTranslations } from '../toolchain/compare-translations.ts';
import type { ScenarioReport } from '../toolchain/check-scenario.ts';
import { findScenarioFiles } from '../node/scenario-files.ts';
import { checkFileCached } from '../node/check-cache.ts';

export const CATALOG_ID = 'virtual:scenario-catalog';
const STORY_PREFIX = 'virtual:scenario-story/';
const resolved = (id: string): string => `\0${id}`;

interface Compiled {
  bundles: ScenarioBundle[];
  reports: ScenarioReport[];
  files: string[];
}

export function compileStories(storiesDir: string): Compiled {
  const bundles: ScenarioBundle[] = [];
  const reports: ScenarioReport[] = [];
  const problems: string[] = [];
  const files = findScenarioFiles([storiesDir]);
  for (const file of files) {
    const { report, bundle } = checkFileCached(file, storiesDir, courseRubric);
    reports.push(report);
    problems.push(...report.errors.map(formatDiagnostic));
    if (bundle) bundles.push(bundle);
  }
  problems.push(...compareTranslations(reports).filter((d) => d.severity === 'error').map(formatDiagnostic));
  if (problems.length > 0) throw new Error(`scenario errors:\n${problems.join('\n')}`);
  return { bundles, reports, files };
}

export function scenarioCatalogPlugin(options: { storiesDir?: string } = {}): Plugin {
  const storiesDir = resolve(options.storiesDir ?? 'stories');
  let compiled: Compiled | null = null;
  const load = (): Compiled => (compiled ??= compileStories(storiesDir));
  return {
    name: 'scenario-catalog',
    resolveId(id) {
      if (id === CATALOG_ID || id.startsWith(STORY_PREFIX)) return resolved(id);
      return null;
    },
    load(id) {
      if (id === resolved(CATALOG_ID)) {
        let result: Compiled;
        try {
          result = load();
        } catch (error) {
          compiled = null;
          this.error(error instanceof Error ? error.message : String(error));
        }
        for (const file of result.files) this.addWatchFile(file);
        const entries = result.bundles.map((b) => {
          const { storyJson: _story, ...rest } = b;
          const report = result.reports.find((r) => r.id === b.meta.id && r.language === b.language);
          return `  { ...${JSON.stringify({ ...rest, bestPath: report?.bestPath ?? [] })}, loadStory: () => import(${JSON.stringify(`${STORY_PREFIX}${b.meta.id}/${b.language}`)}).then((m) => m.default) },`;
        });
        return `export const catalog = [\n${entries.join('\n')}\n];\n`;
      }
      if (id.startsWith(resolved(STORY_PREFIX))) {
        const [scenario, language] = id.slice(resolved(STORY_PREFIX).length).split('/');
        const bundle = load().bundles.find((b) => b.meta.id === scenario && b.language === language);
        if (!bundle) this.error(`no compiled story for ${scenario}/${language}`);
        return `export default ${JSON.stringify(bundle.storyJson)};\n`;
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      compiled = null;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:scenario')) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
