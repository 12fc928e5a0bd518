/**
 * The touch screen, in Chromium with touch emulation: one tap on the rotation shows the community
 * workers with their phone numbers and vCard QR codes; menu, pages, swipe, keyboard, the idle timeout
 * with its countdown, and the kiosk manners. Layout and accessibility are checked on every page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { startTestKiosk, writeContentDir, type TestKiosk } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { findLayoutProblems } from '../support/layout-checks';
import { readQrOnScreen, vcardLines } from '../support/qr-decode';
import { minimumTextPx, recordMeasure, smallestText } from '../support/readability';
import { holdSlides, settledSlideKey } from '../support/rotation';
import { CLOCK_START, rotationContent } from '../support/rotation-content';
import { swipe, swipeAcross } from '../support/touch';

const WORKERS = [
  { key: 'contact-0', name: 'Kaoutar Aarras', phone: '0473 52 99 03', international: '+32 473 52 99 03' },
  { key: 'contact-1', name: 'Kim Bauwens', phone: '0471 61 21 50', international: '+32 471 61 21 50' },
  { key: 'contact-2', name: 'Jonas Van Laere', phone: '0474 92 13 21', international: '+32 474 92 13 21' },
];

const LONG_DESCRIPTION =
  'Kom langs voor een kom verse soep en een babbel met de buren. Wie wil, helpt mee koken vanaf 13 uur. ' +
  'Er is ook taart, koffie en thee. Breng gerust je kinderen of je buren mee: iedereen is welkom, ' +
  'ook als je nog nooit in het buurtpunt bent geweest.';

/** The rotation tests' content, with descriptions for the detail view and a busy month of changes. */
function touchContent(change: (c: ContentInput) => void = () => {}): ContentInput {
  const content = rotationContent();
  content.activities![0]!.description = LONG_DESCRIPTION;
  content.activities![1]!.description = 'Soep, brood en een babbel.\nGratis.';
  content.locations[0]!.exceptions = [
    { from: '2026-12-03', closed: true, note: 'vorming van de buurtopbouwwerkers' },
    { from: '2026-12-05', hours: [{ from: '14:00', until: '17:00' }], note: 'kerstmarkt' },
    {
      from: '2026-12-10',
      hours: [
        { from: '09:00', until: '12:00' },
        { from: '13:30', until: '16:00' },
      ],
    },
    { from: '2026-12-17', closed: true },
    { from: '2026-12-24', to: '2027-01-03', closed: true, note: 'kerstvakantie' },
  ];
  change(content);
  return content;
}

/** Starts a kiosk on `content` with slides held, the page clock at CLOCK_START, and the rotation up. */
async function openKiosk(
  page: Page,
  content: ContentInput = touchContent(),
  config: { idleTimeoutSeconds?: number } = {},
): Promise<{ kiosk: TestKiosk; close(): Promise<void> }> {
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir, location: 'hof-ten-rode', config });
  holdSlides(kiosk);
  await page.clock.install({ time: CLOCK_START });
  await page.goto(kiosk.url);
  await settledSlideKey(page);
  return {
    kiosk,
    close: async () => {
      await kiosk.close();
      folder.remove();
    },
  };
}

const app = (page: Page) => page.locator('kiosk-app');
const contactsPage = (page: Page) => page.locator('kiosk-contacts-page[data-page="contacts"]');

/** One tap in the middle of the rotation, as a visitor would. */
async function wake(page: Page): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.touchscreen.tap(width / 2, height / 2);
  await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
  await expect(contactsPage(page)).toBeVisible();
}

/** Serious or critical accessibility violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Taps the card `key` and reads its code, shown alone and large, from a screenshot of the whole
 * screen; then goes back to the cards.
 */
async function readLargeCode(page: Page, key: string) {
  await page.locator(`[data-contact="${key}"]`).tap();
  await expect(page.locator(`[data-contact-code="${key}"] kiosk-qr-code`)).toBeVisible();
  await animationsDone(page);
  const code = await readQrOnScreen(page);
  await page.getByRole('button', { name: 'Alle contacten' }).tap();
  await expect(page.locator(`[data-contact="${key}"]`)).toBeVisible();
  return code;
}

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ hasTouch: true, viewport: { width: size.width, height: size.height } });

    test('one tap on the rotation shows every worker’s name and phone number on screen', async ({
      page,
      offlineGuard,
    }) => {
      const kiosk = await openKiosk(page);
      try {
        await expect(page.getByText('Tik op het scherm voor contactgegevens')).toBeVisible();
        await wake(page);
        for (const worker of WORKERS) {
          const card = page.locator(`[data-contact="${worker.key}"]`);
          await expect(card).toContainText(worker.name);
          const phone = card.locator('[data-phone]');
          await expect(phone).toHaveText(worker.phone);
          await expect(phone).toBeInViewport({ ratio: 1 });
        }
        await expect(page.locator('[data-contact="organisation"]')).toContainText('052 37 85 00');
        // Nothing is dialled or mailed from the kiosk.
        await expect(
          page.locator('kiosk-interactive a[href^="tel:"], kiosk-interactive a[href^="mailto:"]'),
        ).toHaveCount(0);
        expect(offlineGuard).toEqual([]);
      } finally {
        await kiosk.close();
      }
    });

    test('menu targets are big enough to hit with a finger', async ({ page }) => {
      const kiosk = await openKiosk(page);
      try {
        await wake(page);
        const minimum = Math.min(size.width, size.height) >= 1080 ? 64 : 48;
        const targets = page.locator('kiosk-interactive nav button');
        await expect(targets).toHaveText([
          'Contact',
          'Openingsuren',
          'Activiteiten',
          'Over het buurtopbouwwerk',
          'Terug',
        ]);
        for (const box of await targets.evaluateAll((els) =>
          els.map((el) => el.getBoundingClientRect().toJSON()),
        )) {
          expect(box.height).toBeGreaterThanOrEqual(minimum);
          expect(box.width).toBeGreaterThanOrEqual(minimum);
        }
      } finally {
        await kiosk.close();
      }
    });

    test('every page fits without overflow and without serious accessibility problems', async ({
      page,
    }, testInfo) => {
      test.setTimeout(300_000);
      // An hour before the idle timeout: the accessibility scans of a slow machine must not see it.
      const kiosk = await openKiosk(page, touchContent(), { idleTimeoutSeconds: 3600 });
      try {
        await wake(page);
        const scanned = new Set<string>();
        const check = async (name: string) => {
          await expect(page.locator('kiosk-interactive .content > *')).toHaveCount(1);
          await animationsDone(page);
          await page.screenshot({
            path: testInfo.outputPath(`${size.name}-${name.replace(/\W+/g, '-')}.png`),
          });
          expect(await findLayoutProblems(page), `layout of ${name} at ${size.name}`).toEqual([]);
          const smallest = await smallestText(page);
          expect(
            smallest!.px,
            `smallest text of ${name}: ${JSON.stringify(smallest)}`,
          ).toBeGreaterThanOrEqual(minimumTextPx(size));
          // One accessibility scan per kind of page (the scans are slow); the about pages all differ.
          const kind = name.startsWith('about') ? name : name.replace(/ page \d+$/, '');
          if (scanned.has(kind)) return;
          scanned.add(kind);
          expect(await seriousViolations(page), `accessibility of ${name} at ${size.name}`).toEqual([]);
        };
        await check('contacts');
        for (const section of ['hours', 'activities', 'about']) {
          await page.locator(`[data-section="${section}"]`).tap();
          await expect(page.locator(`[data-page="${section}"]`)).toBeVisible();
          await check(section);
          if (section === 'activities') {
            await page.locator('[data-activity="activity-0"]').tap();
            await expect(page.locator('[data-detail="activity-0"]')).toContainText(LONG_DESCRIPTION);
            await check('activity detail');
            await page.getByRole('button', { name: 'Alle activiteiten' }).tap();
          }
          for (let n = 2; await page.locator('[data-pager="next"]:enabled').count(); n++) {
            await page.locator('[data-pager="next"]').tap();
            await expect(page.locator('.pager')).toContainText(`Pagina ${n} van`);
            await check(`${section} page ${n}`);
          }
        }
      } finally {
        await kiosk.close();
      }
    });

    test('every contact’s code reads off the whole screen, at 4 px a module or more', async ({
      page,
    }, testInfo) => {
      test.setTimeout(180_000);
      const kiosk = await openKiosk(page);
      try {
        await wake(page);
        const keys = [...WORKERS.map((w) => w.key), 'organisation'];
        const read: Record<string, { inline: number | null; large: number; version: number }> = {};
        for (const key of keys) {
          // In the card, where the card is large enough to show it: the other codes masked.
          const inline = page.locator(`[data-contact="${key}"] kiosk-qr-code`);
          let inlinePx: number | null = null;
          if (await inline.isVisible()) {
            const others = keys
              .filter((k) => k !== key)
              .map((k) => page.locator(`[data-contact="${k}"] kiosk-qr-code`));
            const code = await readQrOnScreen(page, others);
            expect(code, `inline code of ${key}`).not.toBeNull();
            expect(code!.modulePx, `inline code of ${key}`).toBeGreaterThanOrEqual(4);
            inlinePx = code!.modulePx;
          }
          // Tapped: alone and large, at every size.
          const code = await readLargeCode(page, key);
          expect(code, `large code of ${key}`).not.toBeNull();
          expect(code!.modulePx, `large code of ${key}`).toBeGreaterThanOrEqual(4);
          read[key] = {
            inline: inlinePx === null ? null : Number(inlinePx.toFixed(2)),
            large: Number(code!.modulePx.toFixed(2)),
            version: code!.version,
          };
          const lines = vcardLines(code!.text);
          expect(code!.text.endsWith('\r\n')).toBe(true);
          expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:3.0']);
          expect(lines.at(-1)).toBe('END:VCARD');
          const worker = WORKERS.find((w) => w.key === key);
          if (worker) {
            expect(lines).toContain(`FN:${worker.name}`);
            expect(lines).toContain(`TEL;TYPE=CELL:${worker.international.replace(/ /g, '')}`);
            expect(lines).toContain('TITLE:Buurtopbouwwerker');
          } else {
            expect(lines).toContain('FN:Sociaal Huis');
            expect(lines).toContain('TEL;TYPE=WORK:+3252378500');
            expect(lines).toContain('EMAIL:indebuurt@dendermonde.be');
          }
        }
        // Where every card shows its code, the 7" screen excepted, a visitor needs no tap at all.
        if (size.name !== '800x480') expect(Object.values(read).every((r) => r.inline !== null)).toBe(true);
        await recordMeasure(testInfo, `${size.name} qr-contacts`, read);
      } finally {
        await kiosk.close();
      }
    });
  });
}

test.describe('on a portrait touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

  test('returns to the rotation after the idle timeout, counting down the last 10 seconds', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      // Pin the clock, then touch once: the wait starts at exactly this instant.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
      await page.locator('kiosk-contacts-page h2').tap();
      const countdown = page.locator('kiosk-idle-countdown [data-countdown]');
      await page.clock.runFor(49_900);
      await expect(countdown).toHaveCount(0);
      await page.clock.runFor(100);
      await expect(countdown).toHaveText(/Terug naar het overzicht over 10 s/);
      await page.clock.runFor(3_000);
      await expect(countdown).toHaveText(/over 7 s/);
      // A touch restarts the wait and hides the countdown.
      await page.locator('kiosk-contacts-page h2').tap();
      await expect(countdown).toHaveCount(0);
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
      await page.clock.runFor(59_000);
      await expect(countdown).toHaveText(/over 1 s/);
      await page.clock.runFor(1_000);
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await expect(page.locator('[data-slide]')).toHaveCount(1);
      await expect(page.locator('kiosk-interactive')).not.toBeVisible();
    } finally {
      await kiosk.close();
    }
  });

  test('takes the idle timeout from the screen’s config', async ({ page }) => {
    const kiosk = await openKiosk(page, touchContent(), { idleTimeoutSeconds: 20 });
    try {
      await wake(page);
      // No touch after the waking one: the wait counts from the moment the touch screen opened.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
      await page.clock.runFor(11_000);
      await expect(page.locator('kiosk-idle-countdown [data-countdown]')).toHaveText(/over \d s/);
      await page.clock.runFor(9_000);
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
    } finally {
      await kiosk.close();
    }
  });

  test('swiping left and right turns the pages; an upward drag does not', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      const hours = page.locator('[data-page="hours"] [data-location]');
      await swipeAcross(page, 'next');
      await expect(hours).toHaveAttribute('data-location', 'hof-ten-rode');
      await swipeAcross(page, 'next');
      await expect(hours).toHaveAttribute('data-location', 'bijloke');
      await swipeAcross(page, 'next');
      await expect(page.locator('[data-page="activities"]')).toBeVisible();
      await expect(page.locator('.pager')).toContainText('Pagina 1 van 3');
      await swipeAcross(page, 'next');
      await expect(page.locator('.pager')).toContainText('Pagina 2 van 3');
      await swipeAcross(page, 'previous');
      await swipeAcross(page, 'previous');
      // Back into a section lands on its last page, as in a book.
      await expect(hours).toHaveAttribute('data-location', 'bijloke');
      await swipe(page, { x: 540, y: 1500 }, { x: 560, y: 900 });
      await expect(hours).toHaveAttribute('data-location', 'bijloke');
      await swipeAcross(page, 'previous');
      await expect(hours).toHaveAttribute('data-location', 'hof-ten-rode');
      await swipeAcross(page, 'previous');
      await expect(contactsPage(page)).toBeVisible();
      // Nothing before Contact: the page stays.
      await swipeAcross(page, 'previous');
      await expect(contactsPage(page)).toBeVisible();
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
    } finally {
      await kiosk.close();
    }
  });

  test('a swipe that ends on an activity does not open it', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      await page.locator('[data-section="activities"]').tap();
      const item = await page.locator('[data-activity="activity-1"]').boundingBox();
      const y = item!.y + item!.height / 2;
      await swipe(page, { x: 1000, y }, { x: item!.x + 100, y });
      await expect(page.locator('.pager')).toContainText('Pagina 2 van 3');
      await expect(page.locator('[data-detail]')).toHaveCount(0);
    } finally {
      await kiosk.close();
    }
  });

  test('the waking tap does not also press what appears under the finger', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      // Where the "Activiteiten" tab and the first activity appear once the touch screen is open.
      await wake(page);
      const tab = (await page.locator('[data-section="activities"]').boundingBox())!;
      await page.locator('[data-section="activities"]').tap();
      const item = (await page.locator('[data-activity="activity-0"]').boundingBox())!;
      await page.locator('[data-leave]').tap();
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');

      await page.touchscreen.tap(tab.x + tab.width / 2, tab.y + tab.height / 2);
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
      await expect(contactsPage(page)).toBeVisible();
      await page.waitForTimeout(800);
      await expect(page.locator('[data-section="contacts"]')).toHaveAttribute('aria-current', 'page');

      await page.keyboard.press('Escape');
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await page.touchscreen.tap(item.x + item.width / 2, item.y + item.height / 2);
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
      await page.waitForTimeout(800);
      await expect(page.locator('[data-detail]')).toHaveCount(0);
      await expect(contactsPage(page)).toBeVisible();

      // The same with a mouse click.
      await page.keyboard.press('Escape');
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
      await expect(contactsPage(page)).toBeVisible();
      await page.waitForTimeout(800);
      await expect(page.locator('[data-section="contacts"]')).toHaveAttribute('aria-current', 'page');

      // A second tap after the first has ended is a real one.
      await page.locator('[data-section="activities"]').tap();
      await expect(page.locator('[data-page="activities"]')).toBeVisible();
    } finally {
      await kiosk.close();
    }
  });

  test('the waking tap’s click does not press a card however late a busy screen delivers it', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      // The page clock stands still, so the test says how much time passes between the events
      // of one tap (a real tap's click follows the lift by 60–100 ms; a busy Pi takes longer).
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000); // not yet passed, however busy
      const slide = page.locator('kiosk-rotation .slide:not([data-ahead]) > *');
      const finger = { pointerId: 7, pointerType: 'touch', isPrimary: true };
      await slide.dispatchEvent('pointerdown', finger);
      await slide.dispatchEvent('pointerup', finger);
      await expect(contactsPage(page)).toBeVisible();
      await page.clock.runFor(5_000);
      // The click of that tap, on the card that now lies under the finger.
      await page.locator('[data-contact="contact-1"]').dispatchEvent('click', { detail: 1 });
      await page.clock.runFor(1_000);
      await expect(page.locator('[data-contact-code]')).toHaveCount(0);
      await expect(page.locator('[data-contact="contact-0"]')).toBeVisible();

      // The next tap is the visitor's own.
      await page.locator('[data-contact="contact-1"]').tap();
      await expect(page.locator('[data-contact-code="contact-1"]')).toBeVisible();
      await page.getByRole('button', { name: 'Alle contacten' }).tap();

      // A waking drag makes no click: after it, a card pressed with the keyboard opens.
      await page.locator('[data-leave]').tap();
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await slide.dispatchEvent('pointerdown', finger);
      await slide.dispatchEvent('pointerup', finger);
      await expect(contactsPage(page)).toBeVisible();
      await page.locator('[data-contact="contact-2"]').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-contact-code="contact-2"]')).toBeVisible();
    } finally {
      await kiosk.close();
    }
  });

  test('tapping "OK" on a staff notice closes the notice without opening the touch screen', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      kiosk.kiosk.state.setNotice({
        kind: 'import-ok',
        title: 'Nieuwe inhoud geladen (9 komende activiteiten)',
        details: [],
        at: new Date(await page.evaluate(() => Date.now())).toISOString(),
      });
      const notice = page.locator('[data-notice="import-ok"]');
      await notice.getByRole('button', { name: 'OK' }).tap();
      await expect(notice).toHaveCount(0);
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await wake(page);
    } finally {
      await kiosk.close();
    }
  });

  test('"Terug" returns to the rotation at once', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      await page.locator('[data-leave]').tap();
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await expect(page.getByText('Tik op het scherm voor contactgegevens')).toBeVisible();
    } finally {
      await kiosk.close();
    }
  });

  test('a QR code carries a non-ASCII name intact', async ({ page }) => {
    const content = touchContent((c) => {
      c.contacts![0] = {
        name: 'Ça Öz',
        role: 'Buurtopbouwwerker',
        phone: '0473/52.99.03',
        email: 'ca.oz@groepintro.be',
      };
    });
    const kiosk = await openKiosk(page, content);
    try {
      await wake(page);
      const lines = vcardLines((await readLargeCode(page, 'contact-0'))!.text);
      expect(lines).toContain('N:Öz;Ça;;;');
      expect(lines).toContain('FN:Ça Öz');
      expect(lines).toContain('TEL;TYPE=CELL:+32473529903');
    } finally {
      await kiosk.close();
    }
  });

  test('kiosk manners: no context menu, no selection, no zoom gestures, cursor hidden when idle', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      const prevented = await page.evaluate(() => {
        const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
        document.querySelector('kiosk-app')!.dispatchEvent(event);
        return event.defaultPrevented;
      });
      expect(prevented).toBe(true);

      // A double click on text (the page's heading: a card would open its code) selects nothing.
      const heading = contactsPage(page).getByRole('heading', { name: 'Contact' });
      await heading.dblclick();
      expect(await page.evaluate(() => String(document.getSelection()))).toBe('');

      const html = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return { touchAction: style.touchAction, overscroll: style.overscrollBehaviorY };
      });
      expect(html.touchAction).toBe('pan-x pan-y');
      expect(html.overscroll).toBe('none');

      const cursorHidden = () =>
        page.evaluate(() => document.documentElement.classList.contains('kiosk-cursor-hidden'));
      await page.mouse.move(200, 700);
      await page.mouse.move(220, 720);
      expect(await cursorHidden()).toBe(false);
      await page.clock.runFor(3_100);
      expect(await cursorHidden()).toBe(true);
      expect(await heading.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
      await page.mouse.move(300, 800);
      expect(await cursorHidden()).toBe(false);
    } finally {
      await kiosk.close();
    }
  });
});

test.describe('with a keyboard or remote', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a key wakes the screen; arrows, Enter and Escape find an activity and leave again', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      await page.keyboard.press('Enter');
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
      await expect(contactsPage(page)).toBeVisible();
      const hours = page.locator('[data-page="hours"] [data-location]');
      await page.keyboard.press('ArrowRight');
      await expect(hours).toHaveAttribute('data-location', 'hof-ten-rode');
      await page.keyboard.press('ArrowRight');
      await expect(hours).toHaveAttribute('data-location', 'bijloke');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('[data-page="activities"]')).toBeVisible();
      await page.keyboard.press('ArrowLeft');
      await expect(hours).toHaveAttribute('data-location', 'bijloke');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('[data-page="activities"]')).toBeVisible();

      // Down through the menu to the first activity; the focus is visible.
      const focused = () =>
        page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el
            ? { text: el.textContent?.trim() ?? '', outline: getComputedStyle(el).outlineStyle }
            : null;
        });
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
      expect((await focused())?.text).toMatch(/^Grote buurtbabbel/);
      expect((await focused())?.outline).toBe('solid');
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-detail="activity-0"]')).toContainText(LONG_DESCRIPTION);
      expect((await focused())?.text).toBe('‹ Alle activiteiten');
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-detail]')).toHaveCount(0);
      expect((await focused())?.text).toMatch(/^Grote buurtbabbel/);
      await page.keyboard.press('Escape');
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
    } finally {
      await kiosk.close();
    }
  });
});

test.describe('kept ready while the rotation shows', () => {
  test.use({ hasTouch: true, viewport: { width: 1280, height: 800 } });

  /** The touch screen built in idle time, hidden under the rotation. */
  const prepared = (page: Page) => page.locator('kiosk-interactive:not([open])');

  test('opens on Contact every time, also after a visitor left it on another page', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      await expect(prepared(page)).toBeAttached();
      await wake(page);
      await page.locator('[data-section="activities"]').tap();
      await page.locator('[data-activity="activity-0"]').tap();
      await expect(page.locator('[data-detail="activity-0"]')).toBeVisible();
      await page.locator('[data-leave]').tap();
      await expect(app(page)).toHaveAttribute('data-mode', 'rotation');
      await expect(prepared(page)).toBeAttached();

      await wake(page);
      await expect(page.locator('[data-section="contacts"]')).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('[data-detail]')).toHaveCount(0);
    } finally {
      await kiosk.close();
    }
  });

  test('hidden, it is not seen, focused or read out, and keys and time do nothing to it', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      const touch = prepared(page);
      await expect(touch).toBeAttached();
      await expect(touch).not.toBeVisible();
      await expect(touch).toHaveJSProperty('inert', true);
      await expect(page.getByRole('button', { name: 'Terug' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
      // Past the idle timeout and its countdown: the hidden screen's timer does not run.
      await page.clock.runFor(75_000);
      await expect(page.locator('kiosk-idle-countdown [data-countdown]')).toHaveCount(0);
      // An arrow only wakes the screen: it opens on Contact, not one page further.
      await page.keyboard.press('ArrowRight');
      await expect(app(page)).toHaveAttribute('data-mode', 'interactive');
      await expect(contactsPage(page)).toBeVisible();
      await expect(page.locator('[data-section="contacts"]')).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('button', { name: 'Terug' })).toBeVisible();
      // It opened on the pages as prepared (Contact does not depend on the time), then caught up
      // with the clock: the hours and activities are those of this minute, not of 75 s ago.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const touch = document
              .querySelector('kiosk-app')!
              .shadowRoot!.querySelector<HTMLElement & { now: number }>('kiosk-interactive')!;
            return Date.now() - touch.now;
          }),
        )
        .toBeLessThan(60_000);
    } finally {
      await kiosk.close();
    }
  });

  test('waits without animating, opens on a page that is just there, and slides pages in only when turned', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      const animationOf = (selector: string) =>
        page.locator(selector).evaluate((el) => getComputedStyle(el).animationName);
      await expect(prepared(page)).toBeAttached();
      // Hidden under the rotation, its page runs no entry animation (frames nobody sees).
      expect(await animationOf('kiosk-interactive [data-page="contacts"]')).toBe('none');
      await wake(page);
      expect(await animationOf('[data-page="contacts"]')).toBe('none');
      // The tab of the page on screen replays nothing; another tab slides its page in.
      await page.locator('[data-section="contacts"]').tap();
      expect(await animationOf('[data-page="contacts"]')).toBe('none');
      await page.locator('[data-section="activities"]').tap();
      expect(await animationOf('[data-page="activities"]')).toBe('enter');
      await page.locator('[data-section="contacts"]').tap();
      expect(await animationOf('[data-page="contacts"]')).toBe('enter-back');
    } finally {
      await kiosk.close();
    }
  });

  test('an open contact closes when new content puts another person under its place, and stays for a corrected number', async ({
    page,
  }) => {
    const kiosk = await openKiosk(page);
    try {
      await wake(page);
      await page.locator('[data-contact="contact-0"]').tap();
      const detail = page.locator('[data-contact-code="contact-0"]');
      await expect(detail).toContainText('Kaoutar Aarras');
      // Her number corrected: the same person, her detail stays open with the new number.
      const corrected = structuredClone(kiosk.kiosk.state.bundle);
      corrected.content.contacts[0]!.phone = '0473 00 00 01';
      corrected.version = 'test-2';
      kiosk.kiosk.state.setBundle(corrected);
      await expect(detail).toContainText('0473 00 00 01');
      await expect(detail).toContainText('Kaoutar Aarras');
      // A new colleague first in the list: "contact-0" is now someone else. The visitor is not
      // handed that person's code under Kaoutar's name: the detail closes.
      const inserted = structuredClone(corrected);
      inserted.content.contacts.unshift({
        ...inserted.content.contacts[0]!,
        name: 'Nieuwe Collega',
        phone: '0470 11 22 33',
      });
      inserted.version = 'test-3';
      kiosk.kiosk.state.setBundle(inserted);
      await expect(page.locator('[data-contact-code]')).toHaveCount(0);
      await expect(page.locator('[data-contact="contact-1"]')).toContainText('Kaoutar Aarras');
    } finally {
      await kiosk.close();
    }
  });

  test('is prepared again when new content arrives', async ({ page }) => {
    const kiosk = await openKiosk(page);
    try {
      await expect(prepared(page)).toBeAttached();
      const renamed = structuredClone(kiosk.kiosk.state.bundle);
      renamed.content.contacts![0]!.name = 'Kaoutar Aarras-Nieuw';
      renamed.version = 'test-2';
      kiosk.kiosk.state.setBundle(renamed);
      // Before any tap, the hidden touch screen already carries the new contact (and its code).
      await expect(prepared(page).locator('[data-contact="contact-0"]')).toContainText(
        'Kaoutar Aarras-Nieuw',
      );
      await wake(page);
      await expect(page.locator('[data-contact="contact-0"]')).toContainText('Kaoutar Aarras-Nieuw');
      const vcard = vcardLines((await readLargeCode(page, 'contact-0'))!.text);
      expect(vcard).toContain('FN:Kaoutar Aarras-Nieuw');
    } finally {
      await kiosk.close();
    }
  });
});
