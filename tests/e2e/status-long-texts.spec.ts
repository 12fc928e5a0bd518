/**
 * Long texts that `validate` accepts, on the status slide at every screen size: the audit's cases
 * (two changes, an 80-character note, notes of 120 characters, six opening blocks a day, a name and
 * street of 120 characters) and worse, for two, three and five buurtpunten. The pages are planned
 * from the texts' lengths (core/deck/status-room.ts): each block whole inside its slide, nothing
 * clipped or cut mid-line, every buurtpunt on exactly one page, the screen's own first on "status";
 * a block too tall for a page of its own shows exactly what the plan says fits. The sample keeps its
 * one page. On the touch screen's hours page a name of one long word wraps inside its block.
 */
import type { Page } from '@playwright/test';
import { resolveRendererConfig } from '../../core/config/device-config';
import type { ContentInput } from '../../core/content/schema';
import { validateContent } from '../../core/content/validate';
import { buildStatusSlides, statusBlocks } from '../../core/deck/status-slides';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { sampleContent, startTestKiosk, writeContentDir } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { cutStatusBlocks } from '../support/cut-blocks';
import { minimumTextPx, smallestText } from '../support/readability';
import { holdSlides, nextSlide, settledSlideKey } from '../support/rotation';
import { STATUS_CASES, statusContent } from '../support/status-content';

test.use({ timezoneId: 'UTC' });

/** Thursday 3 December 2026, 20:00 in Brussels: every buurtpunt closed, nothing changes before midnight. */
const AT = '2026-12-03T20:00:00+01:00';
const OWN = 'hof-ten-rode';

/** A content to check: its buurtpunten, and the pages (buurtpunten in order) it must get. */
interface StatusCase {
  name: string;
  content: () => ContentInput;
  pages: string[][];
}

const made = (name: string, count: number, only?: string) => () =>
  statusContent(sampleContent(), STATUS_CASES[name]!, count, only);

const CASES: StatusCase[] = [
  { name: 'the sample', content: () => statusContent(sampleContent(), () => {}), pages: [[OWN, 'bijloke']] },
  { name: 'two changes', content: made('two changes', 2, OWN), pages: [[OWN], ['bijloke']] },
  {
    name: 'an 80-character note',
    content: made('an 80-character note', 2, OWN),
    pages: [[OWN], ['bijloke']],
  },
  {
    name: '120-character notes',
    content: made('120-character notes', 2, OWN),
    pages: [[OWN], ['bijloke']],
  },
  { name: 'six blocks a day', content: made('six blocks a day', 2), pages: [[OWN], ['bijloke']] },
  {
    name: '120-character name and street',
    content: made('120-character name and street', 2),
    pages: [[OWN], ['bijloke']],
  },
  {
    name: 'six blocks a day and 120-character notes (one change shown)',
    content: made('six blocks a day and 120-character notes', 2, OWN),
    pages: [[OWN], ['bijloke']],
  },
  {
    name: 'everything at its longest (no week table)',
    content: made('everything at its longest', 2, OWN),
    pages: [[OWN], ['bijloke']],
  },
  {
    name: 'three buurtpunten with 120-character notes',
    content: made('120-character notes', 3),
    pages: [[OWN], ['bijloke'], ['buurtpunt-3']],
  },
  {
    name: 'five buurtpunten with two changes',
    content: made('two changes', 5),
    pages: [[OWN], ['bijloke', 'buurtpunt-3'], ['buurtpunt-4', 'buurtpunt-5']],
  },
  {
    name: 'five buurtpunten with a 120-character name and street',
    content: made('120-character name and street', 5),
    pages: [[OWN], ['bijloke'], ['buurtpunt-3'], ['buurtpunt-4'], ['buurtpunt-5']],
  },
];

/**
 * What is not whole in the status slide on screen: the week table and the changes may be left out
 * by the plan, so only the name, address, badge and sentence must be there; every line of text must
 * be inside its block.
 */
const cutBlocks = (page: Page) =>
  cutStatusBlocks(page, {
    parts: ['.name', '.address', '[data-indicator]', '[data-headline]'],
    partsInside: false,
    linesInside: true,
  });

/** What the status page on screen shows of each block: its changes and how many week rows. */
function shownBlocks(page: Page) {
  return page.locator('[data-slide="status"] [data-location]').evaluateAll((blocks) =>
    blocks.map((block) => ({
      id: block.getAttribute('data-location'),
      variant: block.getAttribute('variant'),
      upcoming: [...(block.shadowRoot?.querySelectorAll('[data-upcoming] li') ?? [])].map(
        (li) => li.textContent,
      ),
      rows: block.shadowRoot?.querySelectorAll('tr').length ?? 0,
    })),
  );
}

/** The same, as core plans the status pages at the page's instant. */
async function plannedBlocks(page: Page, content: ContentInput, index: number) {
  const now = await page.evaluate(() => Date.now());
  const valid = validateContent(content);
  if (!valid.ok) throw new Error('the test content does not validate');
  const config = resolveRendererConfig({ location: OWN });
  const slide = buildStatusSlides(valid.content, config, now).slides[index]!;
  return statusBlocks(slide, now, true).map((b) => ({
    id: b.id,
    variant: b.large ? 'own' : 'other',
    upcoming: b.upcoming,
    rows: b.week.length,
  }));
}

for (const size of SCREEN_SIZES) {
  for (const c of CASES) {
    test(`${c.name}: every status block whole, each buurtpunt once, the own first, at ${size.name}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const content = c.content();
      const folder = writeContentDir(content);
      const kiosk = await startTestKiosk({
        contentDir: folder.dir,
        location: OWN,
        buildDate: '2026-11-01',
        clock: () => Date.parse(AT),
      });
      holdSlides(kiosk);
      try {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.clock.install({ time: Date.parse(AT) });
        const response = await page.goto(kiosk.url);
        // The server draws the first page: the own buurtpunt (and the next, when they fit together).
        const drawn = (await response?.text()) ?? '';
        for (const id of c.pages.flat())
          expect(drawn.includes(`data-location="${id}"`), `${id} drawn`).toBe(c.pages[0]!.includes(id));
        let key = await settledSlideKey(page);
        for (const [index, ids] of c.pages.entries()) {
          if (index > 0) key = await nextSlide(page, key);
          const where = `page ${index + 1}`;
          expect(key, where).toBe(index === 0 ? 'status' : `status-${index + 1}`);
          const blocks = page.locator('[data-slide="status"] [data-location]');
          await expect(blocks).toHaveCount(ids.length);
          expect(
            await blocks.evaluateAll((els) => els.map((el) => el.getAttribute('data-location'))),
            where,
          ).toEqual(ids);
          await animationsDone(page);
          expect(await shownBlocks(page), where).toEqual(await plannedBlocks(page, content, index));
          expect(await cutBlocks(page), where).toEqual([]);
          expect(await findLayoutProblems(page), where).toEqual([]);
          const smallest = await smallestText(page);
          expect(smallest!.px, JSON.stringify(smallest)).toBeGreaterThanOrEqual(minimumTextPx(size));
          await page.screenshot({ path: test.info().outputPath(`status-${index + 1}-${size.name}.png`) });
        }
        // The status pages are over: the rotation moves on to the activities.
        key = await nextSlide(page, key);
        expect(key.startsWith('status'), 'after the status pages').toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await kiosk.close();
        folder.remove();
      }
    });
  }
}

/** A buurtpunt name of one long word, the audit's. */
const LONG_WORD_NAME = 'Buurtopbouwwerkersvergaderingsverslagencommissievoorzittersv';

for (const size of SCREEN_SIZES.filter((s) => s.width > s.height)) {
  test(`wraps a name of one long word inside its block on the touch screen's hours page at ${size.name}`, async ({
    page,
  }) => {
    const content = sampleContent();
    content.locations[1]!.name = LONG_WORD_NAME;
    const folder = writeContentDir(content);
    const kiosk = await startTestKiosk({
      contentDir: folder.dir,
      location: OWN,
      clock: () => Date.parse(AT),
    });
    holdSlides(kiosk);
    try {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.install({ time: Date.parse(AT) });
      await page.goto(kiosk.url);
      await settledSlideKey(page);
      await page.mouse.click(size.width / 2, size.height / 2);
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await page.locator('[data-section="hours"]').click();
      const block = page.locator(`[data-page="hours"] [data-location="${OWN}"]`);
      await expect(block).toBeVisible();
      await animationsDone(page);
      const name = block.locator('.name');
      await expect(name).toHaveText(LONG_WORD_NAME);
      const [nameBox, blockBox] = [await name.boundingBox(), await block.boundingBox()];
      expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(blockBox!.x + blockBox!.width);
      expect(await findLayoutProblems(page)).toEqual([]);
    } finally {
      await kiosk.close();
      folder.remove();
    }
  });
}
