// What each page of a finished build runs on its main thread, read from the build itself: the
// files a page loads at start (its entry and the static imports it preloads) and the ones it can
// load later through a dynamic import (a pack import, a re-check, Phaser), each with the sources
// its sourcemap names. Workers are not imports (`new Worker(new URL(…))` leaves no edge in the
// manifest), so what a page's workers load is left out by construction. Used by the build test
// and by `npm run bench` to show that the Ink compiler stays in the workers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { build } from 'vite';

/** One record of `.vite/manifest.json` (Vite's backend-integration manifest); keys are source paths. */
const ManifestChunk = z.object({
  file: z.string(),
  isEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
});
const Manifest = z.record(z.string(), ManifestChunk);
type Manifest = z.infer<typeof Manifest>;

const SourceMap = z.object({ sources: z.array(z.string()), sourceRoot: z.string().optional() });

export interface LoadedChunk {
  /** Path inside the output folder, e.g. `assets/author-Bx1.js`. */
  file: string;
  /** `startup`: loaded with the page; `lazy`: reached only through some dynamic import. */
  loaded: 'startup' | 'lazy';
  gzipBytes: number;
  /** The sourcemap's sources as project-relative paths (`src/…`, `node_modules/…`). */
  sources: string[];
}

export interface PageLoad {
  /** The page's HTML inside the output folder, e.g. `author/index.html`. */
  page: string;
  chunks: LoadedChunk[];
}

/**
 * Builds the app as `vite build` does, with sourcemaps and the manifest on, into `outDir`.
 * `storiesDir` swaps the scenario library (a tiny one keeps a test's build quick; the chunks
 * that carry code do not depend on which stories are compiled).
 */
export async function buildForInspection(outDir: string, storiesDir?: string): Promise<void> {
  const saved = { nodeEnv: process.env.NODE_ENV, storiesDir: process.env.STORIES_DIR };
  // Under Vitest NODE_ENV is "test", which Vite would keep (import.meta.env.PROD false): inspect
  // the production build. vite.config.ts reads STORIES_DIR when build() loads it.
  process.env.NODE_ENV = 'production';
  if (storiesDir !== undefined) process.env.STORIES_DIR = storiesDir;
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: true, manifest: true } });
  } finally {
    restore('NODE_ENV', saved.nodeEnv);
    restore('STORIES_DIR', saved.storiesDir);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function readManifest(outDir: string): Manifest {
  const path = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest on (buildForInspection)`);
  return Manifest.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Module scripts and module preloads a page's HTML names, as paths inside the output folder. */
function scriptsNamedBy(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  // Vite writes these tags itself (absolute `/assets/…` or relative to the page), one per file.
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const files: string[] = [];
  for (const tag of tags) {
    const isModule = /\btype="module"/.test(tag) || /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if (!isModule || !url || /^[a-z]+:/i.test(url)) continue;
    files.push(url.startsWith('/') ? url.slice(1) : relative(outDir, resolve(outDir, dirname(page), url)));
  }
  return files;
}

/** The sourcemap's sources of one built file, relative to `root`; [] when it has no map. */
export function chunkSources(outDir: string, file: string, root = process.cwd()): string[] {
  const mapPath = join(outDir, `${file}.map`);
  if (!existsSync(mapPath)) return [];
  const map = SourceMap.parse(JSON.parse(readFileSync(mapPath, 'utf8')));
  const base = resolve(dirname(mapPath), map.sourceRoot ?? '');
  return map.sources.map((s) => (s.startsWith('\0') || /^[a-z]+:/i.test(s) ? s : projectPath(root, base, s)).replaceAll('\\', '/'));
}

function projectPath(root: string, base: string, source: string): string {
  const path = relative(root, resolve(base, source));
  if (!path.startsWith('..')) return path;
  // Vite writes a worker's sources relative to <root>/dist/assets whatever the outDir is, so
  // outside the default folder they resolve outside the project: read them from the root then.
  const fromRoot = source.replace(/^(?:\.\.[\\/])+/, '');
  return existsSync(join(root, fromRoot)) ? fromRoot : path;
}

/** Every page of the build (the manifest's HTML entries) with what it loads on its main thread. */
export function mainThreadLoads(outDir: string, root = process.cwd()): PageLoad[] {
  const manifest = readManifest(outDir);
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
  const pages = Object.entries(manifest).filter(([key, c]) => c.isEntry && key.endsWith('.html')).map(([key]) => key).sort();
  return pages.map((page) => {
    const loaded = new Map<string, LoadedChunk['loaded']>();
    // Breadth first, startup edges before lazy ones, so a file reached both ways counts as startup.
    const queue: Array<[string, LoadedChunk['loaded']]> = [
      [manifest[page]!.file, 'startup'],
      ...scriptsNamedBy(outDir, page).map((f): [string, LoadedChunk['loaded']] => [f, 'startup']),
    ];
    while (queue.length > 0) {
      const [file, how] = queue.shift()!;
      if (loaded.get(file) === 'startup' || loaded.get(file) === how) continue;
      loaded.set(file, how);
      const chunk = byFile.get(file);
      for (const key of chunk?.imports ?? []) queue.push([manifest[key]?.file ?? key, how]);
      for (const key of chunk?.dynamicImports ?? []) queue.push([manifest[key]?.file ?? key, 'lazy']);
      queue.sort((a, b) => Number(a[1] === 'lazy') - Number(b[1] === 'lazy'));
    }
    const chunks = [...loaded].filter(([file]) => file.endsWith('.js')).map(([file, how]) => ({
      file, loaded: how, gzipBytes: gzipSync(readFileSync(join(outDir, file))).length, sources: chunkSources(outDir, file, root),
    }));
    return { page, chunks };
  });
}

/** Sources that belong to the Ink compiler or the toolchain (compiler, checker, explorer). */
export function isCompilerSource(source: string): boolean {
  return /(^|\/)src\/toolchain\//.test(source) || /(^|\/)node_modules\/inkjs\/(?:.*\/)?(?:compiler\/|ink-full)/.test(source);
}

/** The compiler's sources a page's main thread carries, file by file (empty when it carries none). */
export function compilerOnMainThread(load: PageLoad): Array<{ file: string; loaded: LoadedChunk['loaded']; sources: string[] }> {
  return load.chunks
    .map((c) => ({ file: c.file, loaded: c.loaded, sources: c.sources.filter(isCompilerSource) }))
    .filter((c) => c.sources.length > 0);
}

/** Every emitted JavaScript file whose sourcemap names compiler sources, workers included. */
export function filesCarryingCompiler(outDir: string, root = process.cwd()): string[] {
  const walk = (dir: string): string[] => readdirSync(join(outDir, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []);
  return walk('.').map((f) => f.replaceAll('\\', '/')).filter((f) => chunkSources(outDir, f, root).some(isCompilerSource)).sort();
}
