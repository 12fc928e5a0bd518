/**
 * The Contact page, where a visitor lands to find a phone number, with every number of contacts and
 * texts as long as `validate` accepts, at the four screen sizes: every card shows its phone number
 * whole (its box inside the card and the screen, nothing scrolled away), the e-mail address whole,
 * the name and role whole or ended after their lines with "…", and a QR code only where a phone can
 * read it. A tapped card shows "‹ Alle contacten" and its whole code on screen. An audit found the
 * words squeezed to a letter a line beside the code of a card alone, "+32 473 52 99 0" with its last
 * digit under the code, and the e-mail pushed out by a long role.
 */
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { sampleContent, startTestKiosk, writeContentDir } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { appStarted } from '../support/app';
import { findLayoutProblems } from '../support/layout-checks';
import { readQrOnScreen } from '../support/qr-decode';
import { holdSlides } from '../support/rotation';
import { CLOCK_START } from '../support/rotation-content';

/** The schema's longest name and role and a 183-character e-mail address, all in one contact. */
const LONGEST = {
  name: 'Kaoutar Aarras-El Moussaoui van den Broeck en de Vlaamse Gemeenschapscommissie voor Buurtwerking en Samenlevingsopbouw',
  role: 'Buurtopbouwwerker voor Donck-Vlotgras, Hof ten Rode en Wastijne; aanspreekpunt voor energie, wonen en de buurtraad v',
  phone: '0032 473 52 99 03',
  email: `${'kaoutar.aarras-elmoussaoui.vandenbroeck.buurtopbouwwerk.'.repeat(3)}x@groepintro.be`,
};

/** The Sociaal Huis's description of 227 characters: a paragraph, no line for its card. */
const DESCRIPTION_227 =
  'Voor meer informatie over het buurtopbouwwerk, de buurtpunten, de activiteiten in je buurt en alle andere diensten van het Sociaal Huis kan je terecht aan het onthaal. Kom langs, bel of mail ons: we helpen je graag verder met je vraag.';

const worker = (name: string, phone: string, role = 'Buurtopbouwwerker') => ({
  name,
  role,
  phone,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}@groepintro.be`,
});

/** A content, and what its cards must show, in screen order. */
interface Case {
  content: () => ContentInput;
  phones: string[];
  /** The Sociaal Huis card's second line. */
  organisationRole: string;
}

const SAMPLE_PHONES = ['0473 52 99 03', '0471 61 21 50', '0474 92 13 21', '052 37 85 00'];

const CASES: Record<string, Case> = {
  'the sample: three workers and the Sociaal Huis': {
    content: () => sampleContent(),
    phones: SAMPLE_PHONES,
    organisationRole: 'Meer informatie over het project',
  },
  'the sample’s numbers written the international way: +32, 0032, +31': {
    content: () => {
      const content = sampleContent();
      const phones = ['+32 473 52 99 03', '0032 471 61 21 50', '+31 6 1234 5678'];
      content.contacts = content.contacts!.map((c, i) => ({ ...c, phone: phones[i]! }));
      content.organisation = { ...content.organisation!, phone: '+32 52 37 85 00' };
      return content;
    },
    phones: ['+32 473 52 99 03', '0032 471 61 21 50', '+31 6 1234 5678', '+32 52 37 85 00'],
    organisationRole: 'Meer informatie over het project',
  },
  'no workers: the Sociaal Huis alone': {
    content: () => ({ ...sampleContent(), contacts: [] }),
    phones: ['052 37 85 00'],
    organisationRole: 'Meer informatie over het project',
  },
  'one worker and the Sociaal Huis, two tall cards': {
    content: () => {
      const content = sampleContent();
      content.contacts = [{ ...content.contacts![0]!, phone: '+32 473 52 99 03' }];
      return content;
    },
    phones: ['+32 473 52 99 03', '052 37 85 00'],
    organisationRole: 'Meer informatie over het project',
  },
  'long real names, roles and addresses, and a long name and description for the Sociaal Huis': {
    content: () => {
      const content = sampleContent();
      content.contacts = [
        {
          name: 'Kaoutar Aarras-El Moussaoui',
          role: 'Buurtopbouwwerker voor Donck-Vlotgras, Hof ten Rode en Wastijne; aanspreekpunt voor energie, wonen en de buurtraad',
          phone: '+32 473 52 99 03',
          email: 'kaoutar.aarras-elmoussaoui@groepintro.be',
        },
        worker('Kim Bauwens', '0471 61 21 50', 'Buurtopbouwwerker Donck-Vlotgras en Hof ten Rode'),
        worker('Pieter-Jan Van den Bossche-Vercauteren', '0032 471 61 21 50'),
      ];
      content.organisation = {
        name: 'Sociaal Huis Dendermonde – Dienst Welzijn, Buurtwerking en Samenleven',
        email: 'buurtopbouwwerk.sociaalhuis@dendermonde.be',
        phone: '052 37 85 00',
        description: DESCRIPTION_227,
      };
      return content;
    },
    phones: ['+32 473 52 99 03', '0471 61 21 50', '0032 471 61 21 50', '052 37 85 00'],
    organisationRole: 'Algemene vragen',
  },
  'four workers, one with every field at its longest: three and two a page': {
    content: () => {
      const content = sampleContent();
      content.contacts = [content.contacts![0]!, LONGEST, ...content.contacts!.slice(1)];
      return content;
    },
    phones: ['0473 52 99 03', '0032 473 52 99 03', '0471 61 21 50', '0474 92 13 21', '052 37 85 00'],
    organisationRole: 'Meer informatie over het project',
  },
  'every way of writing a number, on three pages of four': {
    content: () => {
      const content = sampleContent();
      const numbers = [
        '+32 473 52 99 03',
        '0032 471 61 21 50',
        '+32 0474 92 13 21',
        '0473/52.99.03',
        '0471-61-21-50',
        '0474921321',
        '+31 6 1234 5678',
        '+1 212 555 0123 4567',
        '0800 12 345',
        '00 32 2 123 45 67',
        '052 37 85 00',
      ];
      content.contacts = numbers.map((phone, i) => worker(`Collega ${i + 1}`, phone));
      content.organisation = { ...content.organisation!, phone: '+32 52 37 85 00' };
      return content;
    },
    phones: [
      '+32 473 52 99 03',
      '0032 471 61 21 50',
      '+32 474 92 13 21',
      '0473/52.99.03',
      '0471-61-21-50',
      '0474921321',
      '+31 6 1234 5678',
      '+1 212 555 0123 4567',
      '0800 12 345',
      '00 32 2 123 45 67',
      '052 37 85 00',
      '+32 52 37 85 00',
    ],
    organisationRole: 'Meer informatie over het project',
  },
};

/** Starts a kiosk on `content` and opens the touch screen on Contact. */
async function openContacts(page: Page, content: ContentInput) {
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir, location: 'hof-ten-rode' });
  holdSlides(kiosk);
  await page.clock.install({ time: CLOCK_START });
  await page.goto(kiosk.url);
  await appStarted(page);
  const { width, height } = page.viewportSize()!;
  await page.mouse.click(width / 2, height / 2);
  await expect(page.locator('kiosk-contacts-page[data-page="contacts"]')).toBeVisible();
  return async () => {
    await kiosk.close();
    folder.remove();
  };
}

/** What the visitor sees of each card on the page: its words, and what is not whole, one line each. */
function cardsSeen(page: Page) {
  return page.locator('kiosk-contacts-page').evaluate((host) => {
    const vw = innerWidth;
    const vh = innerHeight;
    const inside = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
      a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
    const screen = { left: 0, top: 0, right: vw, bottom: vh };
    return [...host.shadowRoot!.querySelectorAll<HTMLElement>('[data-contact]')].map((card) => {
      const problems: string[] = [];
      const box = card.getBoundingClientRect();
      const key = card.dataset.contact!;
      const parts = [...card.querySelectorAll<HTMLElement>('.name, .role, [data-phone], [data-email]')]
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => ({ el, name: el.className, rect: el.getBoundingClientRect() }));
      for (const { el, name, rect } of parts) {
        if (!inside(rect, box) || !inside(rect, screen)) problems.push(`${key} ${name}: outside its card`);
        const style = getComputedStyle(el);
        const clamp = style.webkitLineClamp;
        if (clamp && clamp !== 'none') {
          // Ended on purpose: whole lines only, as many as it may have or fewer.
          const lines = rect.height / parseFloat(style.lineHeight);
          if (Math.abs(lines - Math.round(lines)) > 0.05 || Math.round(lines) > Number(clamp))
            problems.push(`${key} ${name}: ${lines.toFixed(2)} lines shown, clamp ${clamp}`);
        } else if (
          el.scrollWidth > el.clientWidth ||
          el.scrollHeight > el.clientHeight + 0.3 * parseFloat(style.fontSize)
        ) {
          problems.push(
            `${key} ${name}: clipped (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
          );
        }
      }
      for (let i = 1; i < parts.length; i++) {
        if (parts[i]!.rect.top < parts[i - 1]!.rect.bottom - 1)
          problems.push(`${key} ${parts[i]!.name}: over ${parts[i - 1]!.name}`);
      }
      const code = card.querySelector<HTMLElement>('kiosk-qr-code');
      let modulePx: number | null = null;
      if (code && code.offsetWidth > 0) {
        const rect = code.getBoundingClientRect();
        modulePx = rect.width / Number(code.shadowRoot?.querySelector('svg')?.viewBox.baseVal.width);
        if (!inside(rect, box)) problems.push(`${key} code: outside its card`);
        if (!(modulePx >= 4)) problems.push(`${key} code: ${modulePx.toFixed(2)} px a module`);
        for (const part of parts) {
          const r = part.rect;
          if (r.left < rect.right && rect.left < r.right && r.top < rect.bottom && rect.top < r.bottom)
            problems.push(`${key} code: over ${part.name}`);
        }
      }
      const text = (selector: string) => card.querySelector(selector)?.textContent?.trim() ?? null;
      return {
        key,
        name: text('.name'),
        role: text('.role'),
        phone: text('[data-phone]'),
        email: text('[data-email]'),
        modulePx,
        problems,
      };
    });
  });
}

/**
 * The page's layout problems but those of a name or role ended with "…" on purpose: its box
 * overflows, and the lines it hides lie under the words that follow (cardsSeen checks what it shows).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  const ended = await page
    .locator('kiosk-contacts-page')
    .evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll<HTMLElement>('.name, .role')]
        .filter((el) => el.scrollHeight > el.clientHeight + 1)
        .map(
          (el) => `"${el.textContent!.trim().slice(0, 40)}" in kiosk-contacts-page > span.${el.className}`,
        ),
    );
  return (await findLayoutProblems(page)).filter(
    (p) =>
      !/^overflow: kiosk-contacts-page > span\.(name|role) /.test(p) &&
      !(/^(overlap|outside)/.test(p) && ended.some((label) => p.includes(label))),
  );
}

/**
 * The detail of card `key`: "back" and the whole code on screen, apart; the number whole; the code
 * read. Returns the code's width in CSS px.
 */
async function checkDetail(page: Page, key: string, phone: string, readable: boolean): Promise<number> {
  await page.locator(`[data-contact="${key}"]`).click();
  const detail = page.locator(`[data-contact-code="${key}"]`);
  await expect(detail.locator('[data-phone]')).toHaveText(phone);
  await animationsDone(page);
  const boxes = await page.locator('kiosk-contacts-page').evaluate((host) => {
    const root = host.shadowRoot!;
    const box = (selector: string) =>
      root.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
    const phoneEl = root.querySelector<HTMLElement>('article [data-phone]')!;
    return {
      back: box('.back'),
      code: box('article kiosk-qr-code'),
      phone: box('article [data-phone]'),
      email: box('article [data-email]'),
      phoneWhole: phoneEl.scrollWidth <= phoneEl.clientWidth,
      screen: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
    };
  });
  const within = (a: DOMRect) =>
    a.left >= -1 && a.top >= -1 && a.right <= boxes.screen.right + 1 && a.bottom <= boxes.screen.bottom + 1;
  const apart = (a: DOMRect, b: DOMRect) =>
    a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
  expect(
    {
      back: within(boxes.back),
      code: within(boxes.code),
      phone: within(boxes.phone) && boxes.phoneWhole,
      email: within(boxes.email),
      backApart: apart(boxes.back, boxes.code),
      wordsApart: apart(boxes.phone, boxes.code) && apart(boxes.email, boxes.code),
    },
    `detail of ${key}`,
  ).toEqual({ back: true, code: true, phone: true, email: true, backApart: true, wordsApart: true });
  expect(await layoutProblems(page), `detail of ${key}`).toEqual([]);
  if (readable) {
    const code = await readQrOnScreen(page);
    expect(code, `code of ${key}`).not.toBeNull();
    expect(code!.modulePx, `code of ${key}`).toBeGreaterThanOrEqual(4);
  }
  await page.getByRole('button', { name: 'Alle contacten' }).click();
  await expect(page.locator(`[data-contact="${key}"]`)).toBeVisible();
  return boxes.code.width;
}

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const [title, { content, phones, organisationRole }] of Object.entries(CASES)) {
      test(`${title}: every number whole, every card whole`, async ({ page }, testInfo) => {
        const input = content();
        const close = await openContacts(page, input);
        try {
          const seen: { phone: string | null; email: string | null }[] = [];
          for (let n = 1; ; n++) {
            await animationsDone(page);
            await page.screenshot({ path: testInfo.outputPath(`page-${n}.png`) });
            const cards = await cardsSeen(page);
            expect(
              cards.flatMap((c) => c.problems),
              `page ${n}`,
            ).toEqual([]);
            expect(await layoutProblems(page), `page ${n}`).toEqual([]);
            const organisation = cards.find((c) => c.key === 'organisation');
            if (organisation) expect(organisation.role).toBe(organisationRole);
            seen.push(...cards.map(({ phone, email }) => ({ phone, email })));
            const next = page.locator('[data-pager="next"]');
            if ((await next.count()) === 0 || (await next.isDisabled())) break;
            await next.click();
            await expect(page.locator('.pager')).toContainText(`Pagina ${n + 1} van`);
          }
          expect(seen.map((c) => c.phone)).toEqual(phones);
          const emails = [...input.contacts!.map((c) => c.email), input.organisation!.email];
          expect(seen.map((c) => c.email)).toEqual(emails);
        } finally {
          await close();
        }
      });
    }

    test('the sample shows its codes in the cards as before, and each reads large', async ({ page }) => {
      const close = await openContacts(page, sampleContent());
      try {
        await animationsDone(page);
        const cards = await cardsSeen(page);
        // Where a card is large enough (not on the 7" screen) every code is in it, at 4 px a module.
        const inline = cards.map((c) => c.modulePx !== null);
        expect(inline).toEqual(cards.map(() => size.name !== '800x480'));
        const width = await checkDetail(page, 'contact-0', '0473 52 99 03', true);
        // What core/import/contact-code-size.ts counts on: version 16 (89 modules) at 4 px a module.
        expect(width / 89).toBeGreaterThanOrEqual(4);
      } finally {
        await close();
      }
    });

    test('a card alone gives its words room beside or above its code', async ({ page }) => {
      const close = await openContacts(page, { ...sampleContent(), contacts: [] });
      try {
        await animationsDone(page);
        const [card] = await cardsSeen(page);
        expect(card!.problems).toEqual([]);
        expect(card!.name).toBe('Sociaal Huis');
        expect(card!.phone).toBe('052 37 85 00');
        await checkDetail(page, 'organisation', '052 37 85 00', true);
      } finally {
        await close();
      }
    });

    test('the longest contact’s code is whole on screen under "‹ Alle contacten"', async ({ page }) => {
      const close = await openContacts(page, {
        ...sampleContent(),
        contacts: [LONGEST, ...sampleContent().contacts!.slice(1)],
      });
      try {
        // Version 17: on the 7" screen under 4 px a module (staff are warned: contact-code-size.ts).
        await checkDetail(page, 'contact-0', '0032 473 52 99 03', size.name !== '800x480');
      } finally {
        await close();
      }
    });
  });
}
