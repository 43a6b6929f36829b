// Vite plugin: after a production build, emits a service worker that precaches every built file
// (so the game plays offline once loaded) and a web app manifest with an icon (so it installs).
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" rx="96" fill="#16324f"/>
<circle cx="256" cy="210" r="92" fill="#f4c7a1"/>
<path d="M164 200c0-70 42-112 92-112s92 42 92 112c-20-36-52-52-92-52s-72 16-92 52z" fill="#3b2a20"/>
<path d="M96 448c18-96 84-148 160-148s142 52 160 148z" fill="#2f80ed"/>
<path d="M214 238q42 32 84 0" stroke="#7a3b2e" stroke-width="12" fill="none" stroke-linecap="round"/>
<rect x="330" y="84" width="120" height="84" rx="18" fill="#ffffff"/>
<path d="M356 168l-10 34 40-34z" fill="#ffffff"/>
<circle cx="362" cy="126" r="10" fill="#16324f"/><circle cx="390" cy="126" r="10" fill="#16324f"/><circle cx="418" cy="126" r="10" fill="#16324f"/>
</svg>`;

const MANIFEST = {
  name: 'Sales Role-Play Trainer · 销售情景演练',
  short_name: 'Role-Play',
  description: 'Practise telecom sales conversations with simulated customers, scored on the course rubric.',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#0f1f33',
  theme_color: '#16324f',
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
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
    event.respondWith(fetch(request).catch(() => caches.match(request).then((hit) => hit || caches.match('./index.html'))));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
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
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: ICON });
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(MANIFEST, null, 2) });
      const files = ['./', './index.html', './icon.svg', './manifest.webmanifest',
        ...Object.keys(bundle).filter((f) => !f.endsWith('.map') && f !== 'index.html').map((f) => `./${f}`)];
      const unique = [...new Set(files)].sort();
      const version = createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(`roleplay-${version}`, unique) });
    },
  };
}
