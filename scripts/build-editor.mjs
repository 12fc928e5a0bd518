// Builds the staff editor as ONE self-contained file, dist/editor/beheer.html: a classic (non-module)
// script, styles and the Atkinson Hyperlegible font (latin 400/700 as base64 woff2) all inlined, so it
// works opened from a USB stick via file://, offline. The preview frame is a srcdoc copy of the same
// script with the kiosk's own app.css (carried as JSON), so the code is in the file once. A
// Content-Security-Policy with the hashes of exactly these inline scripts and styles goes into the page
// and into beheer-csp.json, which `buurtkiosk edit` sends as a header.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** zod's translations of its own messages (260 KB) are never used: our schema speaks Dutch itself. */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {}', loader: 'js' }));
  },
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [noZodLocales],
  });
  return inlineSafe(result.outputFiles[0].text.trim());
}

/** Script text that cannot end its <script> element early. */
function inlineSafe(js) {
  const safe = js.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(safe)) throw new Error('inline script contains "<!--"; it would confuse the HTML parser');
  return safe;
}

function fontFaces() {
  const dir = path.join(root, 'node_modules', '@fontsource', 'atkinson-hyperlegible', 'files');
  return ['400', '700']
    .map((weight) => {
      const file = path.join(dir, `atkinson-hyperlegible-latin-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      return (
        `@font-face{font-family:'Atkinson Hyperlegible';font-style:normal;font-weight:${weight};` +
        `font-display:swap;src:url(data:font/woff2;base64,${data}) format('woff2')}`
      );
    })
    .join('\n');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Builds dist/editor/beheer.html and beheer-csp.json; returns the file's path and sizes. */
export async function buildEditor(dist = path.join(root, 'dist')) {
  const script = await bundle('editor/main.ts');
  const fonts = fontFaces();
  const pageCss = readFileSync(path.join(root, 'editor', 'page.css'), 'utf8');
  // The kiosk's own page styles for the preview frame, without its font files (the frame gets ours).
  const kioskCss = readFileSync(path.join(root, 'renderer', 'app.css'), 'utf8').replace(
    /@font-face\s*{[^}]*}\s*/g,
    '',
  );
  const scriptHashes = [sha256(script)];
  const styleHashes = [sha256(fonts), sha256(pageCss), sha256(kioskCss)];
  const csp = [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.join(' ')}`,
    'img-src blob: data:',
    'font-src data:',
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Buurtkiosk — beheer van het scherm</title>
<style id="fonts">${fonts}</style>
<style>${pageCss}</style>
<script type="application/json" id="kiosk-css">${JSON.stringify(kioskCss).replace(/</g, '\\u003c')}</script>
</head>
<body>
<editor-app></editor-app>
<noscript><p class="no-script">Deze pagina heeft JavaScript nodig. Open ze in Google Chrome, Microsoft Edge of Firefox.</p></noscript>
<script>${script}</script>
</body>
</html>
`;
  const outDir = path.join(dist, 'editor');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'beheer.html');
  writeFileSync(file, html);
  writeFileSync(
    path.join(outDir, 'beheer-csp.json'),
    `${JSON.stringify({ csp, scriptHashes, styleHashes }, null, 2)}\n`,
  );
  return { file, bytes: Buffer.byteLength(html), scriptBytes: Buffer.byteLength(script) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { file, bytes } = await buildEditor();
  console.log(`editor gebouwd: ${path.relative(root, file)} (${Math.round(bytes / 1024)} KB)`);
}
