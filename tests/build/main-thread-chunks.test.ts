// No page runs the Ink compiler on its main thread. Builds the app for real (the production
// build with sourcemaps) and reads, for `/`, `/author/` and `/trainer/`, the sourcemap of every
// chunk the page loads at start or can load through a dynamic import (a pack import, a re-check,
// Phaser): none may carry inkjs's compiler or src/toolchain. The checking worker's chunk does,
// which is also how the test knows it can see the compiler at all.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildForInspection, chunkSources, compilerOnMainThread, filesCarryingCompiler, mainThreadLoads, type PageLoad,
} from '../../src/build/main-thread-chunks.ts';

let work = '';
let outDir = '';
let loads: PageLoad[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'main-thread-chunks-'));
  outDir = join(work, 'dist');
  // A one-scenario library keeps the build quick; the chunks that carry code are the same.
  const stories = join(work, 'stories');
  cpSync('stories/_lib', join(stories, '_lib'), { recursive: true });
  mkdirSync(join(stories, 'tiny'));
  const tiny = readFileSync('tests/fixtures/ink/tiny/en.ink', 'utf8').replace(/^INCLUDE .*$/m, 'INCLUDE ../_lib/customer.ink');
  writeFileSync(join(stories, 'tiny', 'en.ink'), tiny);
  await buildForInspection(outDir, stories);
  loads = mainThreadLoads(outDir);
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const load = (page: string): PageLoad => loads.find((l) => l.page === page)!;
const sourcesOf = (l: PageLoad, how: 'startup' | 'lazy'): string[] => l.chunks.filter((c) => c.loaded === how).flatMap((c) => c.sources);

describe('the built pages keep the Ink compiler off their main threads', () => {
  it('finds the three pages in the build', () => {
    expect(loads.map((l) => l.page)).toEqual(['author/index.html', 'index.html', 'trainer/index.html']);
  });

  it('follows each page past its entry: its modules at start, and the game\'s pack import and re-check when lazy', () => {
    expect(sourcesOf(load('index.html'), 'startup')).toContain('src/main.ts');
    expect(sourcesOf(load('author/index.html'), 'startup')).toContain('src/authoring/main.ts');
    expect(sourcesOf(load('trainer/index.html'), 'startup')).toContain('src/trainer/main.ts');
    const gameLazy = sourcesOf(load('index.html'), 'lazy');
    for (const module of ['src/game/library/pack-import.ts', 'src/authoring/pack/scenario-pack-io.ts', 'src/game/library/recheck-local.ts']) {
      expect(gameLazy).toContain(module);
    }
  });

  it('sees the compiler where it belongs: in the checking worker\'s chunk alone, which no page imports', () => {
    const carriers = filesCarryingCompiler(outDir);
    expect(carriers).toEqual([expect.stringMatching(/^assets\/check-worker-[\w-]+\.js$/)]);
    expect(chunkSources(outDir, carriers[0]!)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^node_modules\/inkjs\/.*ink-full/), 'src/toolchain/compile.ts', 'src/toolchain/check-scenario.ts',
    ]));
    const onMainThread = new Set(loads.flatMap((l) => l.chunks.map((c) => c.file)));
    expect(carriers.filter((f) => onMainThread.has(f))).toEqual([]);
  });

  it.each(['index.html', 'author/index.html', 'trainer/index.html'])('%s loads no chunk holding the compiler or src/toolchain, at start or later', (page) => {
    expect(compilerOnMainThread(load(page))).toEqual([]);
  });
});
