/**
 * Entry of a page the handler drew (main/server/index-page.ts puts it inline, as a classic script,
 * in app.js's place): the drawn screen shows without any script, so the app (app.js: evaluating it
 * and taking the drawn DOM over, a quarter of a second on a slow CPU) starts only once that screen
 * is on screen, instead of holding back the first frame. A page drawn by app.js itself never runs
 * this. It is bundled (scripts/build.mjs) with nothing left to import but app.js, dynamically: a
 * classic script can have no static import.
 */
import { EarlyInput } from './services/early-input';

// Until the app listens, a visitor's first touch or key would be lost on the still picture: kept
// here and handed to the app, which wakes the touch screen with it.
const early = new EarlyInput(document);

/** How long after the first frame the paint entry may take before the app starts regardless (ms). */
const PAINT_ENTRY_WAIT_MS = 1000;

void firstPaint()
  .then(() => import('./main'))
  .then(({ started }) => started)
  .then((app) => early.handTo(app))
  // Only a broken installation gets here; the drawn screen stays.
  .catch((error: unknown) => console.error('buurtkiosk: app.js kon niet starten', error));

/**
 * Resolves once the drawn screen is on screen: its first paint's timing entry, which comes when the
 * compositor has presented that frame. Started earlier, the app's work would compete with that
 * frame's raster for the CPU and hold back what the visitor sees. Playwright's clock (it fakes
 * timers and requestAnimationFrame, and tests pause it) cannot hold this back. A hidden page paints
 * nothing: it starts at once; should no entry come, a second after the first frame will do.
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
    requestAnimationFrame(() => setTimeout(done, PAINT_ENTRY_WAIT_MS));
  });
}
