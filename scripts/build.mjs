// Builds everything `npm start` needs: the renderer bundle, the CLI and the Electron main process.
// Runs on `npm install` (prepare), so a fresh clone starts without further steps.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEditor } from './build-editor.mjs';
import { composeIndexPage, inlineFonts } from './index-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = (...p) => path.join(dist, ...p);

rmSync(dist, { recursive: true, force: true });
mkdirSync(out('renderer', 'fonts'), { recursive: true });

const common = { bundle: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };

// Lit's hydration support must patch LitElement as the class is created, so that an element whose
// declarative shadow root the handler drew (renderer/ssr) takes that DOM over instead of drawing it
// again. Imported first in main.ts it would not be certain to: with code splitting esbuild may put
// lit-element, in the shared chunk, before it. So lit-element itself is made to import it.
const hydrateLitElement = {
  name: 'hydrate-lit-element',
  setup(b) {
    b.onLoad({ filter: /[\\/]lit-element[\\/]lit-element\.js$/ }, async (args) => ({
      contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${await readFile(args.path, 'utf8')}`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

// after-paint.ts imports './main' (typed as the module it is); in the page that is app.js.
const appJsExternal = {
  name: 'app-js-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/main$/ }, () => ({ path: './app.js', external: true }));
  },
};

const [renderer] = await Promise.all([
  // The renderer: Lit with standard decorators, lowered by esbuild. The metafile says which modules
  // make up app.js (`npm run bench` reports the largest against the 60 KB gzip budget).
  build({
    ...common,
    entryPoints: { app: path.join(root, 'renderer', 'main.ts') },
    outdir: out('renderer'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // V8's compile hint: compile every function while the file streams in, off the main thread,
    // instead of lazily at first call during start-up (the first slide runs most of this code).
    banner: { js: '//# allFunctionsCalledOnLoad' },
    format: 'esm',
    platform: 'browser',
    plugins: [hydrateLitElement],
    minify: true,
    sourcemap: false,
    metafile: true,
  }),
  // A page the handler drew carries after-paint.js inline in app.js's place (main/server/index-page.ts):
  // it imports app.js once that page is on screen. Sharing no chunk with app.js, it needs no request
  // and no module compile before the first paint. It runs as a classic script: the module output
  // (no import or export left: app.js is a dynamic import) is wrapped in a function so that its names
  // stay out of window (esbuild's iife format would add require shims for the external import).
  build({
    ...common,
    entryPoints: { 'after-paint': path.join(root, 'renderer', 'after-paint.ts') },
    outdir: out('renderer'),
    format: 'esm',
    banner: { js: '"use strict";(()=>{' },
    footer: { js: '})();' },
    platform: 'browser',
    plugins: [appJsExternal],
    minify: true,
  }),
  // The first screen for the handler to draw into index.html (renderer/ssr): the same elements with
  // Lit's server build, for Node. Loaded by the handler at run time, so main/ never imports it.
  build({
    ...common,
    entryPoints: { 'first-screen': path.join(root, 'renderer', 'ssr', 'first-screen.ts') },
    outdir: out('ssr'),
    format: 'esm',
    platform: 'node',
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'main', 'cli.ts')],
    outfile: out('cli.js'),
    format: 'esm',
    platform: 'node',
    packages: 'external',
  }),
  build({
    ...common,
    // Self-contained (only `electron` stays external): the packaged app ships no node_modules.
    entryPoints: [path.join(root, 'main', 'electron.ts')],
    outfile: out('main', 'electron.js'),
    format: 'esm',
    platform: 'node',
    external: ['electron'],
  }),
]);

writeFileSync(out('meta.json'), JSON.stringify(renderer.metafile));
chmodSync(out('cli.js'), 0o755);
// index.html with app.css inlined and the chunks app.js imports preloaded; the CSP hashes of its
// inline script and style also go to csp-hashes.json for the handler's CSP header.
const fontFiles = path.join(root, 'node_modules', '@fontsource', 'atkinson-hyperlegible', 'files');
for (const weight of ['400', '700']) {
  for (const subset of ['latin', 'latin-ext']) {
    const name = `atkinson-hyperlegible-${subset}-${weight}-normal.woff2`;
    cpSync(path.join(fontFiles, name), out('renderer', 'fonts', name));
  }
}
const appOutput = renderer.metafile.outputs[path.relative(root, out('renderer', 'app.js'))];
const preloads = appOutput.imports
  .filter((i) => i.kind === 'import-statement')
  .map((i) => path.relative(out('renderer'), path.join(root, i.path)).split(path.sep).join('/'));
// The Latin fonts (nearly every text) go into the page; latin-ext stays a file, fetched only when
// a text needs one of its characters.
const latinFonts = Object.fromEntries(
  ['400', '700'].map((weight) => {
    const url = `fonts/atkinson-hyperlegible-latin-${weight}-normal.woff2`;
    return [url, readFileSync(out('renderer', url))];
  }),
);
const page = composeIndexPage({
  template: readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8'),
  css: inlineFonts(readFileSync(path.join(root, 'renderer', 'app.css'), 'utf8'), latinFonts),
  preloads,
});
writeFileSync(out('renderer', 'index.html'), page.html);
writeFileSync(out('renderer', 'csp-hashes.json'), JSON.stringify(page.hashes, null, 2) + '\n');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const buildDate = new Date().toISOString().slice(0, 10);
writeFileSync(out('build-info.json'), JSON.stringify({ buildDate, version: pkg.version }, null, 2) + '\n');
// The staff editor: one self-contained HTML file (dist/editor/beheer.html), also copied to sticks.
await buildEditor(dist);
console.log(`buurtkiosk gebouwd in dist/ (${buildDate})`);
