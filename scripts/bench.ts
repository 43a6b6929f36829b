// npm run bench: prints speed, memory and size figures with ratios against a baseline.
//  1. replay throughput of the engine against bare inkjs playing the same choices;
//  2. the checker's exploration of the whole library: states per second and total time, and the
//     exploration alone, reduced (what the checker runs) against full (every score context apart);
//  3. memory held per live session;
//  4. each page's main-thread JS (gzipped; the game's startup against Phaser alone) and, from the
//     build's sourcemaps, whether any page's main thread carries the Ink compiler.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Story } from 'inkjs';
import { buildForInspection, compilerOnMainThread, filesCarryingCompiler, mainThreadLoads, type LoadedChunk } from '../src/build/main-thread-chunks.ts';
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { replay } from '../src/core/session/replay.ts';
import { Session } from '../src/core/session/session.ts';
import { checkFile, exploreOptionsForFile } from '../src/node/check-file.ts';
import { explore } from '../src/toolchain/explore.ts';
import { exploreFull } from '../src/toolchain/explore-full.ts';
import { findScenarioFiles } from '../src/node/scenario-files.ts';
import { sessionOptions, type ScenarioBundle } from '../src/core/session/scenario-bundle.ts';

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number): string => `${fmt(bytes / 1024, 1)} kB`;

function timeFor(ms: number, run: () => void): { runs: number; perSecond: number } {
  for (let i = 0; i < 20; i++) run(); // warm up the JIT
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    run();
    runs++;
    elapsed = performance.now() - start;
  }
  return { runs, perSecond: (runs * 1000) / elapsed };
}

function bareInk(json: string, choices: number[], seed: number): void {
  const story = new Story(json);
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  const play = (): void => {
    while (story.canContinue) {
      story.Continue();
      void story.currentTags;
    }
  };
  play();
  for (const c of choices) {
    story.ChooseChoiceIndex(c);
    play();
  }
}

console.log('# Benchmarks (one core; figures vary by machine, ratios less so)\n');

// Library exploration (the checker) and the bundles replay needs.
const files = findScenarioFiles(['stories']);
const bundles: Array<{ bundle: ScenarioBundle; bestPath: number[] }> = [];
let states = 0;
const exploreStart = performance.now();
for (const file of files) {
  const { bundle, report } = checkFile(file, courseRubric);
  states += report.states;
  if (bundle) bundles.push({ bundle, bestPath: report.bestPath });
}
const exploreMs = performance.now() - exploreStart;
console.log('## Checker: whole library');
console.log(`scenario files: ${files.length}, states explored: ${fmt(states)}`);
console.log(`total time: ${fmt(exploreMs / 1000, 2)} s, states per second: ${fmt((states * 1000) / exploreMs)}\n`);

console.log('## Exploration alone: reduced (the checker) vs full (the reference), whole library');
const explored = { reduced: { states: 0, ms: 0 }, full: { states: 0, ms: 0 } };
for (const file of files) {
  const options = exploreOptionsForFile(file, courseRubric);
  let t0 = performance.now();
  explored.reduced.states += explore(options).states;
  explored.reduced.ms += performance.now() - t0;
  t0 = performance.now();
  explored.full.states += exploreFull(options).states;
  explored.full.ms += performance.now() - t0;
}
console.log(`reduced: ${fmt(explored.reduced.states)} states in ${fmt(explored.reduced.ms / 1000, 2)} s`);
console.log(`full:    ${fmt(explored.full.states)} states in ${fmt(explored.full.ms / 1000, 2)} s`);
console.log(`reduced÷full: states ${fmt(explored.reduced.states / explored.full.states, 2)}, time ${fmt(explored.reduced.ms / explored.full.ms, 2)}\n`);

console.log('## Replay throughput: engine (tags, events, scoring, seeded reply order) vs bare inkjs (same story, same choices)');
console.log('scenario                          engine/s    inkjs/s   engine÷inkjs');
let engineTotal = 0;
let bareTotal = 0;
for (const { bundle, bestPath } of bundles.filter((b) => b.bundle.language === 'en')) {
  const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 1, choices: bestPath };
  const engine = timeFor(1500, () => replay(bundle, courseRubric, inputs));
  const bare = timeFor(1500, () => bareInk(bundle.storyJson, bestPath, 1));
  engineTotal += engine.perSecond;
  bareTotal += bare.perSecond;
  console.log(`${bundle.meta.id.padEnd(32)} ${fmt(engine.perSecond).padStart(9)} ${fmt(bare.perSecond).padStart(10)}   ${fmt(engine.perSecond / bare.perSecond, 2).padStart(6)}`);
}
if (bundles.length > 0) {
  const ratio = engineTotal / bareTotal;
  console.log(`${'all (mean of rates)'.padEnd(32)} ${''.padStart(9)} ${''.padStart(10)}   ${fmt(ratio, 2).padStart(6)}`);
  console.log(`target engine ÷ inkjs ≥ 0.80: ${ratio >= 0.8 ? 'met' : 'NOT met'}\n`);
}

console.log('## Memory: live sessions held at once');
const first = bundles[0]?.bundle;
if (first) {
  const global = globalThis as { gc?: () => void };
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const held: Session[] = [];
  for (let i = 0; i < 200; i++) {
    const s = new Session(sessionOptions(first, courseRubric, i));
    s.start();
    held.push(s);
  }
  global.gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(`${held.length} sessions of ${first.meta.id}: ${kb((after - before) / held.length)} per session (story JSON ${kb(first.storyJson.length)})${global.gc ? '' : ' (run with node --expose-gc for steadier figures)'}\n`);
}

console.log('## Main-thread JS per page (gzipped), read from the build\'s manifest and sourcemaps');
const outDir = '.cache/bench-dist';
await buildForInspection(outDir);
const pageUrl = (page: string): string => `/${page.replace(/index\.html$/, '')}`;
const loads = mainThreadLoads(outDir).sort((a, b) => pageUrl(a.page).localeCompare(pageUrl(b.page)));
const gzBytes = (chunks: readonly LoadedChunk[]): number => chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
console.log('page         startup JS (files)        later, at most (files)   Ink compiler on the main thread');
for (const load of loads) {
  const startup = load.chunks.filter((c) => c.loaded === 'startup');
  const later = load.chunks.filter((c) => c.loaded === 'lazy');
  const compiler = compilerOnMainThread(load);
  const verdict = compiler.length === 0 ? 'no' : `YES (regression): ${compiler.map((c) => `${c.file} (${c.loaded})`).join(', ')}`;
  console.log(`${pageUrl(load.page).padEnd(12)} ${kb(gzBytes(startup)).padStart(9)} (${startup.length})`.padEnd(38)
    + `${kb(gzBytes(later)).padStart(9)} (${later.length})`.padEnd(25) + verdict);
}
const gameStartup = gzBytes(loads.find((l) => l.page === 'index.html')?.chunks.filter((c) => c.loaded === 'startup') ?? []);
const authorMain = gzBytes(loads.find((l) => l.page === 'author/index.html')?.chunks.filter((c) => c.loaded === 'startup') ?? []);
const phaserPath = 'node_modules/phaser/dist/phaser.min.js';
const phaserBytes = existsSync(phaserPath) ? gzipSync(readFileSync(phaserPath)).length : NaN;
console.log(`phaser.min.js alone: ${kb(phaserBytes)}; game startup ÷ Phaser = ${fmt(gameStartup / phaserBytes, 2)}`);
console.log(`author page's main-thread JS at start: ${kb(authorMain)}, beside the game's startup JS ${kb(gameStartup)} (÷ ${fmt(authorMain / gameStartup, 2)})`);
console.log(`Ink compiler (inkjs compiler, src/toolchain) in: ${filesCarryingCompiler(outDir).join(', ') || 'no file (the check worker should carry it)'}; on a page's main thread: ${loads.some((l) => compilerOnMainThread(l).length > 0) ? 'YES (regression)' : 'no'}`);
