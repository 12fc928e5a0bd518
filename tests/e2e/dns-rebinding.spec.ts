/**
 * DNS rebinding in a real browser: a site whose name now resolves to 127.0.0.1 (here by Chromium's
 * resolver rules) loads the kiosk's port as its own origin. The browser sends that name as Host, so
 * the host refuses it, and the page cannot read /api/status (import history, local paths).
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startTestKiosk } from '../support/kiosk-server';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
  },
});

test('a page on a name rebound to 127.0.0.1 gets 421 and cannot read the staff status', async ({ page }) => {
  const kiosk = await startTestKiosk();
  try {
    const port = kiosk.host.port;
    const response = await page.goto(`http://rebind.test:${port}/`);
    expect(response?.status()).toBe(421);
    await expect(page.locator('body')).toHaveText('Onbekende host');
    const answers = await page.evaluate(async () =>
      Promise.all(
        ['/api/status', '/api/kiosk', '/media/images/koffie.png'].map(async (p) => {
          const res = await fetch(p);
          return `${p} ${res.status} ${(await res.text()).slice(0, 40)}`;
        }),
      ),
    );
    expect(answers).toEqual([
      '/api/status 421 Onbekende host',
      '/api/kiosk 421 Onbekende host',
      '/media/images/koffie.png 421 Onbekende host',
    ]);
    // The same port under the machine's own names is the kiosk.
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      await page.goto(`${origin}/`);
      await expect(page.locator('[data-slide="status"]')).toBeVisible();
    }
  } finally {
    await kiosk.close();
  }
});
