/**
 * The first screen arrives as HTML: the handler draws the header and the status slide of the
 * instant into index.html (renderer/ssr), so they show with the test hooks before any script runs;
 * app.js then takes that DOM over without changing a node, a word or a pixel; the CSP allows it all;
 * and a kiosk whose server render is missing or broken still shows its slides.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { SCREEN_SIZES, expect, test } from '../support/fixtures';
import { startTestKiosk, type TestKiosk } from '../support/kiosk-server';
import { holdSlides } from '../support/rotation';

/** Thursday 3 December 2026, 10:00 in Brussels: Bijloke is open until 12:00, Hof ten Rode closed. */
const THURSDAY_TEN = Date.parse('2026-12-03T10:00:00+01:00');

/**
 * A kiosk whose handler draws the first screen at `at` (its clock fixed there), every slide held
 * 600 s so the status slide stays while a slow machine loads the page.
 */
async function kioskAt(at: number, options: Parameters<typeof startTestKiosk>[0] = {}): Promise<TestKiosk> {
  const kiosk = await startTestKiosk({ location: 'bijloke', clock: () => at, ...options });
  holdSlides(kiosk);
  return kiosk;
}

const status = (page: Page, id: string) => page.locator(`[data-slide="status"] [data-location="${id}"]`);

/**
 * Every text node's text, through every shadow root, in document order: what is on screen, so not
 * the next slide, which the rotation lays out ahead of its turn, hidden ([data-ahead]).
 */
function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      for (let node = root.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          if (node.localName === 'style' || node.localName === 'script' || node.hasAttribute('data-ahead'))
            continue;
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return parts.join('').replace(/\s+/g, ' ').trim();
  });
}

/**
 * The composed DOM as text: every element with its attributes and every non-blank text, through
 * shadow roots; comments (Lit's markers) and the next slide prepared ahead ([data-ahead]) left out.
 */
function composedDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const walk = (root: Node, depth: number) => {
      for (let node = root.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
          lines.push(`${' '.repeat(depth)}"${node.textContent.trim()}"`);
        }
        if (!(node instanceof Element) || node.localName === 'style' || node.localName === 'script') continue;
        if (node.hasAttribute('data-ahead')) continue;
        const attributes = [...node.attributes]
          .map((a) => `${a.name}=${a.value}`)
          .sort()
          .join(' ');
        lines.push(`${' '.repeat(depth)}<${node.localName} ${attributes}>`);
        if (node.shadowRoot) walk(node.shadowRoot, depth + 1);
        walk(node, depth + 1);
      }
    };
    walk(document.body, 0);
    return lines.join('\n');
  });
}

/** Holds app.js back until the returned function is called: the drawn page alone, without the app. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/app.js', async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Collects CSP violations and layout shifts from before the page's own code runs. */
async function watchPage(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const seen = { shifts: 0, violations: [] as string[] };
    Object.assign(window, { __seen: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { problems };
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: { shifts: number; violations: string[] } }).__seen);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the header and what is open now, with the test hooks, from the HTML alone', async ({
    page,
  }) => {
    const kiosk = await kioskAt(THURSDAY_TEN);
    try {
      const response = await page.goto(kiosk.url);
      expect(await response?.text()).toContain('data-slide="status"');
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
      await expect(page.locator('[data-slide="status"]')).toBeVisible();
      await expect(status(page, 'bijloke')).toHaveAttribute('data-state', 'open');
      await expect(status(page, 'bijloke').locator('[data-headline]')).toHaveText('Nu open · tot 12:00');
      await expect(status(page, 'hof-ten-rode')).toHaveAttribute('data-state', 'closed');
      await expect(status(page, 'hof-ten-rode').locator('[data-headline]')).toHaveText(
        'Gesloten · opent dinsdag 8 december om 10:00',
      );
      await expect(page.locator('kiosk-header')).toContainText('donderdag 3 december · 10:00');
      await expect(page.getByText('Tik op het scherm voor contactgegevens')).toBeVisible();
    } finally {
      await kiosk.close();
    }
  });
});

for (const size of SCREEN_SIZES) {
  test(`takes the drawn screen over without changing a node, a word or a pixel at ${size.name}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // The page's clock agrees with the server's, as on a kiosk, where both are one machine.
    await page.clock.install({ time: THURSDAY_TEN });
    const kiosk = await kioskAt(THURSDAY_TEN);
    const { problems } = await watchPage(page);
    // app.js waits until the drawn page has been looked at.
    const release = await holdAppScript(page);
    try {
      await page.goto(kiosk.url, { waitUntil: 'commit' });
      await expect(status(page, 'bijloke')).toHaveAttribute('data-state', 'open');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const drawnText = await deepText(page);
      const drawnPixels = await page.screenshot({ animations: 'disabled' });
      // Mark the drawn nodes: taking over must keep them, not draw new ones.
      await page.evaluate(() => {
        const slide = document
          .querySelector('kiosk-app')
          ?.shadowRoot?.querySelector('kiosk-rotation')
          ?.shadowRoot?.querySelector('kiosk-status-slide');
        // Each buurtpunt's block and the status words inside its own shadow root.
        for (const block of slide?.shadowRoot?.querySelectorAll('kiosk-location-status') ?? []) {
          Object.assign(block, { drawnByServer: true });
          const words = block.shadowRoot?.querySelector('.status');
          if (words) Object.assign(words, { drawnByServer: true });
        }
      });
      expect(await page.evaluate(() => customElements.get('kiosk-app'))).toBeUndefined();

      release();
      // Taken over: the app runs, and the chunk it loads after the first frame has arrived.
      await page.waitForFunction(() => customElements.get('kiosk-app') && customElements.get('kiosk-notice'));
      await page.evaluate(
        () =>
          document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('kiosk-app')
            ?.updateComplete,
      );
      expect(await deepText(page)).toBe(drawnText);
      expect(await page.screenshot({ animations: 'disabled' })).toEqual(drawnPixels);
      const kept = await page.evaluate(() => {
        const slide = document
          .querySelector('kiosk-app')
          ?.shadowRoot?.querySelector('kiosk-rotation')
          ?.shadowRoot?.querySelector('kiosk-status-slide');
        const blocks = [...(slide?.shadowRoot?.querySelectorAll('kiosk-location-status') ?? [])];
        const words = blocks.map((block) => block.shadowRoot?.querySelector('.status'));
        return (
          blocks.length > 0 &&
          blocks.every((block) => 'drawnByServer' in block) &&
          words.every((w) => w !== null && w !== undefined && 'drawnByServer' in w)
        );
      });
      expect(kept, 'the drawn status blocks are still the ones on the page').toBe(true);
      expect((await seen(page)).shifts).toBe(0);
      expect((await seen(page)).violations).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await kiosk.close();
    }
  });
}

test('keeps no CSP violation from loading to the touch screen and back', async ({ page }) => {
  const kiosk = await kioskAt(Date.now());
  const { problems } = await watchPage(page);
  try {
    await page.goto(kiosk.url);
    await expect(page.locator('[data-slide="status"]')).toBeVisible();
    await page.waitForFunction(() => customElements.get('kiosk-interactive'));
    await page.locator('kiosk-app').click({ position: { x: 400, y: 400 } });
    await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
    await expect(page.locator('[data-slide="contacts"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'rotation');
    expect((await seen(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await kiosk.close();
  }
});

for (const [input, press] of [
  ['a tap', (page: Page) => page.mouse.click(400, 400)],
  ['a key', (page: Page) => page.keyboard.press('Enter')],
] as const) {
  test(`${input} on the drawn screen before the app has started still opens the touch screen`, async ({
    page,
  }) => {
    const kiosk = await kioskAt(Date.now());
    const { problems } = await watchPage(page);
    const release = await holdAppScript(page);
    try {
      await page.goto(kiosk.url, { waitUntil: 'commit' });
      await expect(page.locator('[data-slide="status"]')).toBeVisible();
      // The after-paint script is inline in the head: it listens before the screen is painted.
      expect(await page.locator('html[data-early-input]').count()).toBe(1);
      await press(page);
      expect(await page.evaluate(() => customElements.get('kiosk-app'))).toBeUndefined();
      release();
      await expect(page.locator('kiosk-app')).toHaveAttribute('data-mode', 'interactive');
      await expect(page.locator('[data-slide="contacts"]')).toBeVisible();
      await expect(page.locator('html[data-early-input]')).not.toBeAttached();
      expect(problems).toEqual([]);
    } finally {
      await kiosk.close();
    }
  });
}

test('once it follows its own clock, a drawn page is the page the browser would have drawn', async ({
  browser,
}) => {
  test.setTimeout(120_000); // four cold loads
  // Drawn on Wednesday before dawn; shown on Monday evening and on Thursday morning (another day
  // marked "vandaag", another state): taking over must leave nothing of the drawn moment behind.
  const wednesday = Date.parse('2026-12-02T04:00:00+01:00');
  const drawing = await kioskAt(wednesday);
  const plain = await kioskAt(wednesday, {
    firstScreenModule: path.join(os.tmpdir(), 'buurtkiosk-no-such-dir', 'first-screen.js'),
  });
  try {
    for (const [at, time] of [
      ['2026-12-07T20:00:00+01:00', '20:00'],
      ['2026-12-03T10:00:00+01:00', '10:00'],
    ] as const) {
      const doms: string[] = [];
      for (const kiosk of [drawing, plain]) {
        const context = await browser.newContext({
          locale: 'nl-BE',
          timezoneId: 'Europe/Brussels',
          viewport: { width: 1920, height: 1080 },
        });
        const page = await context.newPage();
        await page.clock.install({ time: Date.parse(at) - 1000 });
        await page.clock.pauseAt(Date.parse(at));
        await page.goto(kiosk.url);
        await expect(page.locator('kiosk-header time')).toHaveText(time);
        await expect(page.locator('[data-slide="status"]')).toHaveCount(1);
        doms.push(await composedDom(page));
        await context.close();
      }
      expect(doms[0], `at ${at}`).toBe(doms[1]);
    }
  } finally {
    await drawing.close();
    await plain.close();
  }
});

test('follows its own clock when the page was drawn for another moment', async ({ page }) => {
  // Drawn on Wednesday afternoon (Bijloke closed), shown by a browser whose clock says Thursday 10:00.
  const kiosk = await kioskAt(Date.parse('2026-12-02T16:30:00+01:00'));
  try {
    await page.clock.install({ time: THURSDAY_TEN });
    await page.goto(kiosk.url);
    await expect(status(page, 'bijloke')).toHaveAttribute('data-state', 'open');
    await expect(status(page, 'bijloke').locator('[data-headline]')).toHaveText('Nu open · tot 12:00');
    await expect(page.locator('kiosk-header')).toContainText('donderdag 3 december');
  } finally {
    await kiosk.close();
  }
});

test.describe('when the handler cannot draw the first screen', () => {
  const broken = path.join(os.tmpdir(), `buurtkiosk-broken-first-screen-${process.pid}.mjs`);
  test.beforeAll(() =>
    writeFileSync(broken, 'export const renderFirstScreen = () => { throw new Error("kapot"); };\n'),
  );

  for (const [why, module] of [
    ['its module is missing', path.join(os.tmpdir(), 'buurtkiosk-no-such-dir', 'first-screen.js')],
    ['drawing fails', broken],
  ] as const) {
    test(`the app draws the slides itself when ${why}`, async ({ page }) => {
      const kiosk = await kioskAt(THURSDAY_TEN, { firstScreenModule: module });
      const { problems } = await watchPage(page);
      try {
        await page.clock.install({ time: THURSDAY_TEN });
        const response = await page.goto(kiosk.url);
        expect(await response?.text()).toContain('<kiosk-app></kiosk-app>');
        await expect(status(page, 'bijloke')).toHaveAttribute('data-state', 'open');
        await expect(status(page, 'bijloke').locator('[data-headline]')).toHaveText('Nu open · tot 12:00');
        expect((await seen(page)).violations).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await kiosk.close();
      }
    });
  }
});
