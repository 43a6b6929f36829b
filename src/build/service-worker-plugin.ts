// Vite plugin: after a production build, emits a service worker that precaches every built file
// (so the game plays offline once loaded) and a web app manifest (so it installs as an app).
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

const MANIFEST = {
  name: 'Sales Coach · 销售陪练',
  short_name: 'Sales Coach',
  description: 'Practise telecom sales conversations with simulated customers, scored on the course rubric.',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#0d1a2e',
  theme_color: '#0d1a2e',
  icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

function workerSource(cacheName: string, files: string[]): string {
  return `// Generated at build time by service-worker-plugin.ts.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Pages: the network when it answers (so updates arrive), the cached shell when offline.
    // Only the game's own pages fall back to its shell; the authoring and trainer pages are
    // online tools and report the network error themselves.
    const ownPage = !url.pathname.includes('/author/') && !url.pathname.includes('/trainer/');
    event.respondWith(fetch(request).catch((error) => caches.match(request, { ignoreVary: true })
      .then((hit) => hit || (ownPage ? caches.match('./index.html', { ignoreVary: true }) : Promise.reject(error)))));
    return;
  }
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok && url.pathname.includes('/assets/')) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
`;
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(MANIFEST, null, 2) });
      // Only what the trainee's game reaches: the authoring and trainer pages (and the Ink
      // compiler they carry) are never downloaded in the background for trainees.
      const reached = new Set<string>();
      const visit = (name: string): void => {
        const item = bundle[name];
        if (!item || reached.has(name)) return;
        reached.add(name);
        if (item.type !== 'chunk') return;
        const meta = (item as { viteMetadata?: { importedCss?: Set<string>; importedAssets?: Set<string> } }).viteMetadata;
        for (const css of meta?.importedCss ?? []) reached.add(css);
        for (const asset of meta?.importedAssets ?? []) reached.add(asset);
        for (const next of [...item.imports, ...item.dynamicImports]) visit(next);
      };
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk' && item.isEntry && item.name === 'main') visit(name);
      }
      // The game lazy-loads the checker only when a trainee imports a scenario pack: leave any
      // file carrying the Ink compiler to the network.
      const carriesCompiler = (name: string): boolean => {
        const item = bundle[name];
        const text = item?.type === 'chunk' ? item.code : typeof item?.source === 'string' ? item.source : '';
        return text.includes('Compilation failed.');
      };
      const files = ['./', './index.html', './favicon.svg', './manifest.webmanifest',
        ...[...reached].filter((f) => !f.endsWith('.map') && !carriesCompiler(f)).map((f) => `./${f}`)];
      const unique = [...new Set(files)].sort();
      const version = createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(`roleplay-${version}`, unique) });
    },
  };
}
