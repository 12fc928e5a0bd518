/**
 * A screen that rests when nothing changes: no animation outlives a slide transition, none runs
 * between transitions (the progress segments change once per slide, by class), and nothing wakes
 * the page between the changes it shows (a minute for the clock, a slide's end). Behaviour only:
 * what it costs is measured by `npm run bench` (bench/rest.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { holdSlides, settledSlideKey, TEST_SLIDE_SECONDS } from '../support/rotation';

/** The longest animation a change may run: the slide's enter animation (kiosk-rotation.ts). */
const TRANSITION_MS = 420;
const THURSDAY = Date.parse('2026-12-03T08:00:00+01:00');

interface RunningAnimation {
  name: string;
  duration: number;
  iterations: number;
  playState: string;
}

/** Every animation of the page, through every shadow root, that has not finished. */
function animations(page: Page): Promise<RunningAnimation[]> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const all = new Set(roots.flatMap((root) => root.getAnimations()));
    return [...all]
      .filter((a) => a.playState !== 'finished')
      .map((a) => {
        const timing = a.effect?.getTiming();
        return {
          name: (a as CSSAnimation).animationName ?? a.constructor.name,
          duration: typeof timing?.duration === 'number' ? timing.duration : Infinity,
          iterations: timing?.iterations ?? 1,
          playState: a.playState,
        };
      });
  });
}

interface WakeUps {
  timeouts: number;
  intervals: number;
  frames: number;
}

/** Records every timer and animation frame the page asks for, from before its own code runs. */
async function countWakeUps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts: WakeUps = { timeouts: 0, intervals: 0, frames: 0 };
    Object.assign(window, { __wakeUps: counts });
    const { setTimeout: timeout, setInterval: interval, requestAnimationFrame: frame } = window;
    window.setTimeout = ((...args: Parameters<typeof timeout>) => {
      counts.timeouts++;
      return timeout(...args);
    }) as typeof timeout;
    window.setInterval = ((...args: Parameters<typeof interval>) => {
      counts.intervals++;
      return interval(...args);
    }) as typeof interval;
    window.requestAnimationFrame = (callback) => {
      counts.frames++;
      return frame(callback);
    };
  });
}

const wakeUps = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { __wakeUps: WakeUps }).__wakeUps }));

test('runs no animation longer than a slide transition, and none between slides', async ({ page, kiosk }) => {
  holdSlides(kiosk);
  await page.clock.install({ time: THURSDAY });
  await page.goto(kiosk.url);
  const first = await settledSlideKey(page);
  expect(await animations(page)).toEqual([]);
  await expect(page.locator('kiosk-progress span.current')).toHaveCount(1);

  await page.clock.fastForward(TEST_SLIDE_SECONDS * 1000);
  await expect(page.locator('kiosk-rotation .stage')).not.toHaveAttribute('data-slide-key', first);
  // While the next slide comes in: only short, finite animations.
  for (const animation of await animations(page)) {
    expect(animation.duration, animation.name).toBeLessThanOrEqual(TRANSITION_MS);
    expect(animation.iterations, animation.name).toBe(1);
  }
  await settledSlideKey(page);
  expect(await animations(page)).toEqual([]);
  // The progress moved on by a class, at the slide change, not by an animation.
  await expect(page.locator('kiosk-progress span.done')).toHaveCount(1);
  await expect(page.locator('kiosk-progress span.current')).toHaveCount(1);
});

test('runs no long animation on the touch screen either', async ({ page, kiosk }) => {
  holdSlides(kiosk);
  await page.goto(kiosk.url);
  await settledSlideKey(page);
  await page.waitForFunction(() => customElements.get('kiosk-interactive'));
  await page.locator('kiosk-app').click({ position: { x: 400, y: 400 } });
  await expect(page.locator('[data-slide="contacts"]')).toBeVisible();
  for (const animation of await animations(page)) {
    expect(animation.duration, animation.name).toBeLessThanOrEqual(TRANSITION_MS);
    expect(animation.iterations, animation.name).toBe(1);
  }
  await expect.poll(() => animations(page)).toEqual([]);
});

test('wakes only for what it shows: in five quiet minutes, once a minute for the clock', async ({
  page,
  kiosk,
}) => {
  holdSlides(kiosk);
  await countWakeUps(page);
  await page.clock.install({ time: THURSDAY });
  await page.goto(kiosk.url);
  await settledSlideKey(page);
  // The touch screen's code loads after the first frames; let that happen first.
  await page.clock.runFor(2_000);
  await page.waitForFunction(() => customElements.get('kiosk-interactive'));
  const before = await wakeUps(page);
  await page.clock.runFor(5 * 60_000);
  const after = await wakeUps(page);
  expect(after.frames - before.frames, 'animation frames').toBe(0);
  expect(after.intervals - before.intervals, 'intervals').toBe(0);
  // One wake-up per minute for the header clock (and nothing else: the slides last 600 s).
  expect(after.timeouts - before.timeouts).toBeLessThanOrEqual(5);
  await expect(page.locator('kiosk-header time')).toHaveText('8:05');
});
