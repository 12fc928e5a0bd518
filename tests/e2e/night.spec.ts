import { test, expect } from '../support/fixtures';
import { startTestKiosk } from '../support/kiosk-server';

// Display hours 07:00–22:00 (Brussels); outside them only a dim clock, and back on by itself.
const HOURS = { displayHours: { on: '07:00', off: '22:00' } };

test('shows only a dim clock outside the display hours, and the rotation again at the on-hour', async ({
  page,
}) => {
  const kiosk = await startTestKiosk({ config: HOURS });
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  try {
    await page.clock.install({ time: new Date('2026-03-10T06:59:30+01:00') });
    await page.goto(kiosk.url);
    const night = page.locator('kiosk-night');
    await expect(night).toBeVisible();
    await expect(night.locator('time')).toHaveText('6:59');
    await expect(page.locator('[data-slide]')).toHaveCount(0);
    const background = await night.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');

    await page.clock.runFor(31_000); // past 07:00:00
    await expect(page.locator('[data-slide]')).toBeVisible();
    await expect(page.locator('kiosk-header time')).toHaveText('7:00');
    await expect(night).toHaveCount(0);

    await page.clock.fastForward('15:00:00'); // 22:00:01
    await expect(night).toBeVisible();
    await expect(night.locator('time')).toHaveText('22:00');
    expect(violations).toEqual([]);
  } finally {
    await kiosk.close();
  }
});

test('stays on all day without display hours', async ({ page, kiosk }) => {
  await page.clock.install({ time: new Date('2026-03-10T03:00:00+01:00') });
  await page.goto(kiosk.url);
  await expect(page.locator('[data-slide="status"]')).toBeVisible();
  await expect(page.locator('kiosk-night')).toHaveCount(0);
});
