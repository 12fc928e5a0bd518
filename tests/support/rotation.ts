/** Helpers to walk the slide rotation with Playwright's clock instead of waiting for real seconds. */
import { expect, type Page } from '@playwright/test';
import { appStarted } from './app';
import type { TestKiosk } from './kiosk-server';

/** Seconds every slide stays up in these tests: the rotation only moves when the test says so. */
export const TEST_SLIDE_SECONDS = 600;
/** Waits are generous: the test machines are shared and a loaded machine renders slowly. */
const WAIT = { timeout: 30_000 };

/** Makes every slide last TEST_SLIDE_SECONDS, so nothing moves between the test's own steps. */
export function holdSlides(kiosk: TestKiosk): void {
  const config = kiosk.state.config;
  const durations = Object.fromEntries(
    Object.keys(config.durations).map((kind) => [kind, TEST_SLIDE_SECONDS]),
  ) as typeof config.durations;
  kiosk.state.setConfig({ ...config, durations });
}

/**
 * The key of the slide on screen (after any transition), e.g. "activities-2", once the app runs:
 * the drawn page shows a slide before the app has started, and only the app moves on.
 */
export async function settledSlideKey(page: Page): Promise<string> {
  await appStarted(page);
  const stage = page.locator('kiosk-rotation .stage');
  await expect(stage).toHaveAttribute('data-slide-key', /.+/, WAIT);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document
              .querySelector('kiosk-app')
              ?.shadowRoot?.querySelector('kiosk-rotation')
              ?.shadowRoot?.querySelector('.slide:not([data-ahead])')
              ?.getAnimations()
              .filter((a) => a.playState === 'running').length,
        ),
      WAIT,
    )
    .toBe(0);
  return (await stage.getAttribute('data-slide-key')) ?? '';
}

/** Jumps the page clock past the current slide and waits for the next one to settle. */
export async function nextSlide(page: Page, currentKey: string): Promise<string> {
  await page.clock.fastForward(TEST_SLIDE_SECONDS * 1000);
  await expect(page.locator('kiosk-rotation .stage')).not.toHaveAttribute('data-slide-key', currentKey, WAIT);
  return settledSlideKey(page);
}

/**
 * Runs the page's clock past the longest default slide and expects another slide on the stage:
 * the rotation goes on (after the touch screen, or a staff page that could not load).
 */
export async function expectRotationMovesOn(page: Page): Promise<void> {
  const stage = page.locator('kiosk-rotation .stage');
  const key = await stage.getAttribute('data-slide-key');
  expect(key).toBeTruthy();
  await page.clock.runFor(15_000); // the longest slide
  await expect(stage).not.toHaveAttribute('data-slide-key', key!);
}
