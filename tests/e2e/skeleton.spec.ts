import { test, expect } from '../support/fixtures';
import { holdSlides } from '../support/rotation';
import { startTestKiosk, sampleContent, writeContentDir } from '../support/kiosk-server';

test('shows both buurtpunten of the sample data with address and weekly hours', async ({
  page,
  kiosk,
  offlineGuard,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // A week without changes: the week table shows each date's real hours, so a Christmas run would differ.
  await page.clock.setFixedTime(new Date('2026-12-08T09:00:00Z'));
  await page.goto(kiosk.url);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
  const status = page.locator('[data-slide="status"]');
  await expect(status).toBeVisible();
  const bijloke = status.locator('[data-location="bijloke"]');
  await expect(bijloke).toContainText('Buurtpunt Bijloke');
  await expect(bijloke).toContainText('Vlotgraslaan 16, 9200 Dendermonde');
  await expect(bijloke).toContainText(/Donderdag\s*9:00 – 12:00/);
  const hof = status.locator('[data-location="hof-ten-rode"]');
  await expect(hof).toContainText('Hof ten Rode 78, 9200 Baasrode');
  await expect(hof).toContainText(/Dinsdag\s*10:00 – 13:00/);
  expect(errors).toEqual([]);
  expect(offlineGuard).toEqual([]);
});

test('serves HTML under a strict Content-Security-Policy and the app runs under it', async ({
  page,
  kiosk,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  const response = await page.goto(kiosk.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('[data-slide="status"]')).toBeVisible();
  expect(violations).toEqual([]);
});

test('draws the first slide from the page alone, then loads the rest of the app', async ({ page, kiosk }) => {
  // The content comes inside index.html: no request for it before the first slide.
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.route('**/api/kiosk', (route) => route.abort());
  await page.goto(kiosk.url);
  await expect(page.locator('[data-slide="status"] [data-location="bijloke"]')).toContainText(
    'Buurtpunt Bijloke',
  );
  expect(asked).not.toContain('/api/kiosk');
  // Touch mode and the other slide types arrive just after the first frame.
  await expect
    .poll(() => page.evaluate(() => customElements.get('kiosk-interactive') !== undefined))
    .toBe(true);
  expect(asked.some((p) => /\/chunks\/later-[A-Z0-9]+\.js$/.test(p))).toBe(true);
});

test('puts the screen’s own buurtpunt first', async ({ page }) => {
  const kiosk = await startTestKiosk({ location: 'hof-ten-rode' });
  try {
    await page.goto(kiosk.url);
    const first = page.locator('[data-slide="status"] [data-location]').first();
    await expect(first).toHaveAttribute('data-location', 'hof-ten-rode');
  } finally {
    await kiosk.close();
  }
});

test('shows new content without a reload when the version changes', async ({ page }) => {
  const content = sampleContent();
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir });
  holdSlides(kiosk); // the buurtpunten are on the status slide only: it must still be up for the new payload
  try {
    await page.goto(kiosk.url);
    await expect(page.locator('[data-location="bijloke"]')).toContainText('Buurtpunt Bijloke');
    const loaded = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    const renamed = structuredClone(kiosk.state.bundle);
    renamed.content.locations[0]!.name = 'Buurtpunt Bijloke (nieuw)';
    renamed.version = 'test-2';
    kiosk.state.setBundle(renamed);
    await expect(page.locator('[data-location="bijloke"]')).toContainText('Buurtpunt Bijloke (nieuw)');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loaded);
  } finally {
    await kiosk.close();
    folder.remove();
  }
});
