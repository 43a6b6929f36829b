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
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('preview server has no address');
  project.provide('baseUrl', address);
  return async () => {
    await new Promise<void>((done) => server?.httpServer.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
