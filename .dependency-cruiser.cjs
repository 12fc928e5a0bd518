/**
 * Layer boundaries and import cycles, checked by `npm run lint` (dependency-cruiser).
 * The compiler already refuses DOM or Node globals in core/ (each layer has its own tsconfig.json);
 * these rules add what the compiler cannot see: which layer may import which, and no cycles at all,
 * type-only imports included (they couple files just as much).
 */
const SOURCE = '^(core|main|renderer|editor)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Import cycles, type-only ones included: split the shared part into its own module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      comment: 'core/ is pure and runs everywhere: it imports core/ and zod, nothing else.',
      severity: 'error',
      from: { path: '^core/' },
      to: { pathNot: ['^core/', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-not-to-main-or-editor',
      comment: 'renderer/ talks to main/ with fetch() only, and knows nothing of the editor.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^editor/'] },
    },
    {
      name: 'main-not-to-renderer-or-editor',
      comment: 'main/ serves the built renderer and editor from dist/; it never imports their sources.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: ['^renderer/', '^editor/'] },
    },
    {
      name: 'editor-not-to-main',
      comment: 'editor/ runs in a browser opened from a stick: it talks to `buurtkiosk edit` over HTTP only.',
      severity: 'error',
      from: { path: '^editor/' },
      to: { path: '^main/' },
    },
    {
      name: 'browser-code-without-node',
      comment: 'renderer/ and editor/ run in a browser: no Node built-ins, no Electron.',
      severity: 'error',
      from: { path: '^(renderer|editor)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-only-in-main',
      comment: 'Only the Electron host in main/ may import electron.',
      severity: 'error',
      from: { path: '^(core|renderer|editor)/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'source-not-to-tests',
      comment: 'Shipped code never imports tests, benchmarks or scripts.',
      severity: 'error',
      from: { path: SOURCE },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves (a typo in a path is an error here too, not only in tsc).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|\\.cache)/' },
    moduleSystems: ['es6', 'cjs'],
  },
};
