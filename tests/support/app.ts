/**
 * When the app runs. A page the handler drew shows its first screen before app.js has even loaded
 * (renderer/after-paint.ts): a test that taps, presses a key or moves the page clock as soon as a
 * slide is visible would race the app. This waits for what the app itself waits for.
 */
import type { Page } from '@playwright/test';

/** Waits until <kiosk-app> is defined and its first update (taking the drawn page over) is done. */
export async function appStarted(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await customElements.whenDefined('kiosk-app');
    await document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('kiosk-app')
      ?.updateComplete;
  });
}
