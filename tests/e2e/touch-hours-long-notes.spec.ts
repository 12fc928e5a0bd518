/**
 * The touch screen's hours page with six changes whose notes are 120 characters long (the most the
 * page lists and the longest note `validate` accepts), at every screen size: the page does not
 * scroll, so Hof ten Rode's block goes on over a second page (core/interactive/hours-pages.ts).
 * The first shows its status, its week table and the changes that fit, soonest first and whole,
 * and says how many follow; the second names it again above the rest; then Bijloke. On every page
 * nothing is cut: each line of the block inside it, the block inside the page and the screen.
 */
import type { Page } from '@playwright/test';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { openHeldKiosk } from '../support/held-kiosk';
import { sampleContent } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { LONG_CHANGES_SHOWN, LONG_NOTES_AT, withSixLongChanges } from '../support/hours-long-notes';
import { cutOnHoursPage } from '../support/cut-blocks';
import { findLayoutProblems } from '../support/layout-checks';
import { settledSlideKey } from '../support/rotation';

test.use({ timezoneId: 'UTC' });

/** What the hours page on screen shows of its buurtpunt. */
function shownBlock(page: Page) {
  return page.locator('[data-page="hours"] [data-location]').evaluate((block) => {
    const root = block.shadowRoot!;
    const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? null;
    return {
      id: block.getAttribute('data-location'),
      name: text('.name'),
      address: text('.address'),
      state: text('[data-indicator]'),
      headline: text('[data-headline]'),
      rows: [...root.querySelectorAll('tr')].map((tr) =>
        [...tr.cells]
          .map((cell) => cell.textContent?.trim())
          .filter(Boolean)
          .join(' '),
      ),
      upcoming: [...root.querySelectorAll('[data-upcoming] li')].map((li) => li.textContent),
    };
  });
}

const DAYS = ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'];

for (const size of SCREEN_SIZES) {
  test(`six changes with notes of 120 characters go on over a second page, nothing cut, at ${size.name}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const close = await openHeldKiosk(
      page,
      withSixLongChanges(sampleContent()),
      size,
      Date.parse(LONG_NOTES_AT),
      { buildDate: '2026-11-01', serverClock: true },
    );
    try {
      await settledSlideKey(page);
      await page.mouse.click(size.width / 2, size.height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.locator('[data-section="hours"]').click();

      const expectPage = async (number: number, shown: Awaited<ReturnType<typeof shownBlock>>) => {
        const where = `page ${number}`;
        await expect(page.locator('[data-page="hours"] [data-location]')).toHaveAttribute(
          'data-location',
          shown.id!,
        );
        await animationsDone(page);
        await page.screenshot({ path: test.info().outputPath(`hours-${number}-${size.name}.png`) });
        expect(await cutOnHoursPage(page), where).toEqual([]);
        expect(await findLayoutProblems(page), where).toEqual([]);
        expect(await shownBlock(page), where).toEqual(shown);
        await expect(page.locator('.pager [aria-live]')).toHaveText(`Pagina ${number} van 3`);
      };

      await expectPage(1, {
        id: 'hof-ten-rode',
        name: 'Buurtpunt Hof ten Rode',
        address: 'Hof ten Rode 78, 9200 Baasrode',
        state: 'Gesloten',
        headline: 'Gesloten · opent dinsdag 8 december om 10:00',
        rows: DAYS.map((day) =>
          day === 'Dinsdag'
            ? 'Dinsdag 10:00 – 13:00'
            : day === 'Donderdag'
              ? 'Donderdag gesloten vandaag'
              : `${day} gesloten`,
        ),
        upcoming: LONG_CHANGES_SHOWN[0]!,
      });
      await page.locator('[data-pager="next"]').click();
      await expectPage(2, {
        id: 'hof-ten-rode',
        name: 'Buurtpunt Hof ten Rode',
        address: '',
        state: 'Gesloten',
        headline: null,
        rows: [],
        upcoming: LONG_CHANGES_SHOWN[1]!,
      });
      await page.locator('[data-pager="next"]').click();
      await expectPage(3, {
        id: 'bijloke',
        name: 'Buurtpunt Bijloke',
        address: 'Vlotgraslaan 16, 9200 Dendermonde',
        state: 'Gesloten',
        headline: 'Gesloten · opent donderdag 10 december om 9:00',
        rows: DAYS.map((day) => (day === 'Donderdag' ? 'Donderdag 9:00 – 12:00 vandaag' : `${day} gesloten`)),
        upcoming: ['24 december – 3 januari: gesloten (kerstvakantie)'],
      });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
}
