import { test, expect } from '../support/fixtures';
import { appStarted } from '../support/app';
import { startTestKiosk } from '../support/kiosk-server';
import { nextSlide, settledSlideKey } from '../support/rotation';

// Display hours 07:00–22:00 (Brussels); outside them only a dim clock, and back on by itself. The
// clocks are after the sample's `updated` day: a clock before it cannot be right, and is not obeyed.
const HOURS = { displayHours: { on: '07:00', off: '22:00' } };

test('shows only a dim clock outside the display hours, and the rotation again at the on-hour', async ({
  page,
}) => {
  const kiosk = await startTestKiosk({ config: HOURS });
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  try {
    await page.clock.install({ time: new Date('2026-12-08T06:59:30+01:00') });
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

test('keeps the rotation on, and the header without a time, on a clock that cannot be right', async ({
  page,
}) => {
  // A Raspberry Pi without a real-time clock and without a time server: 1970, at 3:00 in the night.
  const kiosk = await startTestKiosk({ config: HOURS });
  try {
    await page.clock.install({ time: new Date('1970-01-01T03:00:00+01:00') });
    await page.goto(kiosk.url);
    await appStarted(page);
    await expect(page.locator('[data-slide="status"]')).toBeVisible();
    await expect(page.locator('kiosk-night')).toHaveCount(0);
    await expect(page.locator('kiosk-header h1')).toHaveText('Buurtopbouwwerk Dendermonde');
    await expect(page.locator('kiosk-header time')).toHaveCount(0);
    await expect(page.locator('kiosk-header')).not.toContainText('1970');
    await expect(page.locator('kiosk-header')).not.toContainText('januari');
    // Nor do the activities say "Vandaag" or "Morgen" by that clock: their dates, under their month.
    await nextSlide(page, await settledSlideKey(page));
    const activities = page.locator('[data-slide="activities"]');
    await expect(activities.locator('h3').first()).toHaveText('December 2026');
    await expect(activities).toContainText('december 2026 · ');
    await expect(activities).not.toContainText(/Vandaag|Morgen|Deze week|Later/);
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

test('closes the touch screen at the off-hour and starts the rotation at the status slide at the on-hour', async ({
  page,
}) => {
  const kiosk = await startTestKiosk({ config: { ...HOURS, idleTimeoutSeconds: 3600 } });
  try {
    await page.clock.install({ time: new Date('2026-12-08T21:58:30+01:00') });
    await page.goto(kiosk.url);
    const app = page.locator('kiosk-app');
    await expect(page.locator('[data-slide="status"]')).toBeVisible();
    await appStarted(page);
    // A visitor opens the touch screen a minute before the screen goes dark, and walks away.
    await page.mouse.click(400, 400);
    await expect(app).toHaveAttribute('data-mode', 'interactive');
    await expect(page.locator('kiosk-interactive')).toBeVisible();
    await page.clock.runFor(91_000); // past 22:00:00
    await expect(page.locator('kiosk-night')).toBeVisible();
    await expect(page.locator('kiosk-interactive')).toHaveCount(0);
    await expect(app).toHaveAttribute('data-mode', 'rotation');
    // The next morning at 07:00: no touch menu, the rotation from its first slide, the status.
    await page.clock.fastForward('08:59:00'); // 06:59:01
    await expect(page.locator('kiosk-night')).toBeVisible();
    // Paused just after 07:00, so the status slide's 15 s cannot run out while the test looks.
    await page.clock.pauseAt(new Date('2026-12-09T07:00:02+01:00'));
    await expect(page.locator('kiosk-night')).toHaveCount(0);
    await expect(page.locator('kiosk-header time')).toHaveText('7:00');
    await expect(app).toHaveAttribute('data-mode', 'rotation');
    await expect(page.locator('kiosk-interactive')).toHaveCount(0);
    await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', 'status');
  } finally {
    await kiosk.close();
  }
});

test('starts at the status slide at the on-hour, whatever slide the rotation had reached at night', async ({
  page,
}) => {
  const kiosk = await startTestKiosk({ config: HOURS });
  try {
    // Paused: a running clock went on while the page loaded, and a slow start ate the 4 s before 22:00.
    await page.clock.install({ time: new Date('2026-12-08T21:59:00+01:00') });
    await page.clock.pauseAt(new Date('2026-12-08T21:59:40+01:00'));
    await page.goto(kiosk.url);
    await expect(page.locator('[data-slide="status"]')).toBeVisible();
    await appStarted(page);
    await page.clock.runFor(16_000); // the status slide's 15 s are over at 21:59:55
    await expect(page.locator('[data-slide="activities"]')).toBeVisible();
    await page.clock.runFor(5_000); // 22:00:01
    await expect(page.locator('kiosk-night')).toBeVisible();
    // Through the night the slides wait in the dark; at 07:00 the rotation begins again with the status.
    for (const step of ['02:00:00', '03:00:00', '03:59:00']) await page.clock.fastForward(step); // 06:59:05
    await expect(page.locator('kiosk-night')).toBeVisible();
    await page.clock.pauseAt(new Date('2026-12-09T07:00:02+01:00'));
    await expect(page.locator('kiosk-night')).toHaveCount(0);
    await expect(page.locator('[data-slide]')).toHaveAttribute('data-slide', 'status');
  } finally {
    await kiosk.close();
  }
});
