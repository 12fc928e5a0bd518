/**
 * The app: defines what the first frame needs. index.html holds <kiosk-app>, usually already drawn
 * by the handler (renderer/ssr, declarative shadow DOM); then after-paint.js loads this module once
 * that screen is painted, and the elements take that DOM over as it is (hydration; scripts/build.mjs
 * installs Lit's support for it) instead of drawing it again. When the handler could not draw it,
 * the page loads this module itself, holding back the first frame until the app has drawn.
 */
import './kiosk-app';
import type { KioskApp } from './kiosk-app';

const app = document.querySelector('kiosk-app');

/** The app once its first update is done (the drawn DOM taken over, or drawn); null without one. */
export const started: Promise<KioskApp | null> = app
  ? app.updateComplete.then(() => app)
  : Promise.resolve(null);

// Touch mode, the staff overlays and the other slide types load once the first frame is on screen
// (rendered, then two animation frames), so their script does not delay it. Until then they are
// unknown tags, upgraded in place when the chunk arrives. A test that pauses the page's clock
// before this point must let it run for a frame or two.
const afterNextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
if (app) {
  void started
    .then(afterNextFrame)
    .then(() => import('./later'))
    // Only a broken installation gets here; the rotation goes on with what it has.
    .catch((error: unknown) => console.error('buurtkiosk: later.js kon niet laden', error));
}
