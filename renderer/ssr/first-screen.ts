/**
 * The first screen, rendered on the server: the same <kiosk-app> and the same templates as in the
 * browser, drawn by Lit's server renderer into declarative shadow DOM, so index.html paints the
 * header and the first slide before any script runs. scripts/build.mjs bundles this file for Node
 * (dist/ssr/first-screen.js, Lit's server build); the handler loads it at run time
 * (main/server/first-screen.ts), so main/ never imports renderer code.
 */
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult, type LitElement } from 'lit';
import type { FirstScreen, KioskPayload } from '../../core/api';
import { isScreenOn } from '../services/clock-trust';
import '../kiosk-app';

/**
 * <kiosk-app> drawn for `payload` at `now`, or null outside the display hours: the night view
 * moves its clock through the CSSOM, which a server render has not, so the browser draws it.
 */
export const renderFirstScreen = (payload: KioskPayload, now: number): FirstScreen | null => {
  if (!isScreenOn(payload, now)) return null;
  const markup = collectResultSync(render(html`<kiosk-app .start=${{ payload, drawnAt: now }}></kiosk-app>`));
  return { html: markup, styles: elementStyles(markup) };
};

/**
 * The text of the <style> Lit's server renderer writes into the shadow root of each of our elements
 * in `markup`, taken from the element classes (never from the markup, which holds content text).
 */
function elementStyles(markup: string): string[] {
  const tags = new Set([...markup.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)].map((m) => m[1] ?? ''));
  return [...tags].flatMap((tag) => {
    const element = customElements.get(tag) as typeof LitElement | undefined;
    const styles = (element?.elementStyles ?? []) as CSSResult[];
    return styles.length > 0 ? [styles.map((style) => style.cssText).join('')] : [];
  });
}
