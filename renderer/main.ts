/**
 * Renderer entry: defines what the first frame needs. index.html holds <kiosk-app>, usually already
 * drawn by the handler (renderer/ssr, declarative shadow DOM): the elements then take that DOM over
 * as it is (hydration; scripts/build.mjs installs Lit's support for it) instead of drawing it again.
 */
import './kiosk-app';

// Touch mode, the staff overlays and the other slide types load once the first frame is on screen
// (rendered, then two animation frames), so their script does not delay it. Until then they are
// unknown tags, upgraded in place when the chunk arrives. A test that pauses the page's clock
// before this point must let it run for a frame or two.
const afterNextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
void document
  .querySelector('kiosk-app')
  ?.updateComplete.then(afterNextFrame)
  .then(() => import('./later'))
  // Only a broken installation gets here; the rotation goes on with what it has.
  .catch((error: unknown) => console.error('buurtkiosk: later.js kon niet laden', error));
