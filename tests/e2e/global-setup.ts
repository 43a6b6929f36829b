// Builds the app once and serves it with Vite's preview server on a free loopback port; the
// browser tests read the address from the provided context.
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('preview server has no address');
  project.provide('baseUrl', address);
  return async () => {
    await new Promise<void>((done) => server?.httpServer.close(() => done()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
