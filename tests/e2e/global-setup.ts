// Builds the app once and serves it with Vite's preview server on a free loopback port; the
// browser tests read the address from the provided context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A private output folder, so a test run never races a developer's own `npm run build`.
  const outDir = mkdtempSync(join(tmpdir(), 'e2e-dist-'));
  // Vitest sets NODE_ENV=test, which Vite would keep, building with import.meta.env.PROD false
  // (so, for one, no service worker); the tests exercise the real production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // No CORS headers, as a static host serves the game: Vite's default adds "Vary: Origin", which
  // the generated service worker's cache lookups respect, so module scripts miss the cache offline.
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, cors: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('preview server has no address');
  project.provide('baseUrl', address);
  // The same production build, for tests that serve it from the real cohort server instead.
  project.provide('distDir', outDir);
  return async () => {
    await new Promise<void>((done) => server?.httpServer.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
