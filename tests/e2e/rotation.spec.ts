import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { ContentInput } from '../../core/content/schema';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { sampleContent, startTestKiosk, writeContentDir, type TestKiosk } from '../support/kiosk-server';
import { findLayoutProblems } from '../support/layout-checks';
import { readQrOnScreen } from '../support/qr-decode';
import { contentSpan, minimumTextPx, recordMeasure, smallestText } from '../support/readability';
import { holdSlides, nextSlide, settledSlideKey } from '../support/rotation';
import { pngImage } from '../support/test-images';
import { CLOCK_START, rotationContent } from '../support/rotation-content';

/**
 * Runs `use` with a kiosk on the rotation test content, every slide held (the test moves the
 * clock), and closes the kiosk and removes its content afterwards.
 */
async function withRotationKiosk(
  use: (kiosk: TestKiosk) => Promise<void>,
  options: Omit<Parameters<typeof startTestKiosk>[0], 'contentDir'> = {},
): Promise<void> {
  const folder = writeContentDir(rotationContent());
  const kiosk = await startTestKiosk({ ...options, contentDir: folder.dir });
  try {
    holdSlides(kiosk);
    await use(kiosk);
  } finally {
    await kiosk.close();
    folder.remove();
  }
}

const BIJLOKE_FACEBOOK = 'https://www.facebook.com/profile.php?id=100088118940159';

/** With BUURTKIOSK_DOCS_SCREENSHOTS=<slide kind> the screenshots of that kind go to docs/screenshots. */
const DOCS_KIND = process.env.BUURTKIOSK_DOCS_SCREENSHOTS;
const DOCS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Share of the room between header and footer every slide's content must span. */
const MIN_SPAN = 0.6;

/** Serious or critical accessibility violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * No visible text below the minimum for the screen, and the slide's content spanning at least
 * MIN_SPAN of the room between header and footer; both figures are attached to the report.
 */
async function expectReadableAndFull(
  page: Page,
  size: { name: string; width: number; height: number },
  key: string,
  testInfo: TestInfo,
): Promise<void> {
  const smallest = await smallestText(page);
  const span = await contentSpan(page);
  await recordMeasure(testInfo, `${size.name} ${key}`, {
    minFontPx: smallest?.px,
    span: Number(span.ratio.toFixed(3)),
  });
  expect(smallest, 'visible text on screen').not.toBeNull();
  expect(smallest!.px, `smallest text at ${size.name}: ${JSON.stringify(smallest)}`).toBeGreaterThanOrEqual(
    minimumTextPx(size),
  );
  expect(span.ratio, `content span of ${key} at ${size.name}`).toBeGreaterThanOrEqual(MIN_SPAN);
}

async function saveScreenshot(page: Page, testInfo: TestInfo, size: string, step: number, key: string) {
  const file = testInfo.outputPath(
    `${size}-${String(step).padStart(2, '0')}-${key.replace(/[^a-z0-9-]+/gi, '_')}.png`,
  );
  await page.screenshot({ path: file });
  return file;
}

for (const size of SCREEN_SIZES) {
  test(`rotates through every slide type at ${size.name} without overflow or accessibility problems`, async ({
    page,
    offlineGuard,
  }, testInfo) => {
    test.setTimeout(600_000);
    await withRotationKiosk(
      async (kiosk) => {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.clock.install({ time: CLOCK_START });
        await page.goto(kiosk.url);
        await expect(page.locator('kiosk-header')).toContainText('Buurtpunt Hof ten Rode – Baasrode');
        await expect(page.locator('kiosk-header')).toContainText('dinsdag 1 december');

        const seen: string[] = [];
        const checkedKinds = new Set<string>();
        let key = await settledSlideKey(page);
        const first = key;
        for (let step = 0; step < 20; step++) {
          const slide = page.locator('[data-slide]');
          await expect(slide).toHaveCount(1);
          const kind = (await slide.getAttribute('data-slide')) ?? '';
          seen.push(key);
          const shot = await saveScreenshot(page, testInfo, size.name, step, key);
          if (DOCS_KIND === kind && !checkedKinds.has(kind)) {
            mkdirSync(DOCS_DIR, { recursive: true });
            copyFileSync(shot, path.join(DOCS_DIR, `${size.name}.png`));
          }
          expect(await findLayoutProblems(page), `layout of ${key} at ${size.name}`).toEqual([]);
          await expectReadableAndFull(page, size, key, testInfo);
          if (!checkedKinds.has(kind)) {
            checkedKinds.add(kind);
            expect(await seriousViolations(page), `accessibility of ${key} at ${size.name}`).toEqual([]);
          }
          if (kind === 'facebook') {
            // Read from the whole screen, as a phone held up to it would.
            const code = await readQrOnScreen(page);
            expect(code?.text).toBe(BIJLOKE_FACEBOOK);
            expect(code!.modulePx, 'px per module of the Facebook code').toBeGreaterThanOrEqual(4);
            await recordMeasure(testInfo, `${size.name} qr-facebook`, {
              version: code!.version,
              modulePx: Number(code!.modulePx.toFixed(2)),
            });
            const qr = await page.locator('[data-facebook="bijloke"] kiosk-qr-code').boundingBox();
            expect(qr!.width).toBeGreaterThanOrEqual(0.3 * Math.min(size.width, size.height));
            await expect(page.locator('[data-facebook="bijloke"]')).toContainText(
              'facebook.com/profile.php?id=100088118940159',
            );
            await expect(page.locator('[data-facebook="hof-ten-rode"]')).toContainText(
              'Facebookpagina nog in opbouw',
            );
            await expect(page.locator('[data-facebook="hof-ten-rode"] kiosk-qr-code')).toHaveCount(0);
          }
          key = await nextSlide(page, key);
          if (key === first) break;
        }

        expect(seen).toEqual([
          'status',
          'activities',
          'activities-2',
          'activities-3',
          'facebook',
          'services',
          'about',
          'announcement:Buurtpunt Hof ten Rode – Baasrode uitzonderlijk gesloten op donderdag',
          'announcement:Heb je een idee voor de buurt?',
        ]);
        expect(errors).toEqual([]);
        expect(offlineGuard).toEqual([]);
      },
      { location: 'hof-ten-rode' },
    );
  });
}

for (const size of SCREEN_SIZES) {
  test(`with the sample content, every slide fills its screen in readable type at ${size.name}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    // Tuesday 15 December 2026, 10:00: Hof ten Rode open, two activities left, both announcements up.
    const content: ContentInput = sampleContent();
    const folder = writeContentDir(content);
    const kiosk = await startTestKiosk({ contentDir: folder.dir, location: 'hof-ten-rode' });
    try {
      holdSlides(kiosk);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.install({ time: new Date('2026-12-15T09:00:00Z') });
      await page.goto(kiosk.url);
      const seen: string[] = [];
      let key = await settledSlideKey(page);
      const first = key;
      for (let step = 0; step < 12; step++) {
        seen.push(key);
        expect(await findLayoutProblems(page), `layout of ${key} at ${size.name}`).toEqual([]);
        await expectReadableAndFull(page, size, `sample-${key}`, testInfo);
        key = await nextSlide(page, key);
        if (key === first) break;
      }
      expect(seen.map((k) => k.replace(/:.*/, ''))).toEqual([
        'status',
        'activities',
        'facebook',
        'services',
        'about',
        'announcement',
        'announcement',
      ]);
    } finally {
      await kiosk.close();
      folder.remove();
    }
  });
}

test('groups activities as "Vandaag", "Morgen", "Deze week" and "Later" with Dutch times and places', async ({
  page,
}) => {
  await withRotationKiosk(async (kiosk) => {
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    const status = await settledSlideKey(page);
    await nextSlide(page, status);
    const slide = page.locator('[data-slide="activities"]');
    await expect(slide.locator('h3')).toHaveText(['Vandaag', 'Morgen', 'Deze week']);
    await expect(slide).toContainText('Vandaag · 14:00 – 16:00');
    await expect(slide).toContainText('Morgen · 9:30 – 11:30');
    await expect(slide).toContainText('donderdag 3 december · 10:00 – 12:00');
    await expect(slide).toContainText('Buurtpunt Hof ten Rode – Baasrode, Hof ten Rode 78, 9200 Baasrode');
    // The content version in the URL: a photo replaced under the same name is another picture.
    await expect(slide.locator('img')).toHaveAttribute(
      'src',
      `/media/images/koffie.png?v=${kiosk.state.bundle.version}`,
    );
    expect(await slide.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
      0,
    );
  });
});

test('drops an activity from the screen at its end time, without a reload', async ({ page }) => {
  const content = rotationContent();
  content.activities = content.activities!.slice(0, 2);
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir });
  try {
    holdSlides(kiosk);
    // 15:48 in Brussels; moving on to the activities slide takes the clock to 15:58; it ends at 16:00.
    await page.clock.install({ time: new Date(CLOCK_START.getTime() + (5 * 60 + 48) * 60_000) });
    await page.goto(kiosk.url);
    await nextSlide(page, await settledSlideKey(page));
    const slide = page.locator('[data-slide="activities"]');
    await expect(slide.locator('h4')).toHaveText([/Grote buurtbabbel/, 'Soep en babbel']);
    // A mark on the page survives only if it is not reloaded (the fake clock hides performance entries).
    await page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'same-page'));
    await page.clock.fastForward(3 * 60_000);
    await expect(slide.locator('h4')).toHaveText(['Soep en babbel']);
    await expect(page.locator('html')).toHaveAttribute('data-test-mark', 'same-page');
  } finally {
    await kiosk.close();
    folder.remove();
  }
});

test('cuts between slides without animation when the system asks for reduced motion', async ({ page }) => {
  await withRotationKiosk(async (kiosk) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    const first = await settledSlideKey(page);
    await page.clock.fastForward(600_000);
    await expect(page.locator('kiosk-rotation .stage')).not.toHaveAttribute('data-slide-key', first);
    const running = await page.evaluate(() =>
      document
        .querySelector('kiosk-app')!
        .shadowRoot!.querySelector('kiosk-rotation')!
        .shadowRoot!.getAnimations()
        .map((a) => a.constructor.name),
    );
    expect(running).toEqual([]);
  });
});

test('shows the touch hint and a progress segment per slide, the one on screen lit', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.url);
  await expect(page.getByText('Tik op het scherm voor contactgegevens')).toBeVisible();
  const count = await page.locator('kiosk-progress span').count();
  expect(count).toBeGreaterThan(3);
  await expect(page.locator('kiosk-progress span').first()).toHaveClass('current');
  await expect(page.locator('kiosk-progress span.current')).toHaveCount(1);
});

/** The slide on screen (or the one laid out ahead): its element's name and the scale of its type. */
function slideFit(page: Page, which: 'shown' | 'ahead'): Promise<{ tag: string; fit: string }> {
  return page.evaluate((lane) => {
    const rotation = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-rotation');
    const slide = rotation?.shadowRoot?.querySelector(`.slide.${lane}`)?.firstElementChild;
    const fill = slide?.shadowRoot?.querySelector<HTMLElement>('.fill');
    return { tag: slide?.localName ?? '', fit: fill?.style.getPropertyValue('--fit') ?? '' };
  }, which);
}

/** Moves the rotation on until a slide of element `tag` is on screen (within 10 slides). */
async function rotateTo(page: Page, tag: string): Promise<void> {
  let key = await settledSlideKey(page);
  for (let i = 0; i < 10 && (await slideFit(page, 'shown')).tag !== tag; i++) {
    key = await nextSlide(page, key);
  }
  expect((await slideFit(page, 'shown')).tag).toBe(tag);
}

test('a slide laid out ahead, its words shaped before each scale it tries, grows its type as far as one fitted on screen', async ({
  page,
}) => {
  await withRotationKiosk(async (kiosk) => {
    const size = page.viewportSize()!;
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    const first = await settledSlideKey(page);
    await expect(page.locator('kiosk-rotation .slide.ahead.laid')).toHaveCount(1);
    // Its search, one layout per background task after the shaping tasks, has settled on a scale.
    let last = '';
    let unchanged = 0;
    await expect
      .poll(
        async () => {
          const { fit } = await slideFit(page, 'ahead');
          unchanged = fit !== '' && fit === last ? unchanged + 1 : 0;
          last = fit;
          return unchanged;
        },
        { timeout: 30_000, intervals: [250] },
      )
      .toBeGreaterThanOrEqual(4);
    await nextSlide(page, first);
    const ahead = await slideFit(page, 'shown');
    expect(ahead.tag).toMatch(/^kiosk-.+-slide$/);
    expect(Number(ahead.fit), `${ahead.tag} grows its type`).toBeGreaterThan(1);

    // The same slide on another page, shown at a lower height, then given this page's size while it
    // is on screen: fitted there and then, in one go, with no shaping steps.
    const other = await page.context().newPage();
    await other.setViewportSize({ width: size.width, height: size.height - 120 });
    await other.clock.install({ time: CLOCK_START });
    await other.goto(kiosk.url);
    await rotateTo(other, ahead.tag);
    await other.setViewportSize(size);
    await expect.poll(async () => (await slideFit(other, 'shown')).fit).toBe(ahead.fit);
    await other.close();
  });
});

test('a slide fitted while a font was on its way is fitted again once the font is there', async ({
  page,
}) => {
  // Letters such as ł and ş come from the latin-ext faces, files fetched only when a text needs
  // them. Until one arrives the browser measures those letters in a fallback font: a scale found
  // then and kept under the slide's words would stay wrong (too small, or too large and cut off)
  // until the words changed, which on a kiosk can be weeks.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*latin-ext*.woff2', async (route) => {
    await held;
    await route.continue();
  });
  const content = sampleContent();
  content.announcements = [
    {
      // Words of latin-ext letters only, many lines of them: the fallback font draws each of these
      // letters about 15% wider, so with it the words need more lines, and a smaller scale.
      title: 'Zażółć gęślą jaźń',
      text: latinExtWords(40),
    },
  ];
  const folder = writeContentDir(content);
  const kiosk = await startTestKiosk({ contentDir: folder.dir });
  try {
    holdSlides(kiosk);
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    await rotateTo(page, 'kiosk-announcement-slide');
    const latinExtLoaded = () =>
      page.evaluate(() =>
        [...document.fonts].some(
          (face) => face.status === 'loaded' && face.unicodeRange.includes('U+100-2BA'),
        ),
      );
    expect(await latinExtLoaded(), 'the latin-ext face is still on its way').toBe(false);
    const withFallback = Number((await slideFit(page, 'shown')).fit);

    release();
    await expect.poll(latinExtLoaded).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    const fitted = await largestFit(page, ANNOUNCEMENT_MAX_FIT);
    expect(fitted.fits, 'the words fit at the scale set').toBe(true);
    expect(fitted.largerFits, 'a scale 0.03 larger would not fit').toBe(false);
    expect(fitted.fit, 'the fallback font had been given another scale').not.toBe(withFallback);
  } finally {
    await kiosk.close();
    folder.remove();
  }
});

test('a photo replaced under the same name shows the new picture at once, without a reload', async ({
  page,
}) => {
  // Staff put next month's poster on the stick as images/affiche.png, the name of last month's:
  // a new content version. The page had loaded the old picture for that URL and would keep it.
  const content = sampleContent();
  content.announcements = [
    { title: 'De affiche van de maand', text: 'Kom langs!', image: 'images/affiche.png' },
  ];
  const first = writeContentDir(content);
  writeFileSync(path.join(first.dir, 'images', 'affiche.png'), pngImage(400, 300, 1));
  const second = writeContentDir(content);
  writeFileSync(path.join(second.dir, 'images', 'affiche.png'), pngImage(300, 400, 2));
  const kiosk = await startTestKiosk({ contentDir: first.dir });
  try {
    holdSlides(kiosk);
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    await rotateTo(page, 'kiosk-announcement-slide');
    const poster = page.locator('[data-slide="announcement"] img');
    const size = () => poster.evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`);
    await expect.poll(size).toBe('400x300');
    const navigations = await page.evaluate(() => performance.getEntriesByType('navigation').length);

    const replaced = structuredClone(kiosk.state.bundle);
    replaced.dir = second.dir;
    replaced.version = 'affiche-2';
    kiosk.state.setBundle(replaced);
    await expect.poll(size).toBe('300x400');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(navigations);
  } finally {
    await kiosk.close();
    first.remove();
    second.remove();
  }
});

/** The largest scale of an announcement's type (renderer/slides/kiosk-announcement-slide.ts). */
const ANNOUNCEMENT_MAX_FIT = 3;

/** `count` words of 2 to 9 letters, all of them from the latin-ext faces. */
function latinExtWords(count: number): string {
  const letters = 'ąćęłńśźżşğčšžřě';
  let next = 0;
  const word = (length: number) => Array.from({ length }, () => letters[next++ % letters.length]).join('');
  return Array.from({ length: count }, (_, i) => word(2 + ((i * 5) % 8))).join(' ');
}

/**
 * The scale of the slide on screen, whether its words fit at that scale, and whether they would at
 * a scale 0.03 larger: the search ends within (max − 1) / 2⁷ of the largest that fits and rounds
 * down to hundredths, 0.026 at most for an announcement. `largerFits` is false at `max` itself.
 */
function largestFit(page: Page, max: number): Promise<{ fit: number; fits: boolean; largerFits: boolean }> {
  return page.evaluate((max) => {
    const rotation = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-rotation');
    const slide = rotation?.shadowRoot?.querySelector('.slide.shown')?.firstElementChild;
    const fill = slide!.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    const fit = Number(fill.style.getPropertyValue('--fit'));
    const fitsAt = (scale: number): boolean => {
      fill.style.setProperty('--fit', String(scale));
      return fill.scrollHeight <= fill.clientHeight && fill.scrollWidth <= fill.clientWidth;
    };
    const fits = fitsAt(fit);
    const largerFits = fit < max && fitsAt(Math.min(max, fit + 0.03));
    fill.style.setProperty('--fit', String(fit));
    return { fit, fits, largerFits };
  }, max);
}

test('lays out the next slide ahead, hidden and without its hook, and shows that very slide at its turn', async ({
  page,
}) => {
  await withRotationKiosk(async (kiosk) => {
    await page.clock.install({ time: CLOCK_START });
    await page.goto(kiosk.url);
    const first = await settledSlideKey(page);
    // The next slide is built and laid out in the other lane while the first one shows.
    const ahead = page.locator('kiosk-rotation .slide.ahead.laid');
    await expect(ahead).toHaveCount(1);
    // Marks the prepared slide element, and names its type.
    const aheadTag = await page.evaluate(() => {
      const rotation = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-rotation');
      const slide = rotation?.shadowRoot?.querySelector('.slide[data-ahead]')?.firstElementChild;
      if (slide) Object.assign(slide, { preparedAhead: true });
      return slide?.localName ?? null;
    });
    expect(aheadTag).toMatch(/^kiosk-.+-slide$/);
    await expect(ahead).toBeHidden();
    await expect(ahead).toHaveAttribute('inert', '');
    await expect(ahead).toHaveAttribute('aria-hidden', 'true');
    // One hook on the page: the slide on screen.
    await expect(page.locator('[data-slide]')).toHaveCount(1);
    await expect(page.locator('[data-slide]')).toBeVisible();

    await nextSlide(page, first);
    await expect(page.locator('[data-slide]')).toHaveCount(1);
    const shown = await page.evaluate(() => {
      const rotation = document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-rotation');
      const slide = rotation?.shadowRoot?.querySelector('.slide.shown')?.firstElementChild;
      return { tag: slide?.localName, prepared: Boolean(slide && 'preparedAhead' in slide) };
    });
    expect(shown).toEqual({ tag: aheadTag, prepared: true });
    await expect(page.locator('[data-slide]')).toBeVisible();
  });
});
