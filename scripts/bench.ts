// npm run bench: prints speed, memory and size figures with ratios against a baseline.
//  1. replay throughput of the engine against bare inkjs playing the same choices;
//  2. the checker's exploration of the whole library: states per second and total time;
//  3. memory held per live session;
//  4. gzipped size of the startup bundle against Phaser alone.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { build } from 'vite';
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { replay } from '../src/core/session/replay.ts';
import { Session } from '../src/core/session/session.ts';
import { checkFile, findScenarioFiles } from '../src/node/scenario-files.ts';
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

console.log('## Startup bundle (gzipped) vs Phaser alone');
const outDir = '.cache/bench-dist';
await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const startup = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (path: string): number => gzipSync(readFileSync(path)).length;
const startupBytes = startup.reduce((sum, f) => sum + gz(join(outDir, f)), 0);
const phaserPath = 'node_modules/phaser/dist/phaser.min.js';
const phaserBytes = existsSync(phaserPath) ? gz(phaserPath) : NaN;
const allJs = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
const compilerChunk = allJs.filter((f) => readFileSync(join(outDir, 'assets', f), 'utf8').includes('Compilation failed'));
console.log(`startup JS (${startup.length} file(s) loaded by index.html): ${kb(startupBytes)}`);
console.log(`phaser.min.js alone: ${kb(phaserBytes)}; startup ÷ Phaser = ${fmt(startupBytes / phaserBytes, 2)}`);
console.log(`Ink compiler in startup files: ${startup.some((f) => compilerChunk.includes(f.replace('assets/', ''))) ? 'YES (regression)' : 'no'}`);
