import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { holdSlides, settledSlideKey, TEST_SLIDE_SECONDS } from '../support/rotation';

/**
 * Names of the CSS animations on the wrapper of the slide on screen (finished ones with fill
 * included); the next slide may be in the other wrapper, prepared ahead and hidden.
 */
function slideAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document
      .querySelector('kiosk-app')
      ?.shadowRoot?.querySelector('kiosk-rotation')
      ?.shadowRoot?.querySelector('.slide:not([data-ahead])');
    return (slide?.getAnimations() ?? []).map((a) => (a as CSSAnimation).animationName ?? '');
  });
}

test('shows the first slide after start-up at once and lets the next ones slide in', async ({
  page,
  kiosk,
}) => {
  holdSlides(kiosk);
  await page.clock.install({ time: Date.parse('2026-12-03T08:00:00+01:00') });
  await page.goto(kiosk.url);
  const first = await settledSlideKey(page);
  expect(await slideAnimations(page)).toEqual([]);

  await page.clock.fastForward(TEST_SLIDE_SECONDS * 1000);
  await expect(page.locator('kiosk-rotation .stage')).not.toHaveAttribute('data-slide-key', first);
  await settledSlideKey(page);
  expect(await slideAnimations(page)).toEqual(['enter']);
});
