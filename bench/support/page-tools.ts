/** Node-side access to bench/probes/page-tools.js (window.__bench) in a page. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The probe file, for `page.addInitScript({ path })`. */
export const PAGE_TOOLS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'probes',
  'page-tools.js',
);

export interface LongTask {
  startTime: number;
  duration: number;
}

/** "kind:key|…" of the visible slides. */
export function slideSignature(page: Page): Promise<string> {
  return page.evaluate<string>('window.__bench.slideSignature()');
}

/** Waits (real time, at most `maxMs`) until no finite CSS/Web animation is running. */
export async function waitForAnimations(page: Page, maxMs = 5_000): Promise<void> {
  const until = Date.now() + maxMs;
  for (;;) {
    const remaining = await page.evaluate<number>('window.__bench.animationRemainingMs()');
    if (remaining <= 0 || Date.now() >= until) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(remaining + 20, until - Date.now())));
  }
}

/** Long tasks observed since the previous call (or since the page loaded). */
export function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate<LongTask[]>('window.__bench.takeLongTasks()');
}

/** The page's composed text, through all shadow roots. */
export function deepText(page: Page): Promise<string> {
  return page.evaluate<string>('window.__bench.deepText()');
}

/** Elements in the document and its shadow roots. */
export function elementCounts(page: Page): Promise<{ elements: number; shadowRoots: number }> {
  return page.evaluate<{ elements: number; shadowRoots: number }>('window.__bench.counts()');
}
