/**
 * index.html as served. The handler draws the first screen into it (when the server render works:
 * main/server/first-screen.ts), so the header and the first slide paint before any script runs;
 * embeds the payload and the instant it drew for, which the renderer's first render uses so it
 * takes the DOM over unchanged; and gives the page one CSP, in the header and in its <meta> alike,
 * that allows exactly its inline code: the build's (csp-hashes.json), the script that starts the app
 * on a drawn page, and the style of each element drawn in (declarative shadow roots carry their
 * styles inline).
 */
import type { KioskPayload, RenderFirstScreen } from '../../core/api';
import { embedPayload } from './embed-payload';
import { contentSecurityPolicy, cspHash, type InlineHashes } from './security-headers';

/** The empty app element of the built page, which the first screen replaces. */
const EMPTY_APP = '<kiosk-app></kiosk-app>';
/**
 * The built page's app.js holds back the first frame (an empty page would paint a blank frame
 * first). With the first screen in the page nothing need wait for it, nor should the app's start
 * (evaluating app.js, taking the drawn DOM over: a quarter of a second at 4× CPU throttling) come
 * before that frame: the after-paint script, inline in app.js's place, imports app.js once the drawn
 * screen is painted (renderer/after-paint.ts).
 */
const BLOCKING_APP_SCRIPT = '<script type="module" src="app.js" blocking="render"></script>';
/**
 * The build's preloads of app.js's chunks. A drawn page leaves them out and preloads nothing: app.js
 * is compiled eagerly (its compile hint), and doing that while the first screen is parsed, laid out
 * and rasterised took the CPU from that screen on two cores, while the app starts after the paint
 * anyway (docs/performance.md, "Start-up without preloads").
 */
const MODULE_PRELOAD = /<link rel="modulepreload" href="[^"]*" \/>\s*/g;
const META_POLICY = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*"/;

export interface IndexPage {
  html: string;
  /** The Content-Security-Policy header for it. */
  policy: string;
}

/**
 * A page builder over the built page's inline hashes, the first-screen render and the after-paint
 * script (main/server/after-paint-script.ts). Without either of the last two the page is not drawn.
 */
export function createIndexPage(
  inline: InlineHashes,
  renderFirstScreen: RenderFirstScreen | null,
  afterPaintScript: string | null,
): (template: string, payload: KioskPayload, now: number) => IndexPage {
  const hashes = new Map<string, string>();
  const hashOf = (text: string) => {
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = cspHash(text);
      hashes.set(text, hash);
    }
    return hash;
  };
  return (template, payload, now) => {
    const drawable =
      renderFirstScreen !== null &&
      afterPaintScript !== null &&
      template.includes(EMPTY_APP) &&
      template.includes(BLOCKING_APP_SCRIPT);
    const screen = drawable ? renderFirstScreen(payload, now) : null;
    const styles = screen ? [...new Set(screen.styles.map(hashOf))] : [];
    const scripts = screen && afterPaintScript ? [hashOf(afterPaintScript)] : [];
    const policy = contentSecurityPolicy({
      scripts: [...inline.scripts, ...scripts],
      styles: [...inline.styles, ...styles],
    });
    // The <meta> first, while the page holds no content text yet.
    let html = template.replace(META_POLICY, (_, head: string) => `${head}${metaPolicy(policy)}"`);
    if (screen && afterPaintScript) {
      html = html
        .replace(MODULE_PRELOAD, '')
        .replace(BLOCKING_APP_SCRIPT, () => `<script>${afterPaintScript}</script>`)
        .replace(EMPTY_APP, () => screen.html);
    }
    return { html: embedPayload(html, payload, now), policy };
  };
}

/** The policy without frame-ancestors, which a <meta> CSP may not carry (Chromium warns). */
function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}
