/** One cold load of a page (fresh context, HTTP cache off) timed to its first slide text painted. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, ConsoleMessage } from '@playwright/test';
import { collectGarbage, newKioskContext, performanceSession, readMetrics } from './browser';

const FIRST_SLIDE_PROBE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'probes',
  'first-slide.js',
);

export interface ColdLoad {
  /** Navigation start to the first frame painted with slide text (ms). */
  firstSlideMs: number;
  /** First contentful paint (ms): when the compositor presented the first text, for comparison. */
  fcpMs: number | null;
  /** When the slide was first laid out with text, even while still transparent (fading in). */
  presentMs: number;
  /** Which data-slide was found. */
  kind: string;
  /** Milestones on the way (ms from navigation start): where the time goes. */
  phases: Phases;
  /** JS heap used after load and a full GC (bytes), when asked for. */
  heapBytes?: number;
  /** DOM nodes after load and a full GC, when asked for. */
  nodes?: number;
}

/** Milestones of a load, from the Navigation and Resource Timing entries. */
export interface Phases {
  /** The HTML has arrived. */
  html: number;
  /** The last script the first frame needs has arrived. */
  scripts: number;
  /** The app asked for its content; null when it started from the payload in index.html. */
  apiStart: number | null;
  /** The content has arrived. */
  apiEnd: number | null;
}

const PHASES_SCRIPT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  // The scripts the first frame waits for: not the chunk loaded after it (renderer/later.ts).
  const scripts = res.filter(
    (r) => (r.initiatorType === 'script' || r.name.endsWith('.js')) && !r.name.includes('/chunks/later-'),
  );
  const api = res.find((r) => new URL(r.name).pathname.endsWith('/api/kiosk'));
  return {
    html: nav ? nav.responseEnd : 0,
    scripts: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    apiStart: api ? api.startTime : null,
    apiEnd: api ? api.responseEnd : null,
  };
})()`;

// First contentful paint is reported once the frame has been presented, which may be after the
// probe's report: wait for it a little.
const FCP_SCRIPT = `new Promise((resolve) => {
  const entry = performance.getEntriesByName('first-contentful-paint')[0];
  if (entry) return resolve(entry.startTime);
  new PerformanceObserver((list) => {
    const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (fcp) resolve(fcp.startTime);
  }).observe({ type: 'paint' });
  setTimeout(() => resolve(null), 2000);
})`;

interface ProbeReport {
  paintedAt: number;
  presentAt: number;
  kind: string;
}

export interface ColdLoadOptions {
  /** Also read the JS heap and DOM nodes after a full GC. */
  heap?: boolean;
  /** Slow the renderer's CPU down this many times (CDP), from before the navigation. */
  cpuThrottle?: number;
}

/** Loads `url` cold and waits (up to 20 s) for the probe's report. */
export async function coldLoad(browser: Browser, url: string, opts: ColdLoadOptions = {}): Promise<ColdLoad> {
  const context = await newKioskContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await performanceSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (opts.cpuThrottle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuThrottle });
    await page.addInitScript({ path: FIRST_SLIDE_PROBE });
    const reported = page.waitForEvent('console', {
      predicate: (m: ConsoleMessage) => m.text().startsWith('bench:first-slide '),
      timeout: 20_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    const report = JSON.parse((await reported).text().slice('bench:first-slide '.length)) as ProbeReport;
    const fcpMs = await page.evaluate<number | null>(FCP_SCRIPT);
    const phases = await page.evaluate<Phases>(PHASES_SCRIPT);
    const load: ColdLoad = {
      firstSlideMs: report.paintedAt,
      presentMs: report.presentAt,
      fcpMs,
      kind: report.kind,
      phases,
    };
    if (opts.heap) {
      await collectGarbage(cdp);
      const metrics = await readMetrics(cdp);
      load.heapBytes = metrics.JSHeapUsedSize ?? 0;
      load.nodes = metrics.Nodes ?? 0;
    }
    return load;
  } finally {
    await context.close();
  }
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
