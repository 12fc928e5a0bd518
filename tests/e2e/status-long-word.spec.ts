/**
 * A note of one long word, as staff paste a web address into a closure's note: 120 characters
 * without a space, the longest `validate` accepts. It shows in the status sentence ("Vandaag
 * gesloten (…)") and in the list of changes, on the status slide and on the touch screen's hours
 * page, at every screen size: it wraps inside its block, nothing runs off the side or is cut.
 */
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { openHeldKiosk } from '../support/held-kiosk';
import { sampleContent } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { settledSlideKey } from '../support/rotation';
import { cutOnHoursPage, cutStatusBlocks } from '../support/cut-blocks';

test.use({ timezoneId: 'UTC' });

/** Thursday 3 December 2026, 11:00 in Brussels: Hof ten Rode closed today, for the reason below. */
const AT = '2026-12-03T11:00:00+01:00';
const OWN = 'hof-ten-rode';
const LINK_NOTE =
  'https://www.dendermonde.be/nieuws/buurtpunten-uitzonderlijk-gesloten-op-3-en-15-december-2026-vormingsdag-groep-intro-xy';

function withLinkNotes(content: ContentInput): ContentInput {
  content.updated = '2026-11-27';
  content.locations.find((l) => l.id === OWN)!.exceptions = [
    { from: '2026-12-03', closed: true, note: LINK_NOTE },
    { from: '2026-12-15', closed: true, note: LINK_NOTE },
  ];
  return content;
}

for (const size of SCREEN_SIZES) {
  test(`a note of one 120-character word wraps inside the status slide and the hours page at ${size.name}`, async ({
    page,
  }) => {
    expect(LINK_NOTE).toHaveLength(120);
    const close = await openHeldKiosk(page, withLinkNotes(sampleContent()), size, Date.parse(AT), {
      buildDate: '2026-11-01',
      serverClock: true,
    });
    try {
      await settledSlideKey(page);
      const slideBlock = page.locator(`[data-slide="status"] [data-location="${OWN}"]`);
      await expect(slideBlock.locator('[data-headline]')).toHaveText(`Vandaag gesloten (${LINK_NOTE})`);
      await page.screenshot({ path: test.info().outputPath(`status-${size.name}.png`) });
      expect(
        await cutStatusBlocks(page, {
          parts: ['.name', '.address', '[data-indicator]', '[data-headline]'],
          partsInside: true,
          linesInside: true,
        }),
        'status slide',
      ).toEqual([]);
      expect(await findLayoutProblems(page), 'status slide').toEqual([]);

      await page.mouse.click(size.width / 2, size.height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.locator('[data-section="hours"]').click();
      const pageBlock = page.locator(`[data-page="hours"] [data-location="${OWN}"]`);
      await expect(pageBlock.locator('[data-headline]')).toHaveText(`Vandaag gesloten (${LINK_NOTE})`);
      await animationsDone(page);
      await page.screenshot({ path: test.info().outputPath(`hours-${size.name}.png`) });
      expect(await cutOnHoursPage(page), 'hours page').toEqual([]);
      expect(await findLayoutProblems(page), 'hours page').toEqual([]);
    } finally {
      await close();
    }
  });
}
