// Lint rules, and the layer rules that say which folder of src/ may import which. The layers are
// enforced by eslint-plugin-boundaries (chosen over dependency-cruiser: its current release runs
// on this repo's Node 20 and ESLint 9 inside the one `npm run lint`, where dependency-cruiser's
// needs Node 22), and every violation quotes the rule it breaks (LAYER_RULES). Inside out:
//   core ← toolchain, contract ← net, storage, ui-kit ← pages (game, authoring, trainer, main.ts)
//   core, toolchain ← node ← build, server ← scripts;   tests/ may import anything, nothing imports tests/.
// Type-only imports count like any other, except where a rule says "value": an `import type` is
// erased (verbatimModuleSyntax), so it loads nothing on the thread that holds it.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Every rule in the words a violation quotes. */
export const LAYER_RULES = {
  core: 'src/core is pure: it imports only inkjs (the runtime, never inkjs/full) and zod, never Phaser, the DOM, idb or Node',
  coreInward: 'imports point inward: src/core imports no other folder of src',
  toolchain: 'src/toolchain is pure like the core: it imports only src/core, inkjs (inkjs/full too) and zod',
  contract: 'src/contract is the API contract: it imports only zod and src/core, whose schemas it builds on',
  adapters: 'src/net and src/storage are browser adapters: they import only src/core and src/contract, never Phaser or Node',
  uiKit: 'src/ui-kit is shared by the pages, so it imports none of them: only src/core and src/contract, no Phaser, idb or inkjs',
  pages: 'pages (src/game, src/authoring, src/trainer, src/main.ts) run in the browser: they never import src/server, src/node, src/build or Node modules',
  pageToolchain: 'src/toolchain is reached by pages only through a worker: only a *-worker.ts file imports src/toolchain, inkjs/full or another *-worker.ts file',
  server: 'src/server imports only src/core, src/toolchain, src/contract and src/node, never the pages, Phaser or idb',
  serverToolchain: 'the server reaches the toolchain only in its checking worker: only src/server/checking/checking-worker.ts and the modules it runs import src/toolchain (its tag scanner aside) or those modules',
  node: 'src/node is the Node adapters: it imports only src/core and src/toolchain',
  build: 'src/build is the Vite plugins: it imports only src/node, src/core and src/toolchain',
  scripts: 'scripts/ are Node CLIs: they import src/core, src/toolchain, src/contract, src/node, src/server and src/build, never browser code',
  noScripts: 'imports point inward: nothing in src/ imports scripts/',
  noTests: 'nothing outside tests/ imports tests/: what src/ or scripts/ need lives in src/ or scripts/lib/',
};

const PAGES = ['game', 'authoring', 'trainer', 'src-root'];

/** A layer per folder of src/ (a test checks none is missing); src-root is src/main.ts and ambient declarations. */
export const LAYERS = [
  ...['core', 'toolchain', 'contract', 'net', 'storage', 'ui-kit', 'game', 'authoring', 'trainer', 'server', 'node', 'build']
    .map((folder) => ({ type: folder, pattern: `src/${folder}` })),
  { type: 'src-root', pattern: 'src' },
  { type: 'scripts', pattern: 'scripts' },
  { type: 'tests', pattern: 'tests' },
].map((layer) => ({ ...layer, partialMatch: false }));

/** Files that a rule treats apart from the rest of their layer. */
const FILE_KINDS = [
  { category: 'page-worker', pattern: 'src/{game,authoring,trainer}/**/*-worker.ts' },
  // What the server's checking worker runs; the event loop imports them for their types only.
  { category: 'checking-job', pattern: 'src/server/checking/checking-worker.ts' },
  { category: 'checking-job', pattern: 'src/server/scenarios/{check-published-scenario,bounds-under-rubric,check-shipped-file}.ts' },
  { category: 'checking-job', pattern: 'src/node/{check-file,check-cache}.ts' },
  // Reads tags out of Ink source as text, loading no compiler: the server names an upload with it.
  { category: 'tag-scanner', pattern: 'src/toolchain/source-tags.ts' },
];

const anyOf = (names) => (names.length === 1 ? names[0] : `{${names.join(',')}}`);
const layer = (...types) => ({ element: { type: anyOf(types) } });
const otherThan = (...types) => ({ element: { type: `!${anyOf(types)}` } });
const npm = (...names) => ({ module: { origin: 'external', source: anyOf(names) } });
const npmOtherThan = (...names) => ({ module: { origin: 'external', source: `!${anyOf(names)}` } });
const NODE_BUILTINS = { module: { origin: 'core' } };
const VALUE = { kind: 'value' };

/** A layer that may import only `allowed` (besides itself): one policy, one message. */
const only = (rule, types, allowed) => ({ from: layer(...types), disallow: { to: otherThan(...types, ...allowed) }, message: rule });
const never = (rule, types, to, dependency) => ({ from: layer(...types), disallow: dependency ? { to, dependency } : { to }, message: rule });

// Policies are read in order and the last one that matches a dependency decides, so each
// exception follows the rule it makes room for.
const POLICIES = [
  only(LAYER_RULES.coreInward, ['core'], []),
  never(LAYER_RULES.core, ['core'], npmOtherThan('inkjs', 'zod')),
  never(LAYER_RULES.core, ['core'], NODE_BUILTINS),
  { from: layer('core'), disallow: { dependency: { source: 'inkjs/full' } }, message: LAYER_RULES.core },

  only(LAYER_RULES.toolchain, ['toolchain'], ['core']),
  never(LAYER_RULES.toolchain, ['toolchain'], npmOtherThan('inkjs', 'zod')),
  never(LAYER_RULES.toolchain, ['toolchain'], NODE_BUILTINS),

  only(LAYER_RULES.contract, ['contract'], ['core']),
  never(LAYER_RULES.contract, ['contract'], npmOtherThan('zod')),
  never(LAYER_RULES.contract, ['contract'], NODE_BUILTINS),

  only(LAYER_RULES.adapters, ['net', 'storage'], ['core', 'contract']),
  never(LAYER_RULES.adapters, ['net', 'storage'], npm('phaser')),
  never(LAYER_RULES.adapters, ['net', 'storage'], NODE_BUILTINS),

  only(LAYER_RULES.uiKit, ['ui-kit'], ['core', 'contract']),
  never(LAYER_RULES.uiKit, ['ui-kit'], npm('phaser', 'idb', 'inkjs')),
  never(LAYER_RULES.uiKit, ['ui-kit'], NODE_BUILTINS),

  never(LAYER_RULES.pages, PAGES, layer('server', 'node', 'build')),
  never(LAYER_RULES.pages, PAGES, NODE_BUILTINS),
  never(LAYER_RULES.pageToolchain, PAGES, layer('toolchain'), VALUE),
  { from: layer(...PAGES), disallow: { dependency: { source: 'inkjs/full', kind: 'value' } }, message: LAYER_RULES.pageToolchain },
  { from: { file: { categories: 'page-worker' } }, allow: { to: layer('toolchain') } },
  { from: { file: { categories: 'page-worker' } }, allow: { dependency: { source: 'inkjs/full' } } },
  // A worker's modules are reached by starting the worker, never by importing them on the main thread.
  never(LAYER_RULES.pageToolchain, PAGES, { file: { categories: 'page-worker' } }, VALUE),
  { from: { file: { categories: 'page-worker' } }, allow: { to: { file: { categories: 'page-worker' } } } },

  only(LAYER_RULES.server, ['server'], ['core', 'toolchain', 'contract', 'node']),
  never(LAYER_RULES.server, ['server'], npm('phaser', 'idb')),
  never(LAYER_RULES.serverToolchain, ['server'], layer('toolchain'), VALUE),
  never(LAYER_RULES.serverToolchain, ['server'], { file: { categories: 'checking-job' } }, VALUE),
  { from: layer('server'), allow: { to: { file: { categories: 'tag-scanner' } } } },
  { from: { file: { categories: 'checking-job' } }, allow: { to: [layer('toolchain'), { file: { categories: 'checking-job' } }] } },

  only(LAYER_RULES.node, ['node'], ['core', 'toolchain']),
  never(LAYER_RULES.node, ['node'], npm('phaser', 'idb')),

  only(LAYER_RULES.build, ['build'], ['node', 'core', 'toolchain']),

  only(LAYER_RULES.scripts, ['scripts'], ['core', 'toolchain', 'contract', 'node', 'server', 'build']),

  { from: otherThan('scripts', 'tests'), disallow: { to: layer('scripts') }, message: LAYER_RULES.noScripts },
  { from: otherThan('tests'), disallow: { to: layer('tests') }, message: LAYER_RULES.noTests },
];

const PURE = 'src/core and src/toolchain are pure: no DOM, no Node, no globals of either';

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
    files: ['src/**/*.{ts,mts,js,mjs}', 'scripts/**/*.{ts,mts,js,mjs}', 'tests/**/*.{ts,mts,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/files': FILE_KINDS,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, checkInternals: true, policies: POLICIES }],
    },
  },
  {
    // What the import rules cannot see: the purity of the core and the toolchain at run time.
    files: ['src/core/**/*.ts', 'src/toolchain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error',
        { name: 'window', message: PURE }, { name: 'document', message: PURE },
        { name: 'localStorage', message: PURE }, { name: 'indexedDB', message: PURE },
        { name: 'fetch', message: PURE }, { name: 'process', message: PURE },
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'the core is deterministic: take a seed instead' },
        { object: 'Date', property: 'now', message: 'the core is deterministic: take a Clock port instead' },
      ],
    },
  },
);
