/**
 * A buurtpunt with every text at the schema's longest (name, street and city of 120 characters, a
 * closure today with a note of 120): on the touch screen's hours page its status alone (name,
 * address, state and sentence) is taller than an 800×480 page, even with the week table and the
 * changes moved to the next pages. `validate` says so (core/import/hours-page-length.ts); the page
 * then scrolls by finger to the status's last line instead of cutting it. On the larger screens it
 * fits and nothing scrolls.
 */
import type { Page } from '@playwright/test';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { openHeldKiosk } from '../support/held-kiosk';
import { sampleContent } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { settledSlideKey } from '../support/rotation';
import { STATUS_AT, STATUS_CASES, statusContent } from '../support/status-content';
import { swipe } from '../support/touch';

test.use({ timezoneId: 'UTC', hasTouch: true });

const OWN = 'hof-ten-rode';

/** The hours page's room, and where the block's last line of text ends, in viewport px. */
function hoursRoom(page: Page) {
  return page.locator('[data-page="hours"]').evaluate((hoursPage) => {
    const fill = hoursPage.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    const block = fill.querySelector('kiosk-location-status')!;
    let lastLineBottom = 0;
    for (const el of block.shadowRoot!.querySelectorAll('p, li, th, td')) {
      const range = document.createRange();
      range.selectNodeContents(el);
      for (const line of range.getClientRects()) lastLineBottom = Math.max(lastLineBottom, line.bottom);
    }
    const box = fill.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.top + fill.clientHeight,
      scrollable: fill.scrollHeight - fill.clientHeight,
      scrollTop: fill.scrollTop,
      lastLineBottom,
    };
  });
}

for (const size of SCREEN_SIZES) {
  test(`a status too tall for the page scrolls by finger to its last line, never cut, at ${size.name}`, async ({
    page,
  }) => {
    const content = statusContent(sampleContent(), STATUS_CASES['everything at its longest']!, 2, OWN);
    const close = await openHeldKiosk(page, content, size, Date.parse(STATUS_AT), {
      buildDate: '2026-11-01',
      serverClock: true,
    });
    try {
      await settledSlideKey(page);
      await page.touchscreen.tap(size.width / 2, size.height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.locator('[data-section="hours"]').click();
      const block = page.locator(`[data-page="hours"] [data-location="${OWN}"]`);
      await expect(block.locator('[data-headline]')).toHaveText(/^Vandaag gesloten \(Uitzonderlijk/);
      await animationsDone(page);
      const before = await hoursRoom(page);
      await page.screenshot({ path: test.info().outputPath(`hours-${size.name}.png`) });
      // The one box that does not hold its content is the page that scrolls, where it is meant to.
      const problems = await findLayoutProblems(page);
      const scrolling = problems.filter((p) => p.startsWith('overflow: kiosk-hours-page > div.fill '));
      expect(problems.filter((p) => !scrolling.includes(p))).toEqual([]);
      expect(scrolling).toHaveLength(size.name === '800x480' ? 1 : 0);
      if (size.name !== '800x480') {
        expect(before.scrollable, 'nothing to scroll').toBe(0);
        expect(before.lastLineBottom).toBeLessThanOrEqual(before.bottom + 1);
        return;
      }
      expect(before.scrollable, 'the status is taller than the page').toBeGreaterThan(0);
      const x = size.width / 2;
      await swipe(page, { x, y: before.top + 200 }, { x, y: before.top + 20 });
      await expect.poll(async () => (await hoursRoom(page)).scrollTop).toBe(before.scrollable);
      const after = await hoursRoom(page);
      expect(after.lastLineBottom, 'the last line shows whole').toBeLessThanOrEqual(after.bottom + 1);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await expect(page.locator('.pager [aria-live]')).toHaveText(/^Pagina 1 van /);
    } finally {
      await close();
    }
  });
}
