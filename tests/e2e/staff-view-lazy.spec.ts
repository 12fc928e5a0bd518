/**
 * The staff status page is a chunk of its own: visitors never open it, so a start does not load it.
 * <kiosk-staff-view> (in the chunk loaded after the first frame) owns the key and the corner hold,
 * and loads the page when staff first open it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectRotationMovesOn } from '../support/rotation';

const STAFF_PAGE_SCRIPT = /\/chunks\/kiosk-staff-page-[A-Z0-9]+\.js$/;
const HEADING = 'Beheer: inhoud van dit scherm';

/** Paths of the scripts the page asks for, as they are asked for. */
function scriptRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && asked.push(new URL(r.url()).pathname));
  return asked;
}

/** The screen has started: the rotation shows a slide and the chunk after the first frame is in. */
async function started(page: Page) {
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
  await expect(page.locator('[data-slide]').first()).toBeVisible();
  await page.waitForFunction(() => customElements.get('kiosk-interactive') !== undefined);
  await page.waitForFunction(() => customElements.get('kiosk-staff-view') !== undefined);
}

test('the staff page loads at its first opening, not at the start, and only once', async ({
  page,
  kiosk,
}) => {
  const asked = scriptRequests(page);
  await page.goto(kiosk.url);
  await started(page);
  await page.waitForTimeout(500);
  expect(asked.filter((p) => STAFF_PAGE_SCRIPT.test(p))).toEqual([]);

  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const view = page.locator('[data-staff-view]');
  await expect(view.getByRole('heading', { name: HEADING })).toBeVisible();
  await expect(view.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await expect(view.locator('[data-staff-version]')).toHaveText(kiosk.state.bundle.version);
  expect(asked.filter((p) => STAFF_PAGE_SCRIPT.test(p))).toHaveLength(1);

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
  const before = asked.length;
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await expect(view.getByRole('heading', { name: HEADING })).toBeVisible();
  await expect(view.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await view.getByRole('button', { name: 'Sluiten' }).click();
  await expect(view).toHaveCount(0);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
  expect(asked.slice(before)).toEqual([]);
});

test('a staff page that cannot load: the rotation goes on, the error is logged, and the next try opens it', async ({
  page,
  kiosk,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // A broken installation: the staff page's chunk is missing.
  await page.route(STAFF_PAGE_SCRIPT, (route) => route.fulfill({ status: 404, body: 'weg' }));
  await page.clock.install();
  await page.goto(kiosk.url);
  await started(page);

  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await expect.poll(() => errors.join('\n')).toContain('buurtkiosk: de beheerpagina kon niet laden');
  await expect(page.locator('[data-staff-view]')).toHaveCount(0);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
  await expectRotationMovesOn(page);

  // Repaired (or a passing hiccup): the next opening loads it after all.
  await page.unroute(STAFF_PAGE_SCRIPT);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await expect(page.locator('[data-staff-view]').getByRole('heading', { name: HEADING })).toBeVisible();
});
