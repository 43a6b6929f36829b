// The layer rules of eslint.config.js: every folder of src/ has one, and each refuses a
// deliberately bad import with its own message, while the imports the layers are built on pass.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/** The config's exports, checked as they come in: it is plain JavaScript. */
const LayerConfig = z.object({
  LAYERS: z.array(z.object({ type: z.string(), pattern: z.string() })),
  LAYER_RULES: z.record(z.string(), z.string()),
});
const { LAYERS, LAYER_RULES } = LayerConfig.parse(await import(pathToFileURL('eslint.config.js').href));

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer-rule messages ESLint gives `code` as if it were the file at `path` (which need not exist). */
async function layerMessages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies' || m.fatal).map((m) => m.message);
}

// A rule missing from the config reads as undefined, which no message equals.
const R = LAYER_RULES;

/** [the importing file, the import, the rule it breaks] */
const BAD: Array<[string, string, string | undefined]> = [
  ['src/core/session/x.ts', "import { createApp } from '../../server/start-server.ts';", R.coreInward],
  ['src/core/x.ts', "import type { Screen } from '../game/ui/screen.ts';", R.coreInward],
  ['src/core/x.ts', "import Phaser from 'phaser';", R.core],
  ['src/core/x.ts', "import { Compiler } from 'inkjs/full';", R.core],
  ['src/core/x.ts', "import { readFileSync } from 'node:fs';", R.core],
  ['src/core/x.ts', "import { join } from 'path';", R.core],
  ['src/toolchain/x.ts', "import { openDB } from 'idb';", R.toolchain],
  ['src/toolchain/x.ts', "import { checkFile } from '../node/check-file.ts';", R.toolchain],
  ['src/toolchain/x.ts', "import { createHash } from 'node:crypto';", R.toolchain],
  ['src/contract/x.ts', "import { compileInk } from '../toolchain/compile.ts';", R.contract],
  ['src/contract/x.ts', "import { LRUCache } from 'lru-cache';", R.contract],
  ['src/net/x.ts', "import { buildApp } from '../server/app.ts';", R.adapters],
  ['src/storage/x.ts', "import Phaser from 'phaser';", R.adapters],
  ['src/storage/x.ts', "import { h } from '../ui-kit/dom.ts';", R.adapters],
  ['src/net/x.ts', "import { request } from 'node:http';", R.adapters],
  ['src/ui-kit/x.ts', "import { startApp } from '../game/app.ts';", R.uiKit],
  ['src/ui-kit/x.ts', "import { Story } from 'inkjs';", R.uiKit],
  ['src/ui-kit/x.ts', "import { CohortClient } from '../net/cohort-client.ts';", R.uiKit],
  ['src/game/x.ts', "import { DEFAULT_CONFIG } from '../server/config.ts';", R.pages],
  ['src/trainer/x.ts', "import { findScenarioFiles } from '../node/scenario-files.ts';", R.pages],
  ['src/authoring/x.ts', "import { scenarioCatalog } from '../build/scenario-catalog-plugin.ts';", R.pages],
  ['src/main.ts', "import { readFileSync } from 'node:fs';", R.pages],
  ['src/game/x.ts', "import { compileInk } from '../toolchain/compile.ts';", R.pageToolchain],
  ['src/authoring/check/x.ts', "const { checkScenario } = await import('../../toolchain/check-scenario.ts');", R.pageToolchain],
  ['src/main.ts', "import { Compiler } from 'inkjs/full';", R.pageToolchain],
  ['src/authoring/library/x.ts', "import { LIBRARY_FILES } from '../check/check-in-worker.ts';", R.pageToolchain],
  ['src/server/x.ts', "import { startApp } from '../game/app.ts';", R.server],
  ['src/server/x.ts', "import { openDB } from 'idb';", R.server],
  ['src/server/routes/x.ts', "import { compileInk } from '../../toolchain/compile.ts';", R.serverToolchain],
  ['src/server/checking/checker-pool.ts', "import { checkPublishedScenario } from '../scenarios/check-published-scenario.ts';", R.serverToolchain],
  ['src/server/scenarios/load-shipped-scenarios.ts', "import { checkFileCached } from '../../node/check-cache.ts';", R.serverToolchain],
  ['src/node/x.ts', "import { buildApp } from '../server/app.ts';", R.node],
  ['src/build/x.ts', "import { buildApp } from '../server/app.ts';", R.build],
  ['scripts/x.ts', "import { startApp } from '../src/game/app.ts';", R.scripts],
  ['src/core/x.ts', "import '../../scripts/serve.ts';", R.noScripts],
  ['scripts/x.ts', "import { spawnServer } from '../tests/server/helpers/test-app.ts';", R.noTests],
  ['src/server/x.ts', "import { scenarioSource } from '../../tests/helpers/scenario-source.ts';", R.noTests],
  ['src/game/x.ts', "export { scenarioSource } from '../../tests/helpers/scenario-source.ts';", R.noTests],
];

/** Imports the layers are built on: none of them is refused. */
const GOOD: Array<[string, string]> = [
  ['src/core/x.ts', "import { z } from 'zod';\nimport { Story } from 'inkjs';\nimport { sha256Hex } from './util/sha256.ts';"],
  ['src/toolchain/x.ts', "import { Compiler } from 'inkjs/full';\nimport { InkRunner } from '../core/story/ink-runner.ts';"],
  ['src/authoring/check/check-worker.ts', "import { checkScenario } from '../../toolchain/check-scenario.ts';\nimport { Compiler } from 'inkjs/full';"],
  ['src/authoring/check/check-worker.ts', "import { checkSource } from './check-in-worker.ts';"],
  ['src/authoring/x.ts', "import type { ScenarioReport } from '../toolchain/check-scenario.ts';"],
  ['src/game/x.ts', "import { Session } from '../core/session/session.ts';\nimport { h } from '../ui-kit/dom.ts';\nimport Phaser from 'phaser';"],
  ['src/server/checking/checking-worker.ts', "import { checkPublishedScenario } from '../scenarios/check-published-scenario.ts';"],
  ['src/server/checking/x.ts', "import type { StoryReads } from '../scenarios/bounds-under-rubric.ts';\nimport { scanTags } from '../../toolchain/source-tags.ts';"],
  ['src/server/x.ts', "import { findScenarioFiles } from '../node/scenario-files.ts';\nimport { Worker } from 'node:worker_threads';"],
  ['src/build/x.ts', "import { checkFileCached } from '../node/check-cache.ts';\nimport type { Plugin } from 'vite';"],
  ['scripts/x.ts', "import { createApp } from '../src/server/start-server.ts';\nimport { spawnServer } from './lib/spawn-server.ts';"],
  ['tests/x.test.ts', "import { startApp } from '../src/game/app.ts';\nimport { spawnServer } from '../scripts/lib/spawn-server.ts';"],
];

describe('the layer rules', () => {
  it('give every folder of src/ a layer of its own', () => {
    const folders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `src/${d.name}`);
    const patterns = LAYERS.map((l) => l.pattern);
    expect(folders.filter((f) => !patterns.includes(f))).toEqual([]);
    expect(patterns).toEqual(expect.arrayContaining(['src', 'scripts', 'tests']));
  });

  it.each(BAD)('refuse, in %s, %s', async (path, code, rule) => {
    expect(await layerMessages(path, code)).toEqual([rule]);
  });

  it.each(GOOD)('let %s import %s', async (path, code) => {
    expect(await layerMessages(path, code)).toEqual([]);
  });
});
