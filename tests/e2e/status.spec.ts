/**
 * The status slide under a fake clock (Playwright page.clock), in a browser whose own time zone is
 * UTC: the words follow the Brussels clock as it walks through a week, the shell re-plans exactly at
 * a state change, and an implausible clock shows only the weekly hours (and no time in the header).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { sampleContent, startTestKiosk, writeContentDir, type TestKiosk } from '../support/kiosk-server';
import { animationsDone } from '../support/animations';
import { appStarted } from '../support/app';
import { findLayoutProblems } from '../support/layout-checks';
import { minimumTextPx, smallestText } from '../support/readability';

test.use({ timezoneId: 'UTC' });

/** Content dated before every instant below, and a short rotation so the status slide returns fast. */
async function startKiosk(content = sampleContent()): Promise<{ kiosk: TestKiosk; cleanup(): void }> {
  content.updated = '2026-11-20';
  const folder = writeContentDir(content);
  const userData = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-status-'));
  const kiosk = await startTestKiosk({
    contentDir: folder.dir,
    userDataDir: userData,
    location: 'hof-ten-rode',
    buildDate: '2026-11-01',
    config: {
      durations: { status: 600, activities: 3, facebook: 3, services: 3, about: 3, announcement: 3 },
    },
  });
  return {
    kiosk,
    cleanup: () => {
      folder.remove();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

const block = (page: Page, id: string) => page.locator(`[data-slide="status"] [data-location="${id}"]`);
const headline = (page: Page, id: string) => block(page, id).locator('[data-headline]');
const detail = (page: Page, id: string) => block(page, id).locator('[data-detail]');

/** Installs a paused fake clock at `iso` (before navigation) and opens the kiosk on the status slide. */
async function openAt(page: Page, kiosk: TestKiosk, iso: string): Promise<void> {
  const at = Date.parse(iso);
  // A minute's margin: on a busy machine more than a second may pass before the clock is paused.
  await page.clock.install({ time: at - 60_000 });
  await page.clock.pauseAt(at);
  await page.goto(kiosk.url);
  await expect(page.locator('[data-slide="status"]')).toHaveCount(1);
  // The drawn page shows the slide before the app follows the page clock.
  await appStarted(page);
}

/**
 * Moves the paused page clock to `iso` with the status slide on screen. A jump to a minute before
 * fires the due wake-up (the rotation moves on); the last minute then runs with every timer firing,
 * in which the 3-second slides come round to the status slide again (600 s) well before `iso`.
 */
async function walkTo(page: Page, iso: string): Promise<void> {
  const target = Date.parse(iso);
  const pageNow = () => page.evaluate(() => Date.now());
  await page.clock.fastForward(Math.max(0, target - 60_000 - (await pageNow())));
  await page.clock.runFor(target - (await pageNow()));
  await expect(page.locator('[data-slide="status"]'), `status slide on screen at ${iso}`).toHaveCount(1);
}

/** The text of the week-table row of `weekday` in a block. */
const row = (page: Page, id: string, weekday: string) =>
  block(page, id).locator('tr', { has: page.locator(`th:text-is("${weekday}")`) });

test('follows a fake clock through a week, in a browser set to UTC', async ({ page }) => {
  test.setTimeout(120_000);
  const { kiosk, cleanup } = await startKiosk();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await openAt(page, kiosk, '2026-12-07T20:00:00+01:00');
    const first = page.locator('[data-slide="status"] [data-location]').first();
    await expect(first).toHaveAttribute('data-location', 'hof-ten-rode');

    // Monday evening (in UTC still Monday too; the answer must come from Brussels time).
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'closed');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Gesloten · opent dinsdag om 10:00');
    await expect(headline(page, 'bijloke')).toHaveText('Gesloten · opent donderdag om 9:00');
    await expect(block(page, 'hof-ten-rode').locator('tr[aria-current="date"]')).toContainText('Maandag');

    await walkTo(page, '2026-12-08T00:00:00+01:00');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Gesloten · opent vandaag om 10:00');
    await expect(block(page, 'hof-ten-rode').locator('tr[aria-current="date"]')).toContainText(
      /Dinsdag\s*10:00 – 13:00/,
    );

    await walkTo(page, '2026-12-08T09:15:00+01:00');
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'opening-soon');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Opent over 45 minuten');
    await expect(detail(page, 'hof-ten-rode')).toHaveText('Vandaag om 10:00');

    // The last minute, then exactly 10:00:00: the shell wakes at the slide's nextChangeAt.
    await walkTo(page, '2026-12-08T09:59:00+01:00');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Opent over 1 minuut');
    await page.clock.runFor(60_000);
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'open');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Nu open · tot 13:00');
    await expect(block(page, 'hof-ten-rode').locator('[data-indicator]')).toHaveText('Open');
    await page.screenshot({ path: test.info().outputPath('status-open.png') });

    await walkTo(page, '2026-12-08T12:40:00+01:00');
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'closing-soon');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Sluit over 20 minuten');
    await expect(detail(page, 'hof-ten-rode')).toHaveText('Open tot 13:00');
    await page.screenshot({ path: test.info().outputPath('status-closing-soon.png') });

    await walkTo(page, '2026-12-08T13:00:00+01:00');
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'closed');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Gesloten · opent dinsdag 15 december om 10:00');
    await expect(block(page, 'hof-ten-rode').locator('[data-indicator]')).toHaveText('Gesloten');

    await walkTo(page, '2026-12-10T09:00:00+01:00');
    await expect(block(page, 'bijloke')).toHaveAttribute('data-state', 'open');
    await expect(headline(page, 'bijloke')).toHaveText('Nu open · tot 12:00');
    await expect(block(page, 'hof-ten-rode')).toContainText(
      '22 december – 3 januari: gesloten (kerstvakantie)',
    );
    await expect(block(page, 'bijloke').locator('[data-upcoming]')).toHaveCount(0);

    // Into the Christmas closure, across new year.
    await walkTo(page, '2026-12-29T10:30:00+01:00');
    await expect(block(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'closed');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Gesloten tot en met 3 januari (kerstvakantie)');
    await expect(detail(page, 'hof-ten-rode')).toHaveText('Opent dinsdag 5 januari om 10:00');
    await expect(block(page, 'hof-ten-rode')).toContainText('Tot en met 3 januari: gesloten (kerstvakantie)');
    // The week table under it says the same: today's row holds the closure, not Tuesday's hours.
    const today = block(page, 'hof-ten-rode').locator('tr[aria-current="date"]');
    await expect(today).toContainText(/Dinsdag\s*gesloten/);
    await expect(today).toHaveClass(/changed/);
    await expect(today).not.toContainText('10:00');
    await expect(block(page, 'hof-ten-rode').locator('tr', { hasText: '10:00' })).toHaveCount(0);
    // Across new year: Bijloke's Thursday, 31 December, is closed too.
    await expect(row(page, 'bijloke', 'Donderdag')).toContainText('gesloten');
    await expect(row(page, 'bijloke', 'Donderdag')).not.toContainText('9:00');
    expect(errors).toEqual([]);
  } finally {
    if (errors.length > 0) console.log('page errors:', errors);
    await kiosk.close();
    cleanup();
  }
});

/** Opens the kiosk on `content` at the Brussels instant `iso`, on the status slide. */
async function openWith(page: Page, content: ReturnType<typeof sampleContent>, iso: string) {
  const { kiosk, cleanup } = await startKiosk(content);
  await openAt(page, kiosk, iso);
  return {
    close: async () => {
      await kiosk.close();
      cleanup();
    },
  };
}

test('says "gesloten (feestdag)" on the row of a public holiday, and its regular hours a week later', async ({
  page,
}) => {
  // Ascension 2027 is Thursday 6 May, Bijloke's opening day.
  const opened = await openWith(page, sampleContent(), '2027-05-04T11:00:00+02:00');
  try {
    await expect(row(page, 'bijloke', 'Donderdag')).toContainText('gesloten (feestdag)');
    await expect(row(page, 'bijloke', 'Donderdag')).not.toContainText('9:00');
    await expect(block(page, 'bijloke')).toContainText('Donderdag 6 mei: gesloten (O.L.H. Hemelvaart)');
    await walkTo(page, '2027-05-11T11:00:00+02:00');
    await expect(row(page, 'bijloke', 'Donderdag')).toContainText('9:00 – 12:00');
  } finally {
    await opened.close();
  }
});

test('shows other hours, a closure from mid-week and an extra opening on the rows of their days', async ({
  page,
}) => {
  const content = sampleContent();
  content.locations[0]!.exceptions = [
    { from: '2026-12-03', closed: true, note: 'vorming' },
    { from: '2026-12-05', hours: [{ from: '14:00', until: '17:00' }], note: 'kerstmarkt' },
    { from: '2026-12-10', hours: [{ from: '13:30', until: '16:00' }] },
  ];
  content.locations[1]!.exceptions = [{ from: '2026-12-09', to: '2026-12-20', closed: true }];
  const opened = await openWith(page, content, '2026-12-01T11:00:00+01:00');
  try {
    await expect(row(page, 'bijloke', 'Donderdag')).toContainText('gesloten');
    await expect(row(page, 'bijloke', 'Donderdag')).not.toContainText('9:00');
    await expect(row(page, 'bijloke', 'Zaterdag')).toContainText('14:00 – 17:00');
    await expect(block(page, 'bijloke')).toContainText(
      'Zaterdag 5 december: open 14:00 – 17:00 (kerstmarkt)',
    );
    await expect(row(page, 'hof-ten-rode', 'Dinsdag')).toContainText('10:00 – 13:00');
    await walkTo(page, '2026-12-08T09:30:00+01:00');
    // Hof ten Rode closes from Wednesday 9: Tuesday 8 still opens, at 10:00 as the status says.
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Opent over 30 minuten');
    await expect(row(page, 'hof-ten-rode', 'Dinsdag')).toContainText('10:00 – 13:00');
    await expect(row(page, 'bijloke', 'Donderdag')).toContainText('13:30 – 16:00');
    await walkTo(page, '2026-12-15T10:30:00+01:00');
    await expect(headline(page, 'hof-ten-rode')).toHaveText('Gesloten tot en met 20 december');
    await expect(row(page, 'hof-ten-rode', 'Dinsdag')).toContainText('gesloten');
    await expect(row(page, 'hof-ten-rode', 'Dinsdag')).not.toContainText('10:00');
  } finally {
    await opened.close();
  }
});

for (const [name, time] of [
  ['a Raspberry Pi that booted in 1970', '1970-01-01T00:00:05Z'],
  ['a clock before the content date', '2026-11-10T12:00:00+01:00'],
] as const) {
  test(`shows only the weekly hours with ${name}`, async ({ page }) => {
    const { kiosk, cleanup } = await startKiosk();
    try {
      await openAt(page, kiosk, time);
      const slide = page.locator('[data-slide="status"]');
      for (const id of ['hof-ten-rode', 'bijloke']) {
        await expect(block(page, id)).toHaveAttribute('data-state', 'unknown');
        await expect(block(page, id).locator('[data-headline]')).toHaveCount(0);
      }
      await expect(block(page, 'hof-ten-rode')).toContainText(/Dinsdag\s*10:00 – 13:00/);
      await expect(block(page, 'bijloke')).toContainText(/Donderdag\s*9:00 – 12:00/);
      await expect(slide).not.toContainText('Nu open');
      await expect(slide).not.toContainText('Gesloten');
      await expect(slide.locator('tr[aria-current="date"]')).toHaveCount(0);
      // The header says no more than the slide: its name, not a date or time that cannot be right.
      await expect(page.locator('kiosk-header h1')).toHaveText('Buurtpunt Hof ten Rode');
      await expect(page.locator('kiosk-header time')).toHaveCount(0);
    } finally {
      await kiosk.close();
      cleanup();
    }
  });
}

for (const size of SCREEN_SIZES) {
  test(`fits both blocks on a ${size.name} screen, the own one first and largest`, async ({ page }) => {
    const { kiosk, cleanup } = await startKiosk();
    try {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openAt(page, kiosk, '2026-12-22T12:45:00+01:00');
      const own = block(page, 'hof-ten-rode');
      const other = block(page, 'bijloke');
      await expect(headline(page, 'hof-ten-rode')).toHaveText(
        'Gesloten tot en met 3 januari (kerstvakantie)',
      );
      const a = (await own.boundingBox())!;
      const b = (await other.boundingBox())!;
      for (const box of [a, b]) {
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
      expect(a.width * a.height).toBeGreaterThan(b.width * b.height);
      // Nothing inside a block spills out of it.
      const overflowing = await page.evaluate(() => {
        const slide = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-status-slide');
        return [...(slide?.shadowRoot?.querySelectorAll<HTMLElement>('[data-location]') ?? [])]
          .filter((s) => s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1)
          .map((s) => s.dataset.location);
      });
      expect(overflowing).toEqual([]);
      expect(await findLayoutProblems(page)).toEqual([]);
      const smallest = await smallestText(page);
      expect(smallest!.px, JSON.stringify(smallest)).toBeGreaterThanOrEqual(minimumTextPx(size));
      await page.screenshot({ path: test.info().outputPath(`status-${size.name}.png`) });
    } finally {
      await kiosk.close();
      cleanup();
    }
  });
}

/** A week row that must differ from the regular hours: where, which day, what it says, what it must not. */
interface ChangedRow {
  location: string;
  weekday: string;
  says: string;
  notRegular: string;
}

/** Moments whose week tables differ from the regular hours, each with the content that makes them. */
const CHANGED_WEEKS: {
  name: string;
  at: string;
  content(): ReturnType<typeof sampleContent>;
  rows: ChangedRow[];
}[] = [
  {
    name: 'the Christmas closure on Tuesday 29 December',
    at: '2026-12-29T10:30:00+01:00',
    content: sampleContent,
    rows: [
      { location: 'hof-ten-rode', weekday: 'Dinsdag', says: 'gesloten', notRegular: '10:00' },
      { location: 'bijloke', weekday: 'Donderdag', says: 'gesloten', notRegular: '9:00' },
    ],
  },
  {
    name: 'Ascension day 2027',
    at: '2027-05-04T11:00:00+02:00',
    content: sampleContent,
    rows: [{ location: 'bijloke', weekday: 'Donderdag', says: 'gesloten (feestdag)', notRegular: '9:00' }],
  },
  {
    name: 'a week with other hours and a closure',
    at: '2026-12-07T11:00:00+01:00',
    content: () => {
      const content = sampleContent();
      content.locations[0]!.exceptions = [
        { from: '2026-12-10', hours: [{ from: '13:30', until: '16:00' }], note: 'vorming' },
      ];
      content.locations[1]!.exceptions = [{ from: '2026-12-08', closed: true }];
      return content;
    },
    rows: [
      { location: 'bijloke', weekday: 'Donderdag', says: '13:30 – 16:00', notRegular: '9:00' },
      { location: 'hof-ten-rode', weekday: 'Dinsdag', says: 'gesloten', notRegular: '10:00' },
    ],
  },
];

/** Checks each row in the week tables under `scope` (a status slide or an hours page). */
async function expectRows(page: Page, scope: string, rows: ChangedRow[]): Promise<void> {
  for (const r of rows) {
    const tr = page
      .locator(`${scope} [data-location="${r.location}"] tr`)
      .filter({ has: page.locator(`th:text-is("${r.weekday}")`) });
    await expect(tr, `${r.weekday} of ${r.location} in ${scope}`).toContainText(r.says);
    await expect(tr, `${r.weekday} of ${r.location} in ${scope}`).not.toContainText(r.notRegular);
    await expect(tr).toHaveClass(/changed/);
  }
}

for (const size of SCREEN_SIZES) {
  for (const week of CHANGED_WEEKS) {
    test(`the status slide and the hours page show ${week.name} on its rows at ${size.name}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const opened = await openWith(page, week.content(), week.at);
      try {
        await expectRows(page, '[data-slide="status"]', week.rows);
        // A visitor taps and opens the hours: one buurtpunt a page, the same rows. The clock runs
        // again for the touch screen's timers; the status slide's 600 s keep the moment.
        await page.clock.resume();
        await page.mouse.click(size.width / 2, size.height / 2);
        await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
        await page.locator('[data-section="hours"]').click();
        // In the hours section's order: the screen's own buurtpunt first.
        for (const id of ['hof-ten-rode', 'bijloke'].filter((l) => week.rows.some((r) => r.location === l))) {
          const shown = page.locator('[data-page="hours"] [data-location]');
          if ((await shown.getAttribute('data-location')) !== id)
            await page.locator('[data-pager="next"]').click();
          await expect(shown).toHaveAttribute('data-location', id);
          await expectRows(
            page,
            '[data-page="hours"]',
            week.rows.filter((r) => r.location === id),
          );
          await animationsDone(page);
          expect(await findLayoutProblems(page), `hours page of ${id}`).toEqual([]);
        }
      } finally {
        await opened.close();
      }
    });
  }
}

test('the hours page fits its type to new words in its buurtpunt blocks, not to the words they had', async ({
  page,
}) => {
  // The blocks are elements of their own, which render after the page: a fit taken when the page
  // rendered saw their old words. At 800x480 the Christmas week just fills the page at a scale
  // above 1, so a scale kept from the old words would make the new ones overflow.
  await page.setViewportSize({ width: 800, height: 480 });
  const week = CHANGED_WEEKS[0]!;
  const opened = await openWith(page, week.content(), week.at);
  try {
    await page.clock.resume();
    await page.mouse.click(400, 240);
    await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
    await page.locator('[data-section="hours"]').click();
    await animationsDone(page);
    const hoursPage = page.locator('kiosk-hours-page').first();
    const fitted = () =>
      hoursPage.evaluate((el) => {
        const fill = el.shadowRoot!.querySelector<HTMLElement>('.fill')!;
        return {
          fit: Number(fill.style.getPropertyValue('--fit')),
          overflows: fill.scrollHeight > fill.clientHeight,
        };
      });
    const setBlocks = (twice: boolean) =>
      hoursPage.evaluate(async (el, twice) => {
        // ownBlocks: the page's own blocks, kept on the element the first time.
        const page = el as HTMLElement & {
          blocks: unknown[];
          ownBlocks?: unknown[];
          updateComplete: Promise<boolean>;
        };
        const own = (page.ownBlocks ??= page.blocks);
        page.blocks = twice ? [...own, ...own] : own;
        await page.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }, twice);
    const first = await fitted();
    expect(first.fit, 'the week fills the page above the base size').toBeGreaterThan(1);
    expect(first.overflows).toBe(false);
    // Twice the words: back to the base size (they cannot fit in any case).
    await setBlocks(true);
    expect((await fitted()).fit).toBe(1);
    // The same words again: the scale found for them, and nothing overflows.
    await setBlocks(false);
    expect(await fitted()).toEqual(first);
    expect(await findLayoutProblems(page)).toEqual([]);
  } finally {
    await opened.close();
  }
});
