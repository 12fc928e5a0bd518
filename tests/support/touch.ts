/**
 * Real touch gestures for Playwright, which only offers taps: a swipe as Chromium touch events over
 * CDP, so the page sees the same pointer events a finger on the kiosk's screen makes.
 */
import type { Page } from '@playwright/test';

/** Drags one finger from `from` to `to` in `steps` moves, then lifts it. */
export async function swipe(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 8,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i++) {
      const x = from.x + ((to.x - from.x) * i) / steps;
      const y = from.y + ((to.y - from.y) * i) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** A horizontal swipe across the middle of the screen: "next" moves the finger right to left. */
export async function swipeAcross(page: Page, direction: 'next' | 'previous'): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const left = { x: width * 0.25, y: height * 0.6 };
  const right = { x: width * 0.75, y: height * 0.6 };
  await (direction === 'next' ? swipe(page, right, left) : swipe(page, left, right));
}
