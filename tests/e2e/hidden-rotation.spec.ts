/**
 * While the rotation is not on screen (the touch screen open, or the night view) its slides wait:
 * the app wakes at the whole minutes, not at every slide end it cannot show. The touch screen's
 * opening status still changes at the minute a buurtpunt closes, and back on the rotation the
 * slides move on again. Default slide durations (10–15 s), under `page.clock`.
 */
import type { Page } from '@playwright/test';
import { appStarted } from '../support/app';
import { expect, test } from '../support/fixtures';
import { startTestKiosk } from '../support/kiosk-server';
import { expectRotationMovesOn, settledSlideKey } from '../support/rotation';

type WithNow = HTMLElement & { now: number };

/**
 * From now on, notes at every update of <kiosk-app> (each wake-up of the rotation renders it) the
 * clock reading it gave the screen it shows: the open touch screen's or the night view's.
 */
async function recordWakes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wakes: number[] = [];
    (window as unknown as { __wakes: number[] }).__wakes = wakes;
    const proto = customElements.get('kiosk-app')!.prototype as unknown as {
      updated(changed: unknown): void;
    };
    const updated = proto.updated;
    proto.updated = function (this: HTMLElement, changed: unknown) {
      updated.call(this, changed);
      const shown = this.shadowRoot?.querySelector<WithNow>('kiosk-interactive[open], kiosk-night');
      wakes.push(shown?.now ?? -1);
    };
  });
}

const wakes = (page: Page) => page.evaluate(() => (window as unknown as { __wakes: number[] }).__wakes);

/** Epoch ms of a Brussels wall-clock time in December (UTC+1). */
const at = (local: string) => new Date(`${local}+01:00`).getTime();

test.describe('with the rotation off screen', () => {
  test.use({ hasTouch: true });

  test('under the touch screen the app wakes only at the minute, and the status changes at closing time', async ({
    page,
  }) => {
    // Hof ten Rode, this screen's own buurtpunt, is open on Tuesdays 10:00–13:00.
    const kiosk = await startTestKiosk({ location: 'hof-ten-rode', config: { idleTimeoutSeconds: 3600 } });
    try {
      await page.clock.install({ time: new Date('2026-12-15T12:57:30+01:00') });
      await page.goto(kiosk.url);
      await settledSlideKey(page);
      // The touch screen prepared under the rotation, so nothing is still being built later on.
      await expect(page.locator('kiosk-interactive')).toBeAttached({ timeout: 30_000 });
      await page.clock.pauseAt(new Date('2026-12-15T12:58:05+01:00'));
      const { width, height } = page.viewportSize()!;
      await page.touchscreen.tap(width / 2, height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.getByRole('button', { name: 'Openingsuren' }).tap();
      const own = page.locator('[data-page="hours"] [data-location="hof-ten-rode"]');
      await expect(own).toHaveAttribute('data-state', 'closing-soon');
      // Opened, the touch screen takes the app's clock reading a moment later (kiosk-app.ts).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const root = document.querySelector('kiosk-app')?.shadowRoot;
            const touch = root?.querySelector<WithNow>('kiosk-interactive');
            return touch?.now === root?.querySelector<WithNow>('kiosk-header')?.now;
          }),
        )
        .toBe(true);

      await recordWakes(page);
      await page.clock.runFor(54_000); // 12:58:59
      await page.clock.runFor(60_000); // 12:59:59
      await expect(own).toHaveAttribute('data-state', 'closing-soon');
      await page.clock.runFor(1_000); // 13:00:00
      await expect(own).toHaveAttribute('data-state', 'closed');
      // Some ten slides would have ended in those 115 s: none of them woke the app.
      expect(await wakes(page)).toEqual([at('2026-12-15T12:59:00'), at('2026-12-15T13:00:00')]);

      // Back on the rotation the slides move on at their ends again.
      await page.locator('[data-leave]').tap();
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
      await expectRotationMovesOn(page);
    } finally {
      await kiosk.close();
    }
  });

  test('in the night view the app wakes only at the minute', async ({ page }) => {
    const kiosk = await startTestKiosk({ config: { displayHours: { on: '07:00', off: '22:00' } } });
    try {
      await page.clock.install({ time: new Date('2026-12-08T22:10:30+01:00') });
      await page.goto(kiosk.url);
      await appStarted(page);
      const night = page.locator('kiosk-night');
      await expect(night.locator('time')).toHaveText('22:10');
      await page.clock.pauseAt(new Date('2026-12-08T22:11:05+01:00'));
      await expect(night.locator('time')).toHaveText('22:11');
      await recordWakes(page);
      await page.clock.runFor(120_000); // 22:13:05
      await expect(night.locator('time')).toHaveText('22:13');
      expect(await wakes(page)).toEqual([at('2026-12-08T22:12:00'), at('2026-12-08T22:13:00')]);
    } finally {
      await kiosk.close();
    }
  });
});
