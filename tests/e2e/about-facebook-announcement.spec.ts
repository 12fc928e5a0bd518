/**
 * Long texts that `validate` accepts on the about, Facebook and announcement slides, at every screen
 * size. The about pages are planned by the length of their texts (core/deck/about-slides.ts): the
 * audit's 250-character aims, a 400-character introduction with 300-character aims and a 60-character
 * aim title each take more pages, every text whole and the Sociaal Huis contact line whole on every
 * page, here and on the touch screen; a 2,000-character text ends after whole lines with "…". The
 * organisation's 66-character e-mail address breaks before its "@". A long buurt name or note wraps
 * inside its Facebook card, and a 500-character link is printed in four lines with "…", its QR code
 * whole in its card and readable. An announcement keeps staff's line breaks.
 */
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { animationsDone } from '../support/animations';
import { openHeldKiosk } from '../support/held-kiosk';
import { sampleContent } from '../support/kiosk-server';
import { findLayoutProblems } from '../support/layout-checks';
import { readQrOnScreen } from '../support/qr-decode';
import { nextSlide, settledSlideKey } from '../support/rotation';

/** Thursday 3 December 2026, 11:00 in Brussels: the sample's announcements are visible. */
const CLOCK = new Date('2026-12-03T10:00:00Z');

/** The audit's prose: `n` characters of the sample's first aim, repeated, ending in a full stop. */
function words(
  n: number,
  seed = 'Buurtbewoners de weg wijzen naar diensten en hulpverlening, drempels en hiaten in kaart brengen en signalen uit de buurt opvangen. ',
): string {
  return `${seed
    .repeat(Math.ceil(n / seed.length))
    .slice(0, n - 1)
    .trimEnd()}.`;
}

/** A 60-character Dutch compound, no place to break it (the audit's). */
const COMPOUND = 'Buurtopbouwwerkersvergaderingsverslagencommissievoorzittersv';
const EMAIL_66 = 'informatie.buurtopbouwwerk.dendermonde@sociaalhuis-dendermonde.be';
const CONTACT = 'Meer informatie over het project: Sociaal Huis · indebuurt@dendermonde.be · 052 37 85 00';

/** The sample with `change`, for the kiosk of Hof ten Rode. */
function content(change: (c: ContentInput) => void = () => {}): ContentInput {
  const c = sampleContent();
  change(c);
  return c;
}

/** A kiosk on `c` with every slide held, the page opened at `size`; returns the clean-up. */
function open(page: Page, c: ContentInput, size: { width: number; height: number }) {
  return openHeldKiosk(page, c, size, CLOCK);
}

/** Moves the rotation on to the first slide whose key starts with `kind`; its key. */
async function rotateTo(page: Page, kind: string): Promise<string> {
  let key = await settledSlideKey(page);
  for (let step = 0; step < 20 && !key.startsWith(kind); step++) key = await nextSlide(page, key);
  expect(key.startsWith(kind), `${kind} not in the rotation`).toBe(true);
  return key;
}

/**
 * What is not whole on the slide `selector` shows: a block of its room (or of a card) outside the
 * room, on top of the one before it, or clipping its own words; a text ended on purpose
 * (`data-lines`) that shows anything but that many whole lines inside the room, or that was not
 * ended at all. Then the page's layout problems, but for those of the hidden lines of an ended text.
 */
async function notWhole(page: Page, selector: string): Promise<string[]> {
  const own = await page.locator(selector).evaluate((host) => {
    const root = host.shadowRoot;
    const fill = root?.querySelector('.fill');
    if (!root || !fill) return ['no slide'];
    const room = fill.getBoundingClientRect();
    const problems: string[] = [];
    const inside = (r: DOMRect) =>
      r.left >= room.left - 1 &&
      r.right <= room.right + 1 &&
      r.top >= room.top - 1 &&
      r.bottom <= room.bottom + 1;
    const name = (el: Element) => `${el.localName}${el.className ? `.${el.className}` : ''}`;
    let previous: DOMRect | null = null;
    for (const block of fill.querySelectorAll(':scope > *, li > *, .card > *')) {
      const box = block.getBoundingClientRect();
      if (box.height === 0) continue;
      if (!inside(box)) problems.push(`${name(block)}: outside the room`);
      if (block.parentElement === fill && previous && box.top < previous.bottom - 1)
        problems.push(`${name(block)}: on top of the block before it`);
      if (block.parentElement === fill) previous = box;
      const el = block as HTMLElement;
      const lines = el.dataset.lines;
      const style = getComputedStyle(el);
      if (lines !== undefined) {
        const shown = box.height / parseFloat(style.lineHeight);
        if (Math.abs(shown - Number(lines)) > 0.05)
          problems.push(`${name(el)}: ${shown.toFixed(2)} lines, not ${lines}`);
        if (el.scrollHeight <= el.clientHeight) problems.push(`${name(el)}: ended but whole`);
        continue;
      }
      const overhang = 0.3 * parseFloat(style.fontSize);
      if (el.scrollHeight > el.clientHeight + overhang || el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)}: clipped`);
    }
    return problems;
  });
  const ended = await page.locator(`${selector} [data-lines]`).evaluateAll((els) =>
    els.map((el) => {
      const host = (el.getRootNode() as ShadowRoot).host.localName;
      const cls = el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${host} > ${el.localName}${cls}`;
    }),
  );
  const hidden = (problem: string) =>
    ended.some(
      (name) =>
        problem.startsWith(`overflow: ${name} (`) ||
        new RegExp(` in ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: and |$)`).test(problem),
    );
  return [...own, ...(await findLayoutProblems(page)).filter((p) => !hidden(p))];
}

const BUURTEN = 'In de buurten Broekkant, Donck-Vlotgras, ’t Keur-Blauwe Steen, Wastijne en Hof ten Rode.';

/**
 * Checks one about page (`selector`), page `index` of `count`: whole, its aims `titles`, the
 * introduction on the first page only, the buurten on the last only, the sample's contact line on
 * every page, whole and in view.
 */
async function checkAboutPage(page: Page, selector: string, titles: string[], index: number, count: number) {
  const about = page.locator(selector);
  await expect(about.locator('h3')).toHaveText(titles);
  await animationsDone(page);
  expect(await notWhole(page, selector), `page ${index + 1}`).toEqual([]);
  await expect(about.locator('.intro')).toHaveCount(index === 0 ? 1 : 0);
  await expect(about.locator('.buurten')).toHaveText(index === count - 1 ? [BUURTEN] : []);
  await expect(about.locator('.contact')).toHaveText(CONTACT);
  // In view but for a fraction of a pixel of its line box (notWhole allows a pixel at the room's edge).
  await expect(about.locator('.contact')).toBeInViewport({ ratio: 0.99 });
}

/**
 * The about pages on the rotation and then on the touch screen, each checked (checkAboutPage);
 * `pages` are the aims' titles page by page. Ends on the touch screen's last about page.
 */
async function checkAbout(page: Page, size: { width: number; height: number }, pages: string[][]) {
  let key = await rotateTo(page, 'about');
  for (const [index, titles] of pages.entries()) {
    if (index > 0) key = await nextSlide(page, key);
    expect(key).toBe(index === 0 ? 'about' : `about-${index + 1}`);
    await checkAboutPage(page, '[data-slide="about"]', titles, index, pages.length);
  }
  expect(await nextSlide(page, key)).not.toMatch(/^about/);

  await page.mouse.click(size.width / 2, size.height / 2);
  await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
  await page.locator('[data-section="about"]').click();
  for (const [index, titles] of pages.entries()) {
    if (index > 0) await page.locator('[data-pager="next"]').click();
    await checkAboutPage(page, 'kiosk-about-slide[data-page="about"]', titles, index, pages.length);
  }
}

const SAMPLE_AIMS = [
  'Brugfiguur zijn',
  'Werken aan buurtcohesie',
  'Inrichting en beleving van de publieke ruimte',
];

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test('the sample’s about slide: one page as before, every line whole', async ({ page }) => {
      test.setTimeout(120_000);
      const close = await open(page, content(), size);
      try {
        await checkAbout(page, size, [SAMPLE_AIMS]);
      } finally {
        await close();
      }
    });

    test('250-character aims: two pages, the buurten and the contact whole', async ({ page }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.about.aims = c.about.aims.map((a) => ({ ...a, text: words(250) }));
        }),
        size,
      );
      try {
        await checkAbout(page, size, [SAMPLE_AIMS.slice(0, 2), SAMPLE_AIMS.slice(2)]);
      } finally {
        await close();
      }
    });

    test('a 400-character introduction with 300-character aims: an aim a page, nothing cut', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.about.intro = words(
            400,
            'Groep INTRO vzw voert in opdracht van het lokaal bestuur buurtopbouwwerk uit in Dendermonde. ',
          );
          c.about.aims = c.about.aims.map((a) => ({ ...a, text: words(300) }));
        }),
        size,
      );
      try {
        await checkAbout(
          page,
          size,
          SAMPLE_AIMS.map((title) => [title]),
        );
      } finally {
        await close();
      }
    });

    test('a 60-character aim title: the page still fits, the third aim on a page of its own', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.about.aims[0]!.title = COMPOUND;
        }),
        size,
      );
      try {
        await checkAbout(page, size, [[COMPOUND, SAMPLE_AIMS[1]!], [SAMPLE_AIMS[2]!]]);
      } finally {
        await close();
      }
    });

    test('a 2,000-character aim ends after whole lines with "…" on a page of its own', async ({ page }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.about.aims[1]!.text = words(2000);
        }),
        size,
      );
      try {
        await checkAbout(
          page,
          size,
          SAMPLE_AIMS.map((title) => [title]),
        );
        // Planned for the 800×480 touch page: 11 lines of it, on every screen (notWhole checked them).
        await page.locator('[data-pager="previous"]').click();
        const ended = page.locator('kiosk-about-slide[data-page="about"] li p');
        await expect(ended).toHaveAttribute('data-lines', '11');
        await expect(ended).toHaveText(words(2000));
      } finally {
        await close();
      }
    });

    test('a 66-character e-mail address of the Sociaal Huis breaks before its "@", never inside', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.organisation.email = EMAIL_66;
        }),
        size,
      );
      try {
        await rotateTo(page, 'about');
        await animationsDone(page);
        expect(await notWhole(page, '[data-slide="about"]')).toEqual([]);
        const email = page.locator('[data-slide="about"] .contact .email');
        await expect(email).toHaveText(EMAIL_66);
        // Each part on one line: the local part's and the domain's words each in one line box.
        const tops = await email.evaluate((el) =>
          [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent !== '')
            .map((n) => {
              const range = document.createRange();
              range.selectNodeContents(n);
              return new Set(
                [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
              ).size;
            }),
        );
        expect(tops).toEqual([1, 1]);
      } finally {
        await close();
      }
    });
  });
}

/** A link of `n` characters to a post in Hof ten Rode's Facebook group (the audit's, at 500). */
const permalink = (n: number) => {
  const start = 'https://www.facebook.com/groups/buurthoftenrode/permalink/';
  return start + '1234567890'.repeat(50).slice(0, n - start.length);
};

/**
 * The Facebook slide's cards on screen: each card inside the room, each QR code whole inside its
 * card, and each read off the screen as a phone would (the other masked) to the link it carries.
 */
async function checkFacebook(page: Page, links: Record<string, string>, where: string) {
  await rotateTo(page, 'facebook');
  await animationsDone(page);
  expect(await notWhole(page, '[data-slide="facebook"]'), where).toEqual([]);
  for (const [location, url] of Object.entries(links)) {
    const card = page.locator(`[data-facebook="${location}"]`);
    const inside = await card.evaluate((el) => {
      const qr = el.querySelector('kiosk-qr-code')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const room = (el.getRootNode() as ShadowRoot).querySelector('.fill')!.getBoundingClientRect();
      const within = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      return { qrInCard: within(qr, box), cardInRoom: within(box, room) };
    });
    expect(inside, `${location} at ${where}`).toEqual({ qrInCard: true, cardInRoom: true });
    const others = page.locator(`[data-facebook]:not([data-facebook="${location}"]) kiosk-qr-code`);
    const read = await readQrOnScreen(page, [others]);
    expect(read?.text, `${location} at ${where}`).toBe(url);
  }
}

/** A buurtpunt's name of 120 characters, the longest the schema allows. */
const LONG_NAME =
  'Buurtpunt Bijloke in het ontmoetingscentrum De Kapel, ingang via de zijdeur naast de parking en de speeltuin Dendermonde';

/** A Dutch buurt name of 120 characters, the longest the schema allows. */
const LONG_BUURT =
  'Donck-Vlotgras, Bijloke, Sint-Gillis-Dorp en de wijken rond de Kerkstraat tot aan de Dender en de Schelde in Dendermonde';

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test('a 500-character Facebook link: four printed lines with "…", its QR code whole and readable', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const url = permalink(500);
      const close = await open(
        page,
        content((c) => {
          c.locations[1]!.facebook = { url };
        }),
        size,
      );
      try {
        await checkFacebook(
          page,
          { 'hof-ten-rode': url, bijloke: 'https://www.facebook.com/profile.php?id=100088118940159' },
          size.name,
        );
        const printed = page.locator('[data-facebook="hof-ten-rode"] .url');
        await expect(printed).toHaveAttribute('data-lines', '4');
        await expect(printed).toHaveText(url.replace('https://www.', ''));
        // The sample's link stays whole, as before.
        await expect(page.locator('[data-facebook="bijloke"] .url')).not.toHaveAttribute('data-lines');
      } finally {
        await close();
      }
    });

    for (const [longest, names] of [
      [60, 'names and buurten of 60 characters, printed whole'],
      [120, 'names and buurten of 120 characters, ended after two lines'],
    ] as const) {
      test(`${names} and a 500-character link: every QR code whole in its card`, async ({ page }) => {
        test.setTimeout(120_000);
        const url = permalink(500);
        const close = await open(
          page,
          content((c) => {
            c.locations[0]!.name = LONG_NAME.slice(0, longest);
            c.locations[0]!.buurt = LONG_BUURT.slice(0, longest);
            c.locations[1]!.name =
              `Buurtpunt ${COMPOUND} Hof ten Rode in Baasrode aan de Schelde en Dender`.slice(0, longest);
            c.locations[1]!.buurt = LONG_BUURT.slice(0, longest);
            c.locations[1]!.facebook = { url };
          }),
          size,
        );
        try {
          await checkFacebook(
            page,
            { 'hof-ten-rode': url, bijloke: 'https://www.facebook.com/profile.php?id=100088118940159' },
            size.name,
          );
          const ended = longest > 60 ? '2' : null;
          for (const text of ['h3', '.buurt'])
            for (const location of ['bijloke', 'hof-ten-rode']) {
              const shown = page.locator(`[data-facebook="${location}"] ${text}`);
              if (ended === null) await expect(shown).not.toHaveAttribute('data-lines');
              else await expect(shown).toHaveAttribute('data-lines', ended);
            }
        } finally {
          await close();
        }
      });
    }

    test('a 60-character compound in a buurt name and in a note wraps inside its card', async ({ page }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.locations[1]!.buurt = COMPOUND;
          c.locations[1]!.facebook = { note: COMPOUND };
        }),
        size,
      );
      try {
        await rotateTo(page, 'facebook');
        await animationsDone(page);
        expect(await notWhole(page, '[data-slide="facebook"]')).toEqual([]);
        await expect(page.locator('[data-facebook="hof-ten-rode"] .buurt')).toHaveText(`Buurt ${COMPOUND}`);
        await expect(page.locator('[data-facebook="hof-ten-rode"] .note')).toHaveText(
          // The note continues "Facebookpagina …" in lower case (core/deck/facebook-slides.ts).
          `Facebookpagina ${COMPOUND.toLowerCase()}`,
        );
      } finally {
        await close();
      }
    });
  });
}

/** The announcement slide on screen, whole; the lines of its text as shown, each on a line of its own. */
async function shownLines(page: Page): Promise<string[]> {
  await rotateTo(page, 'announcement');
  await animationsDone(page);
  expect(await notWhole(page, '[data-slide="announcement"]')).toEqual([]);
  return page.locator('[data-slide="announcement"] .text').evaluate((el) => {
    // Each line break staff wrote starts a new line box at the paragraph's left edge.
    const left = el.getBoundingClientRect().left;
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent !== '')!;
    const text = node.textContent ?? '';
    const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    let top = -Infinity;
    return starts.flatMap((start) => {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? undefined : end);
      if (line.trim() === '') return [line];
      const range = document.createRange();
      const first = start + line.length - line.trimStart().length;
      range.setStart(node, first);
      range.setEnd(node, first + 1);
      const box = range.getBoundingClientRect();
      const own = box.top > top && Math.abs(box.left - left) < 2;
      top = box.top;
      return [own ? line.trim() : `(run on) ${line.trim()}`];
    });
  });
}

/** An announcement title of 120 characters, the longest. */
const LONGEST_TITLE =
  'Uitnodiging: grote nieuwjaarsreceptie voor alle buren van Donck-Vlotgras en Hof ten Rode in het ontmoetingscentrum De Ka';

/** `count` short lines: "- punt 1", "- punt 2", … */
const list = (count: number) => Array.from({ length: count }, (_, i) => `- punt ${i + 1}`).join('\n');

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test('an announcement keeps staff’s line breaks: greeting, list and signature each on their own line', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.announcements = [
            {
              title: 'Beste buren, we zijn gesloten',
              text: 'Beste buren,\n\nHet buurtpunt is volgende week gesloten.\n\n- maandag: vergadering\n- dinsdag: opleiding\n\tTot dan!\n\nGroeten,\nKaoutar',
            },
          ];
        }),
        size,
      );
      try {
        expect(await shownLines(page)).toEqual([
          'Beste buren,',
          '',
          'Het buurtpunt is volgende week gesloten.',
          '',
          '- maandag: vergadering',
          '- dinsdag: opleiding',
          'Tot dan!',
          '',
          'Groeten,',
          'Kaoutar',
        ]);
      } finally {
        await close();
      }
    });

    test('sixty empty lines show as one: the second paragraph stays on screen', async ({ page }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.announcements = [
            { title: 'Twee alinea’s', text: `Eerste alinea.${'\n'.repeat(60)}Tweede alinea.` },
          ];
        }),
        size,
      );
      try {
        expect(await shownLines(page)).toEqual(['Eerste alinea.', '', 'Tweede alinea.']);
        await expect(page.locator('[data-slide="announcement"] .text')).toBeInViewport({ ratio: 0.99 });
      } finally {
        await close();
      }
    });

    test('as many short lines as pass the check fit under the longest title, with and without a photo', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const close = await open(
        page,
        content((c) => {
          c.announcements = [
            { title: LONGEST_TITLE, text: list(14) },
            { title: `${LONGEST_TITLE.slice(0, 118)} 2`, text: list(11), image: 'images/koffie.png' },
          ];
        }),
        size,
      );
      try {
        expect(await shownLines(page)).toEqual(list(14).split('\n'));
        const key = await settledSlideKey(page);
        expect(await nextSlide(page, key)).toMatch(/^announcement/);
        await animationsDone(page);
        expect(await notWhole(page, '[data-slide="announcement"]')).toEqual([]);
        await expect(page.locator('[data-slide="announcement"] .text')).toBeInViewport({ ratio: 0.99 });
      } finally {
        await close();
      }
    });
  });
}
