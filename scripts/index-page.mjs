// Composes dist/renderer/index.html from renderer/index.html: app.css inlined (one request less
// before the first frame), <link rel="modulepreload"> for the chunks app.js imports (fetched beside
// it, not after it), and the SHA-256 of every inline script and style added to the page's CSP. The
// same hashes go to csp-hashes.json, which the request handler adds to its CSP header.
import { createHash } from 'node:crypto';

const STYLESHEET = '<link rel="stylesheet" href="app.css" />';
const APP_SCRIPT = '<script type="module" src="app.js" blocking="render"></script>';

/** 'sha256-…' of a script's or style's text, as CSP wants it. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of the inline <script> (without src, not data blocks) and <style> elements of a page. */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=|type="application\/json"/.test(attributes))
    .map(([, , text]) => cspHash(text));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => cspHash(text));
  return { scripts, styles };
}

/** Adds the hashes to script-src and style-src of the page's <meta> CSP. */
function withHashes(html, hashes) {
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
    (_, head, policy) => {
      const extended = policy
        .replace(/script-src 'self'/, ["script-src 'self'", ...hashes.scripts].join(' '))
        .replace(/style-src 'self'/, ["style-src 'self'", ...hashes.styles].join(' '));
      return `${head}${extended}"`;
    },
  );
}

/**
 * app.css with the given font files as `data:` URLs: the page brings them, so its first paint (no
 * script needed since the handler draws the first screen) is in the final font.
 * @param {string} css
 * @param {Record<string, Buffer>} fonts  url in app.css → the woff2 file's bytes
 */
export function inlineFonts(css, fonts) {
  let result = css;
  for (const [url, bytes] of Object.entries(fonts)) {
    const reference = `url('${url}')`;
    if (!result.includes(reference)) throw new Error(`app.css does not use ${reference}`);
    result = result.replace(reference, () => `url(data:font/woff2;base64,${bytes.toString('base64')})`);
  }
  return result;
}

/**
 * @param {{ template: string, css: string, preloads: string[] }} parts
 * @returns {{ html: string, hashes: { scripts: string[], styles: string[] } }}
 */
export function composeIndexPage({ template, css, preloads }) {
  if (!template.includes(STYLESHEET) || !template.includes(APP_SCRIPT)) {
    throw new Error(`renderer/index.html must contain ${STYLESHEET} and ${APP_SCRIPT}`);
  }
  if (/<\/style/i.test(css)) throw new Error('app.css must not contain </style');
  const links = preloads.map((href) => `<link rel="modulepreload" href="${href}" />\n    `).join('');
  const page = template
    .replace(STYLESHEET, () => `<style>${css}</style>`)
    .replace(APP_SCRIPT, () => `${links}${APP_SCRIPT}`);
  const hashes = inlineHashes(page);
  return { html: withHashes(page, hashes), hashes };
}
