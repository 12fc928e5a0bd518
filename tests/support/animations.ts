/** Waiting for what moves on screen to come to rest before it is measured. */
import { expect, type Page } from '@playwright/test';

/** Waits until the page's entry animations (transform and opacity) have finished, in every shadow root. */
export async function animationsDone(page: Page): Promise<void> {
  const running = () =>
    page.evaluate(() => {
      let count = 0;
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          count += el.getAnimations().filter((a) => a.playState === 'running').length;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return count;
    });
  await expect.poll(running).toBe(0);
}
