/**
 * Long texts that `validate` accepts, at every screen size: the services and activities slides
 * put fewer items on a page when their texts are long (core/deck/service-slides.ts,
 * activity-slides.ts), so every item's title, description, time and place is whole inside its
 * card and the card inside the slide, nothing clipped. The two contents are the ones an audit
 * found cut off at 800×480 with six and four to a page. A description too long for any page gets
 * one of its own and ends after the lines that fit, with "…", on the rotation and the touch screen.
 */
import type { Locator, Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { openHeldKiosk } from '../support/held-kiosk';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { minimumTextPx, smallestText } from '../support/readability';
import { nextSlide, settledSlideKey } from '../support/rotation';
import { CLOCK_START, rotationContent } from '../support/rotation-content';

/** The audit's description: 208 characters, five lines in a card at 800×480. */
const PAPERS =
  'Heb je een vraag over je brieven, je energiefactuur of een formulier van de gemeente? Kom langs, we bekijken het samen en zoeken uit wie je verder kan helpen. Je hoeft geen afspraak te maken en het is gratis.';

/** The audit's titles: 120 characters, the schema's longest. */
const longestTitle = (i: number) =>
  `Grote buurtbabbel met verse soep, koffie en taart voor alle buren van Hof ten Rode en Baasrode, met een verrassing voor${i}`;

/** 2,000 characters of Dutch prose, the schema's longest description. */
const LONGEST_DESCRIPTION = `${`Met een stapel post, een aanmaning of een formulier van de mutualiteit hoef je niet alleen te zitten. ${PAPERS} Buurtbewoners de weg wijzen naar diensten en hulpverlening, drempels en hiaten in kaart brengen en signalen uit de buurt opvangen. `.repeat(6).slice(0, 1999)}.`;

/** Six services with the audit's description: six to a page cut the last row off at 800×480. */
function sixServices(): ContentInput {
  const content = rotationContent();
  content.services = Array.from({ length: 6 }, (_, i) => ({
    title: `Aanbod ${i + 1}: hulp bij papieren`,
    description: PAPERS,
  }));
  return content;
}

/** A service with a 2,000-character description between two short ones on either side. */
function oneTooLong(): ContentInput {
  const content = rotationContent();
  content.services = [
    { title: 'Een babbel met koffie of thee' },
    { title: 'Kleine digitale vragen', description: 'Printen, hulp bij aanmelden, een melding doen, …' },
    { title: 'Hulp bij papieren', description: LONGEST_DESCRIPTION },
    { title: 'Andere buren leren kennen' },
    { title: 'Een idee of melding over of voor de buurt' },
  ];
  return content;
}

/** Four activities with 120-character titles: four to a page cut the fourth place at 800×480. */
function fourLongTitles(): ContentInput {
  const content = rotationContent();
  content.activities = content.activities!.slice(0, 4).map((a, i) => ({ ...a, title: longestTitle(i) }));
  return content;
}

/** A kiosk for Hof ten Rode on `content`, every slide held, the page opened at `size`. */
function open(page: Page, content: ContentInput, size: { width: number; height: number }) {
  return openHeldKiosk(page, content, size, CLOCK_START);
}

/** Moves the rotation on to the first slide of `kind`; its key. */
async function rotateTo(page: Page, kind: string): Promise<string> {
  let key = await settledSlideKey(page);
  for (let step = 0; step < 20 && key.replace(/-\d+$/, '') !== kind; step++) key = await nextSlide(page, key);
  expect(key).toBe(kind);
  return key;
}

/**
 * What is not whole in the slide `slide` (a services or activities slide, on the rotation or the
 * touch screen), one line each: a card outside the slide's room, a text outside its card, a text
 * clipped by its own box, a line of text outside the room. A description ended on purpose
 * (`data-lines`) must show exactly that many whole lines, ending in its card.
 */
function cutItems(slide: Locator): Promise<string[]> {
  return slide.evaluate((host) => {
    const root = host.shadowRoot;
    const fill = root?.querySelector('.fill');
    if (!root || !fill) return ['no slide'];
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
    const room = fill.getBoundingClientRect();
    const problems: string[] = [];
    const items = [...root.querySelectorAll('li')];
    if (items.length === 0) problems.push('no items');
    items.forEach((item, i) => {
      const card = item.getBoundingClientRect();
      if (!inside(card, room)) problems.push(`item ${i + 1}: outside the slide's room`);
      for (const part of item.querySelectorAll<HTMLElement>('.title, .description, .when, .place')) {
        const name = `item ${i + 1} ${part.className}`;
        const box = part.getBoundingClientRect();
        if (!inside(box, card)) problems.push(`${name}: outside its card`);
        const lines = part.dataset.lines;
        if (lines !== undefined) {
          const style = getComputedStyle(part);
          const shown = box.height / parseFloat(style.lineHeight);
          if (style.webkitLineClamp !== lines)
            problems.push(`${name}: clamp ${style.webkitLineClamp}, not ${lines}`);
          if (Math.abs(shown - Number(lines)) > 0.05)
            problems.push(`${name}: ${shown.toFixed(2)} lines shown`);
          continue;
        }
        // A line's box sticks out of a tight line-height by a few pixels above and below its glyphs.
        const overhang = 0.3 * parseFloat(getComputedStyle(part).fontSize);
        if (part.scrollHeight > part.clientHeight + overhang || part.scrollWidth > part.clientWidth + 1)
          problems.push(
            `${name}: clipped (${part.scrollWidth}×${part.scrollHeight} in ${part.clientWidth}×${part.clientHeight})`,
          );
        const range = document.createRange();
        range.selectNodeContents(part);
        for (const line of range.getClientRects()) {
          const out =
            line.left < room.left - 1 ||
            line.right > room.right + 1 ||
            line.top < room.top - overhang ||
            line.bottom > room.bottom + overhang;
          if (line.width > 0 && out) {
            problems.push(`${name}: a line outside the slide's room`);
            break;
          }
        }
      }
    });
    return problems;
  });
}

/**
 * The page's layout problems; with `ended`, not those of the description ended on purpose: it
 * overflows its box, and the lines it hides lie outside the slide (cutItems checks what it shows).
 */
async function layoutProblems(page: Page, ended = false): Promise<string[]> {
  const problems = await findLayoutProblems(page);
  if (!ended) return problems;
  const label = `"${LONGEST_DESCRIPTION.slice(0, 40)}" in kiosk-services-slide > p.description`;
  return problems.filter(
    (p) => !p.includes(label) && !p.startsWith('overflow: kiosk-services-slide > p.description'),
  );
}

/**
 * Checks the slide on screen: its key, its `count` items all whole, no layout problems and no type
 * below the minimum; `ended`: it shows the description ended on purpose.
 */
async function checkRotationPage(
  page: Page,
  size: { name: string; width: number; height: number },
  kind: 'services' | 'activities',
  key: string,
  count: number,
  ended = false,
): Promise<void> {
  const slide = page.locator(`[data-slide="${kind}"]`);
  await expect(page.locator('kiosk-rotation .stage')).toHaveAttribute('data-slide-key', key);
  await expect(slide.locator('li')).toHaveCount(count);
  await animationsDone(page);
  expect(await cutItems(slide), `${key} at ${size.name}`).toEqual([]);
  expect(await layoutProblems(page, ended), `${key} at ${size.name}`).toEqual([]);
  const smallest = await smallestText(page);
  expect(smallest!.px, JSON.stringify(smallest)).toBeGreaterThanOrEqual(minimumTextPx(size));
  await page.screenshot({ path: test.info().outputPath(`${key}-${size.name}.png`) });
}

/** Opens the touch screen's "Over het buurtopbouwwerk" and pages to its services pages; checks each. */
async function checkTouchServices(
  page: Page,
  size: { name: string; width: number; height: number },
  counts: number[],
  ended = false,
): Promise<void> {
  await page.mouse.click(size.width / 2, size.height / 2);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
  await page.locator('[data-section="about"]').click();
  const services = page.locator('kiosk-services-slide[data-page="about"]');
  for (let step = 0; step < 5 && (await services.count()) === 0; step++)
    await page.locator('[data-pager="next"]').click();
  for (const [index, count] of counts.entries()) {
    if (index > 0) await page.locator('[data-pager="next"]').click();
    await expect(services.locator('li')).toHaveCount(count);
    await animationsDone(page);
    expect(await cutItems(services), `touch services page ${index + 1} at ${size.name}`).toEqual([]);
    expect(await layoutProblems(page, ended), `touch services page ${index + 1} at ${size.name}`).toEqual([]);
  }
  await expect(page.locator('[data-pager="next"]')).toBeDisabled();
}

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test('six services with 208-character descriptions: two a page, every card whole, here and on the touch screen', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(page, sixServices(), size);
      try {
        let key = await rotateTo(page, 'services');
        for (const [index, expected] of ['services', 'services-2', 'services-3'].entries()) {
          if (index > 0) key = await nextSlide(page, key);
          expect(key).toBe(expected);
          await checkRotationPage(page, size, 'services', expected, 2);
        }
        await expect(page.locator('[data-slide="services"] .description').last()).toHaveText(PAPERS);
        await checkTouchServices(page, size, [2, 2, 2]);
      } finally {
        await close();
      }
    });

    test('a 2,000-character description gets a page of its own and ends with "…" after whole lines', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(page, oneTooLong(), size);
      try {
        let key = await rotateTo(page, 'services');
        await checkRotationPage(page, size, 'services', 'services', 2);
        key = await nextSlide(page, key);
        await checkRotationPage(page, size, 'services', 'services-2', 1, true);
        const long = page.locator('[data-slide="services"] .description');
        // The lines that fit under a one-line title on the smallest room, the 800×480 touch page.
        await expect(long).toHaveAttribute('data-lines', '13');
        // Ended on purpose: more text than it shows (cutItems checked its lines are whole).
        expect(await long.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
        await nextSlide(page, key);
        await checkRotationPage(page, size, 'services', 'services-3', 2);
        await checkTouchServices(page, size, [2, 1, 2], true);
      } finally {
        await close();
      }
    });

    test('four activities with 120-character titles: two a page, every title, time and place whole', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(page, fourLongTitles(), size);
      try {
        let key = await rotateTo(page, 'activities');
        await checkRotationPage(page, size, 'activities', 'activities', 2);
        key = await nextSlide(page, key);
        await checkRotationPage(page, size, 'activities', 'activities-2', 2);
        const places = page.locator('[data-slide="activities"] .place');
        await expect(places.last()).toHaveText('Vertrek aan de kerk van Baasrode');
        await expect(places.last()).toBeInViewport({ ratio: 1 });
        key = await nextSlide(page, key);
        expect(key).not.toMatch(/^activities/);
      } finally {
        await close();
      }
    });
  });
}
