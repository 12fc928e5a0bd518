/** Debian's Chromium through Playwright, with the e2e tests' flags, and the page settings the kiosk has. */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

/** Launches /usr/bin/chromium (or CHROMIUM_PATH) headless, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh context (empty cache, own renderer process) with the kiosk's locale, zone and screen;
 * `hasTouch` for a touch screen.
 */
export function newKioskContext(
  browser: Browser,
  opts: { hasTouch?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1920, height: 1080 },
    hasTouch: opts.hasTouch ?? false,
  });
}

/** A CDP session on `page` with the Performance domain on (JS heap, DOM nodes, task time). */
export async function performanceSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** CDP Performance metrics by name (JSHeapUsedSize, Nodes, TaskDuration, ScriptDuration, …). */
export async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Forces full garbage collection (twice: the first pass may leave objects finalisers free). */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // The location names the resource of a "Failed to load resource" line.
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
