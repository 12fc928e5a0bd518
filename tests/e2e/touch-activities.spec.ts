/**
 * The touch screen's activities with long texts that `validate` accepts, at every screen size: a
 * page of the list holds only as many activities as fit it (core/interactive/activity-list-fit.ts),
 * so every card is whole and every activity is listed once, in order, also on random lists and on
 * lists as long as still fit a page; a long description scrolls in the detail view, by finger in
 * portrait too, to its last line, and its first line starts at the top of its box.
 */
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { validateContent } from '../../core/content/validate';
import { activityEntries } from '../../core/interactive/activity-entries';
import { activityListFits } from '../../core/interactive/activity-list-fit';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { openHeldKiosk } from '../support/held-kiosk';
import { sampleContent } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { settledSlideKey } from '../support/rotation';
import { CLOCK_START, dayFromToday, rotationContent } from '../support/rotation-content';
import { swipe } from '../support/touch';

/** The audit's titles: 120 characters, the schema's longest. */
const longestTitle = (i: number) =>
  `Grote buurtbabbel met verse soep, koffie en taart voor alle buren van Hof ten Rode en Baasrode, met een verrassing voor${i}`;
/** The audit's place. */
const HALL =
  'In de grote zaal van het ontmoetingscentrum De Kapel, ingang via de zijdeur naast de parking en de speeltuin';
/** `length` characters of Dutch prose ending in a full stop, as the audit wrote its descriptions. */
function prose(length: number): string {
  const sentence =
    'Buurtbewoners de weg wijzen naar diensten en hulpverlening, drempels en hiaten in kaart brengen en signalen uit de buurt opvangen. ';
  return `${sentence
    .repeat(Math.ceil(length / sentence.length))
    .slice(0, length - 1)
    .trimEnd()}.`;
}

type Activity = NonNullable<ContentInput['activities']>[number];

/** `count` activities on consecutive days from tomorrow, the i-th made by `make(i)`. */
function daily(count: number, make: (i: number) => Omit<Activity, 'start' | 'end'>): Activity[] {
  return Array.from({ length: count }, (_, i) => {
    const day = dayFromToday(i + 1);
    return { ...make(i), start: `${day}T10:00`, end: `${day}T12:00` };
  });
}

/** The rotation tests' content with `activities`. */
function withActivities(activities: Activity[]): ContentInput {
  const content = rotationContent();
  content.activities = activities;
  return content;
}

/** A kiosk for Hof ten Rode on `content`, the page opened at `size` on the touch screen's list. */
async function openList(page: Page, content: ContentInput, size: { width: number; height: number }) {
  const close = await openHeldKiosk(page, content, size, CLOCK_START);
  await settledSlideKey(page);
  await page.mouse.click(size.width / 2, size.height / 2);
  await page.locator('[data-section="activities"]').click();
  await expect(page.locator('[data-page="activities"]')).toBeVisible();
  return close;
}

/** The titles the screen lists, page by page, each page checked whole (`where` names it). */
async function listedPages(page: Page, where: string): Promise<string[][]> {
  const pages: string[][] = [];
  for (let n = 1; ; n++) {
    await expect(page.locator('kiosk-interactive .content > *')).toHaveCount(1);
    if (n > 1) await expect(page.locator('.pager')).toContainText(`Pagina ${n} van`);
    await animationsDone(page);
    expect(await findLayoutProblems(page), `${where}, page ${n}`).toEqual([]);
    pages.push(await page.locator('kiosk-activities-page .title').allTextContents());
    const next = page.locator('[data-pager="next"]:enabled');
    if ((await next.count()) === 0) return pages;
    await next.click();
  }
}

/** The activities the list must show, soonest first, worded as on screen. */
function entriesOf(content: ContentInput) {
  const result = validateContent(content);
  if (!result.ok) throw new Error(`test content does not validate: ${JSON.stringify(result.problems)}`);
  return activityEntries(result.content, CLOCK_START.getTime(), true);
}
const expectedTitles = (content: ContentInput) => entriesOf(content).map((e) => e.title);

/** A small seeded random source, so a failing list can be made again. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), next };
}

const WORDS = (
  'Grote buurtbabbel met verse soep, koffie en taart voor alle buren van Hof ten Rode en Baasrode. ' +
  'Hulp bij je smartphone, je tablet en het aanmelden bij de bank of de mutualiteit. Repair café: ' +
  'breng je kapotte lamp, broek of fiets mee. Nieuwjaarsdrink in het ontmoetingscentrum De Kapel, ' +
  'ingang via de zijdeur naast de parking. Vertrek aan de kerk van Baasrode, langs de Schelde.'
).split(' ');

/**
 * Random lists, and lists as long as still fit: `count` activities of random titles, times and
 * places, of which the first `tuned` get the longest titles (up to 120 characters) at which they
 * still fit a page under the pager (`alone`: the only page, without one).
 */
function randomList(seed: number, count: number, tuned: number, alone = false): ContentInput {
  const random = seeded(seed);
  const text = (length: number) => {
    let out = '';
    for (let i = random.int(0, WORDS.length - 1); out.length < length; i++)
      out += `${WORDS[i % WORDS.length]} `;
    return out.slice(0, length).trim();
  };
  const times = [
    ['10:00', '12:00', 0],
    ['09:30', '11:30', 0],
    ['20:00', '00:00', 1],
    ['18:45', '23:45', 3],
  ] as const;
  let day = 1;
  const content = withActivities(
    Array.from({ length: count }, () => {
      const [from, until, nights] = times[random.int(0, times.length - 1)]!;
      day += random.int(0, 2);
      const where = random.int(0, 2);
      return {
        title: text(random.int(4, 120)),
        start: `${dayFromToday(day)}T${from}`,
        end: `${dayFromToday(day + nights)}T${until}`,
        ...(where !== 1 ? { location: random.next() < 0.5 ? 'bijloke' : 'hof-ten-rode' } : {}),
        ...(where !== 0 ? { place: text(random.int(4, 120)) } : {}),
        ...(random.next() < 0.3 ? { image: 'images/koffie.png' } : {}),
      };
    }),
  );
  const fits = () => activityListFits(entriesOf(content).slice(0, alone ? undefined : 4), alone);
  for (let i = 0; i < tuned; i++) {
    const long = text(120);
    const activity = content.activities![i]!;
    let low = 4;
    let high = long.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      activity.title = long.slice(0, middle).trimEnd();
      if (fits()) low = middle;
      else high = middle - 1;
    }
    activity.title = long.slice(0, low).trimEnd();
  }
  return content;
}

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test('the sample’s four activities stay on one page, every card whole', async ({ page }) => {
      const content = sampleContent();
      const close = await openList(page, content, size);
      try {
        expect(await listedPages(page, `the sample at ${size.name}`)).toEqual([expectedTitles(content)]);
        await expect(page.locator('.pager')).toHaveCount(0);
      } finally {
        await close();
      }
    });

    test('eight activities with 120-character titles and a long place: two a page, whole, all eight in order', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const content = withActivities(daily(8, (i) => ({ title: longestTitle(i), place: HALL })));
      const close = await openList(page, content, size);
      try {
        const pages = await listedPages(page, `the audit's list at ${size.name}`);
        expect(pages.map((titles) => titles.length)).toEqual([2, 2, 2, 2]);
        expect(pages.flat()).toEqual(Array.from({ length: 8 }, (_, i) => longestTitle(i)));
        await expect(page.locator('.pager')).toContainText('Pagina 4 van 4');
        if (size.height > 600)
          await expect(page.locator('kiosk-activities-page .place').last()).toHaveText(HALL);
      } finally {
        await close();
      }
    });

    test('four activities at the longest place: two a page, whole, three lines of the place in the list and all of it in the detail', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const text = (n: number) => `${'Kerkstraat '.repeat(20).slice(0, n - 1)}x`;
      const content = withActivities(
        daily(4, (i) => ({ title: longestTitle(i), location: 'bijloke', place: text(120) })),
      );
      const bijloke = content.locations!.find((l) => l.id === 'bijloke')!;
      bijloke.name = text(120);
      bijloke.address = { street: text(117), postalCode: '9200', city: text(114) };
      const place = entriesOf(content)[0]!.place;
      expect(place.length).toBeGreaterThan(480);
      const close = await openList(page, content, size);
      try {
        for (let n = 1; n <= 2; n++) {
          await animationsDone(page);
          expect(await findLayoutProblems(page), `page ${n}`).toEqual([]);
          await expect(page.locator('kiosk-activities-page .title')).toHaveCount(2);
          if (size.height > 600) {
            const shown = await page
              .locator('kiosk-activities-page .place')
              .first()
              .evaluate((el) => ({
                lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
                clipped: el.scrollHeight > el.clientHeight,
              }));
            expect(shown).toEqual({ lines: 3, clipped: true });
          }
          if (n === 1) await page.locator('[data-pager="next"]').click();
        }
        await page.locator('kiosk-activities-page [data-activity]').first().click();
        await expect(page.locator('kiosk-activities-page article .place')).toHaveText(place);
      } finally {
        await close();
      }
    });

    for (const [name, content] of [
      ['a random list of seven', () => randomList(7, 7, 0)],
      ['four as long as still fit a page under the pager', () => randomList(11, 8, 4)],
      ['four as long as still fit the only page', () => randomList(5, 4, 4, true)],
    ] as const) {
      test(`${name}: every page whole, every activity once and in order`, async ({ page }) => {
        test.setTimeout(120_000);
        const list = content();
        const close = await openList(page, list, size);
        try {
          const pages = await listedPages(page, `${name} at ${size.name}`);
          expect(pages.flat()).toEqual(expectedTitles(list));
        } finally {
          await close();
        }
      });
    }
  });
}

/** Where the description's text starts and ends, against its box, on screen. */
function descriptionBox(page: Page) {
  return page.locator('kiosk-activities-page').evaluate((host) => {
    const box = host.shadowRoot!.querySelector<HTMLElement>('.description')!;
    const range = document.createRange();
    range.selectNodeContents(box);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const rect = box.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      firstLineTop: lines[0]!.top,
      lastLineBottom: lines.at(-1)!.bottom,
      lineHeight: parseFloat(getComputedStyle(box).lineHeight),
      scrollTop: box.scrollTop,
      scrollable: box.scrollHeight - box.clientHeight,
      text: box.querySelector('.text')?.textContent,
    };
  });
}

/**
 * The page's layout problems, but not those of the description scrolling on purpose: its box is
 * smaller than its text, and the lines scrolled out of it lie outside the screen.
 */
async function problemsBesideTheDescription(page: Page): Promise<string[]> {
  return (await findLayoutProblems(page)).filter(
    (p) =>
      !p.startsWith('overflow: kiosk-activities-page > div.description') &&
      !p.endsWith('in kiosk-activities-page > span.text'),
  );
}

for (const size of SCREEN_SIZES) {
  test.describe(`the detail at ${size.name}`, () => {
    test.use({ hasTouch: true });

    for (const [name, description, image] of [
      ['1,200 characters with a photo', prose(1200), true],
      ['2,000 characters with a photo', prose(2000), true],
      ['2,000 characters', prose(2000), false],
    ] as const) {
      test(`a description of ${name} starts at the top of its box and scrolls by finger to its last line`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        const content = withActivities(
          daily(1, () => ({
            title: longestTitle(0),
            place: HALL,
            description,
            ...(image ? { image: 'images/koffie.png' } : {}),
          })),
        );
        const close = await openList(page, content, size);
        try {
          await page.locator('[data-activity="activity-0"]').click();
          const shown = page.locator('[data-detail="activity-0"] .description');
          await expect(shown).toHaveText(description);
          await animationsDone(page);
          expect(await problemsBesideTheDescription(page), `detail at ${size.name}`).toEqual([]);
          const before = await descriptionBox(page);
          // No empty line first: the text starts within half a line of the box's top.
          expect(before.firstLineTop - before.top).toBeLessThan(before.lineHeight / 2);
          expect(before.text).toBe(description);
          // The box is on screen and holds less than the whole text: it scrolls.
          expect(before.bottom).toBeLessThanOrEqual(size.height);
          expect(before.scrollable).toBeGreaterThan(0);
          // A finger drawn upwards over the description scrolls it, and nothing else happens.
          const rect = (await shown.boundingBox())!;
          const x = rect.x + rect.width / 2;
          await swipe(page, { x, y: rect.y + rect.height * 0.8 }, { x, y: rect.y + rect.height * 0.2 });
          await expect.poll(async () => (await descriptionBox(page)).scrollTop).toBeGreaterThan(0);
          await expect(page.locator('[data-detail="activity-0"]')).toBeVisible();
          // Scrolled to its end, the last line shows whole at the bottom of the box.
          await shown.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
          const after = await descriptionBox(page);
          expect(after.scrollTop).toBe(after.scrollable);
          expect(after.lastLineBottom).toBeLessThanOrEqual(after.bottom + 1);
          expect(after.lastLineBottom).toBeGreaterThan(after.bottom - after.lineHeight * 1.5);
        } finally {
          await close();
        }
      });
    }
  });
}
