/**
 * Five buurtpunten, at every screen size, in a browser set to UTC: the status slide pages them two
 * a page (core/deck/status-slides.ts), the screen's own first, and every block is whole on screen:
 * its name, badge, sentence, week table and changes inside the block, the block inside the slide,
 * nothing clipped. The server draws the first page; the touch screen's hours page fits each of the
 * five as well.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { sampleContent, startTestKiosk, writeContentDir } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { cutStatusBlocks } from '../support/cut-blocks';
import { minimumTextPx, smallestText } from '../support/readability';
import { nextSlide, settledSlideKey } from '../support/rotation';

test.use({ timezoneId: 'UTC' });

/** Tuesday 22 December, in the Christmas closures: the longest sentences and two changes a block. */
const AT = '2026-12-22T12:45:00+01:00';

/**
 * The sample's two buurtpunten and three more of the 2021 study's buurten, the screen's own
 * (Hof ten Rode) third in the file: long names and addresses, a day of two blocks, other hours and
 * closures with notes, so each block is as full as staff will plausibly make it.
 */
function fiveBuurtpunten(): ContentInput {
  const content = sampleContent();
  content.updated = '2026-11-20';
  const [bijloke, hofTenRode] = content.locations;
  content.locations = [
    bijloke!,
    {
      id: 'broekkant',
      name: 'Buurtpunt Broekkant',
      buurt: 'Broekkant',
      address: { street: 'Broekkantstraat 112', postalCode: '9200', city: 'Dendermonde' },
      hours: {
        monday: [{ from: '13:30', until: '16:30' }],
        wednesday: [
          { from: '09:00', until: '12:00' },
          { from: '13:00', until: '16:00' },
        ],
      },
      exceptions: [
        { from: '2026-12-19', hours: [{ from: '10:00', until: '15:00' }], note: 'kerstmarkt' },
        { from: '2026-12-23', to: '2027-01-03', closed: true, note: 'kerstvakantie' },
      ],
    },
    hofTenRode!,
    {
      id: 'keur-blauwe-steen',
      name: "Buurtpunt 't Keur-Blauwe Steen",
      buurt: "'t Keur-Blauwe Steen",
      address: { street: 'Kerkstraat 5', postalCode: '9200', city: 'Sint-Gillis-bij-Dendermonde' },
      hours: { friday: [{ from: '09:00', until: '12:00' }] },
      exceptions: [
        { from: '2026-12-18', closed: true, note: 'personeelsvergadering' },
        { from: '2026-12-24', to: '2027-01-01', closed: true, note: 'kerstvakantie' },
      ],
    },
    {
      id: 'wastijne',
      name: 'Buurtpunt Wastijne',
      buurt: 'Wastijne',
      address: { street: 'Wastijnestraat 30', postalCode: '9200', city: 'Dendermonde' },
      hours: { wednesday: [{ from: '14:00', until: '17:00' }] },
      exceptions: [
        { from: '2026-12-21', hours: [{ from: '13:00', until: '16:00' }], note: 'kerstfeest voor de buren' },
        { from: '2026-12-30', closed: true, note: 'kerstvakantie' },
      ],
    },
  ];
  return content;
}

/** The status pages in rotation order: their keys and buurtpunten, the screen's own first. */
const PAGES = [
  { key: 'status', locations: ['hof-ten-rode', 'bijloke'] },
  { key: 'status-2', locations: ['broekkant', 'keur-blauwe-steen'] },
  { key: 'status-3', locations: ['wastijne'] },
];
const ALL = PAGES.flatMap((p) => p.locations);

/** A kiosk for Hof ten Rode on the five buurtpunten, drawn at AT, every slide held 600 s. */
async function startKiosk() {
  const folder = writeContentDir(fiveBuurtpunten());
  const userData = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-status-pages-'));
  const kiosk = await startTestKiosk({
    contentDir: folder.dir,
    userDataDir: userData,
    location: 'hof-ten-rode',
    buildDate: '2026-11-01',
    clock: () => Date.parse(AT),
    config: {
      durations: {
        status: 600,
        activities: 600,
        facebook: 600,
        services: 600,
        about: 600,
        announcement: 600,
      },
    },
  });
  return {
    kiosk,
    close: async () => {
      await kiosk.close();
      folder.remove();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

/**
 * What is not whole on the status slide on screen: every part (name, badge, sentence, week table,
 * changes) must be there and inside its block.
 */
const cutBlocks = (page: Page) =>
  cutStatusBlocks(page, {
    parts: ['.name', '.address', '[data-indicator]', '[data-headline]', 'table', '[data-upcoming]'],
    partsInside: true,
    linesInside: false,
  });

/** The index of the lit segment of the progress indicator, and how many segments it has. */
const progress = (page: Page) =>
  page.locator('kiosk-progress span').evaluateAll((spans) => ({
    current: spans.findIndex((s) => s.classList.contains('current')),
    count: spans.length,
  }));

for (const size of SCREEN_SIZES) {
  test(`pages five buurtpunten two a page, each block whole on screen, at ${size.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    const { kiosk, close } = await startKiosk();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.install({ time: Date.parse(AT) });
      const response = await page.goto(kiosk.url);
      // The server draws the first page: the own buurtpunt and the next, not the others.
      const drawn = (await response?.text()) ?? '';
      for (const id of ALL)
        expect(drawn.includes(`data-location="${id}"`), `${id} in the drawn page`).toBe(
          PAGES[0]!.locations.includes(id),
        );

      let key = await settledSlideKey(page);
      for (const [index, expected] of PAGES.entries()) {
        if (index > 0) key = await nextSlide(page, key);
        expect(key).toBe(expected.key);
        const blocks = page.locator('[data-slide="status"] [data-location]');
        await expect(blocks).toHaveCount(expected.locations.length);
        expect(await blocks.evaluateAll((els) => els.map((el) => el.getAttribute('data-location')))).toEqual(
          expected.locations,
        );
        await animationsDone(page);
        expect(await cutBlocks(page), `status page ${expected.key}`).toEqual([]);
        expect(await findLayoutProblems(page), `status page ${expected.key}`).toEqual([]);
        const smallest = await smallestText(page);
        expect(smallest!.px, JSON.stringify(smallest)).toBeGreaterThanOrEqual(minimumTextPx(size));
        // A segment a page: the progress indicator lights this page's.
        expect((await progress(page)).current).toBe(index);
        await page.screenshot({ path: test.info().outputPath(`${expected.key}-${size.name}.png`) });
      }
      // The last buurtpunt's sentence, word for word, whole in the viewport (nothing clips it).
      const last = page.locator('[data-slide="status"] [data-location="wastijne"]');
      await expect(last).toHaveAttribute('data-state', 'closed');
      await expect(last.locator('[data-headline]')).toHaveText('Gesloten · opent woensdag om 14:00');
      await expect(last.locator('[data-headline]')).toBeInViewport({ ratio: 1 });
      await expect(last.locator('[data-indicator]')).toBeInViewport({ ratio: 1 });
      expect((await progress(page)).count).toBeGreaterThan(PAGES.length);

      // The touch screen's hours: one buurtpunt a page, the own one first, each fitting its page.
      await page.mouse.click(size.width / 2, size.height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.locator('[data-section="hours"]').click();
      for (const [index, id] of ALL.entries()) {
        if (index > 0) await page.locator('[data-pager="next"]').click();
        const shown = page.locator('[data-page="hours"] [data-location]');
        await expect(shown).toHaveAttribute('data-location', id);
        await animationsDone(page);
        await expect(shown.locator('[data-headline]')).toBeInViewport({ ratio: 1 });
        expect(await findLayoutProblems(page), `hours page of ${id}`).toEqual([]);
      }
      await expect(page.locator('[data-pager="next"]')).toBeDisabled();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
}
