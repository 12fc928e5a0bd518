// Builds everything `npm start` needs: the renderer bundle, the CLI and the Electron main process.
// Runs on `npm install` (prepare), so a fresh clone starts without further steps.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEditor } from './build-editor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = (...p) => path.join(dist, ...p);

rmSync(dist, { recursive: true, force: true });
mkdirSync(out('renderer', 'fonts'), { recursive: true });

const common = { bundle: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };

const [renderer] = await Promise.all([
  // The renderer: Lit with standard decorators, lowered by esbuild. The metafile says which modules
  // make up app.js (`npm run bench` reports the largest against the 60 KB gzip budget).
  build({
    ...common,
    entryPoints: [path.join(root, 'renderer', 'main.ts')],
    outfile: out('renderer', 'app.js'),
    format: 'esm',
    platform: 'browser',
    minify: true,
    sourcemap: false,
    metafile: true,
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
cpSync(path.join(root, 'renderer', 'index.html'), out('renderer', 'index.html'));
cpSync(path.join(root, 'renderer', 'app.css'), out('renderer', 'app.css'));
const fonts = path.join(root, 'node_modules', '@fontsource', 'atkinson-hyperlegible', 'files');
for (const weight of ['400', '700']) {
  for (const subset of ['latin', 'latin-ext']) {
    const name = `atkinson-hyperlegible-${subset}-${weight}-normal.woff2`;
    cpSync(path.join(fonts, name), out('renderer', 'fonts', name));
  }
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const buildDate = new Date().toISOString().slice(0, 10);
writeFileSync(out('build-info.json'), JSON.stringify({ buildDate, version: pkg.version }, null, 2) + '\n');
// The staff editor: one self-contained HTML file (dist/editor/beheer.html), also copied to sticks.
await buildEditor(dist);
console.log(`buurtkiosk gebouwd in dist/ (${buildDate})`);
