import { defineConfig } from 'vite';
import { scenarioCatalogPlugin } from './src/build/scenario-catalog-plugin.ts';
import { serviceWorkerPlugin } from './src/build/service-worker-plugin.ts';

export default defineConfig({
  plugins: [scenarioCatalogPlugin(process.env.STORIES_DIR ? { storiesDir: process.env.STORIES_DIR } : {}), serviceWorkerPlugin()],
  server: {
    host: '127.0.0.1',
    // The game, the studio and the dashboard call the cohort server on their own origin; in
    // development that is `npm run server:start` (or API_URL), behind this proxy.
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:8080' } },
  },
  preview: { host: '127.0.0.1' },
  // The authoring page checks scenarios in a module worker that imports the Ink compiler.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The trainee game, the authoring page (/author/) and the trainer dashboard (/trainer/) are
      // separate entries, so the editor and the Ink compiler never reach the game's bundle.
      input: { main: 'index.html', author: 'author/index.html', trainer: 'trainer/index.html' },
      output: {
        // Phaser in its own long-cached chunk, as in Phaser's Vite template.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
});
