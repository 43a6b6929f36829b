// Lint rules, including the import boundaries that keep the core pure (architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CORE_RULE = 'src/core is pure: it imports only inkjs and zod, never Phaser, the DOM, idb or Node';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.cache/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/toolchain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*'], message: CORE_RULE },
          { group: ['idb', 'idb/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: CORE_RULE },
          { group: ['node:*', 'fs', 'path', 'crypto'], message: CORE_RULE },
          { group: ['**/game/**', '**/storage/**', '**/server/**', '**/node/**', '**/build/**', '**/authoring/**'], message: 'imports point inward: src/core never imports an adapter' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: CORE_RULE }, { name: 'document', message: CORE_RULE },
        { name: 'localStorage', message: CORE_RULE }, { name: 'indexedDB', message: CORE_RULE },
        { name: 'fetch', message: CORE_RULE }, { name: 'process', message: CORE_RULE },
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'the core is deterministic: take a seed instead' },
        { object: 'Date', property: 'now', message: 'the core is deterministic: take a Clock port instead' },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts', 'src/net/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*'], message: 'storage and the API client are adapters: no Phaser' },
          { group: ['**/game/**', '**/server/**', '**/authoring/**', '**/trainer/**', '**/build/**'], message: 'adapters point inward at the core; the game uses them, not the other way round' },
        ],
      }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*', 'idb', 'idb/*'], message: 'the server is a Node adapter around the core: no Phaser, no IndexedDB' },
          { group: ['**/game/**', '**/storage/**', '**/build/**', '**/authoring/**'], message: 'the server imports the core (and Node adapters) only' },
        ],
      }],
    },
  },
  {
    files: ['src/game/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['inkjs/full', '**/toolchain/**'], message: 'the compiler and the checker stay out of the game bundle (lazy-load them in authoring only)' },
          { group: ['**/server/**', '**/node/**', '**/build/**'], message: 'the game never imports server or Node code' },
        ],
      }],
    },
  },
  {
    // The shared element builder sits below every page: it imports nothing of theirs.
    files: ['src/ui-kit/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*', 'idb', 'idb/*', 'inkjs', 'inkjs/*'], message: 'ui-kit is plain DOM helpers' },
          { group: ['**/game/**', '**/trainer/**', '**/authoring/**', '**/server/**', '**/storage/**', '**/net/**', '**/node/**', '**/build/**'], message: 'ui-kit is shared by the pages, so it imports none of them' },
        ],
      }],
    },
  },
);
