/**
 * Entry of a page the handler drew (main/server/index-page.ts serves it in app.js's place): the
 * drawn screen shows without any script, so the app (app.js: evaluating it and taking the drawn DOM
 * over, a quarter of a second on a slow CPU) starts only once that screen is on screen, instead of
 * holding back the first frame. A page drawn by app.js itself never loads this file.
 */
import { EarlyInput } from './services/early-input';

// Until the app listens, a visitor's first touch or key would be lost on the still picture: kept
// here and handed to the app, which wakes the touch screen with it.
const early = new EarlyInput(document);

void firstPaint()
  .then(() => import('./main'))
  .then(({ started }) => started)
  .then((app) => early.handTo(app))
  // Only a broken installation gets here; the drawn screen stays.
  .catch((error: unknown) => console.error('buurtkiosk: app.js kon niet starten', error));

/**
 * Resolves once the drawn screen has been painted: a task after the first animation frame (the
 * frame's paint follows its callbacks in the same task), or the first paint's timing entry, which
 * Playwright's clock (it fakes requestAnimationFrame, and tests pause it) cannot hold back. A
 * hidden page paints nothing: it starts at once.
 */
function firstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => done());
    const done = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe({ type: 'paint', buffered: true });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    });
  });
}
