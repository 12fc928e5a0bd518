/**
 * Soak: a simulated week (Playwright's fake clock, run forward hour by hour) of rotation, opening
 * status changes, activities and announcements expiring and one content update per day. JS heap
 * (after a full GC) and DOM nodes are sampled every simulated hour; console errors are collected.
 */
import type { Page } from '@playwright/test';
import { SLIDE_KINDS } from '../core/config/device-config';
import {
  collectGarbage,
  newKioskContext,
  performanceSession,
  readMetrics,
  watchErrors,
} from './support/browser';
import { median } from './support/cold-load';
import { dailyUpdate, toBundle } from './support/content';
import { heapSummary, largestGrowth, type HeapSummary } from './support/heap-snapshot';
import { startBenchHost, type BenchHost } from './support/host';
import { PAGE_TOOLS, deepText, elementCounts, takeLongTasks, waitForAnimations } from './support/page-tools';
import type { Figure, Measurement } from './types';
import { appStarted } from '../tests/support/app';

const HOUR = 3_600_000;
/**
 * Tuesday 1 December 2026, 09:00 in Brussels: the week holds both buurtpunten's opening days, and
 * each day's content update comes while the screen is on.
 */
const START = Date.parse('2026-12-01T09:00:00+01:00');
/** A screen that sleeps at night, as most buurtpunten will set it: night mode comes and goes daily. */
const DISPLAY_HOURS = { on: '07:30', off: '22:00' };
/**
 * Every slide stays a minute (the default is 10–15 s): a week is then about 6,000 transitions
 * rather than 30,000, which fits in minutes of real time and still repeats every slide hundreds of
 * times, enough for a leak per transition to show in the heap.
 */
const SLIDE_SECONDS = 60;
/** Heap on the last day may differ this much from the first day. */
const HEAP_TOLERANCE = 0.1;
/** DOM nodes on the last day may peak this much above the first day's peak. */
const NODES_TOLERANCE = 0.1;

interface Sample {
  hour: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
  elements: number;
}

export const measurement: Measurement = {
  name: 'soak',
  async run({ browser, quick, log }) {
    // BENCH_SOAK_DAYS=14 runs a longer soak, to see whether a trend levels off.
    const days = quick ? 1 : Number(process.env.BENCH_SOAK_DAYS ?? 7);
    const durations = Object.fromEntries(SLIDE_KINDS.map((k) => [k, SLIDE_SECONDS]));
    const host = await startBenchHost({ config: { displayHours: DISPLAY_HOURS, durations } });
    const context = await newKioskContext(browser);
    const samples: Sample[] = [];
    let updatesShown = 0;
    let tasks = 0;
    const snapshots: HeapSummary[] = [];
    const started = Date.now();
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.addInitScript({ path: PAGE_TOOLS });
      await page.clock.install({ time: START });
      await page.goto(host.url);
      await page.locator('[data-slide]').first().waitFor();
      await appStarted(page); // before the pause: see bench/support/transitions.ts
      // From here on simulated time only moves when the bench says so.
      await page.clock.pauseAt(START + 60_000);
      const cdp = await performanceSession(page);
      let now = START + 60_000;
      for (let hour = 1; hour <= days * 24; hour++) {
        if (hour % 24 === 1) {
          const day = Math.ceil(hour / 24);
          if (await updateContent(page, host, day, now)) updatesShown++;
        }
        await page.clock.runFor(HOUR);
        now += HOUR;
        await waitForAnimations(page);
        tasks += (await takeLongTasks(page)).length;
        await collectGarbage(cdp);
        const metrics = await readMetrics(cdp);
        const counts = await elementCounts(page);
        samples.push({
          hour,
          heapBytes: metrics.JSHeapUsedSize ?? 0,
          nodes: metrics.Nodes ?? 0,
          listeners: metrics.JSEventListeners ?? 0,
          elements: counts.elements,
        });
        // Same time of day for both (09:00, before the day's update), except in --quick.
        if (hour === (days > 1 ? 24 : 6) || hour === days * 24) snapshots.push(await heapSummary(cdp));
        if (hour % 24 === 0) {
          const s = samples.at(-1)!;
          log(
            `soak day ${hour / 24}/${days}: heap ${mb(s.heapBytes)} MB, ${s.nodes} nodes, ${Math.round((Date.now() - started) / 1000)} s`,
          );
        }
      }
    } finally {
      await context.close();
      await host.close();
    }
    return {
      figures: [...judge(samples, days, updatesShown, errors, tasks), retained(snapshots, days)],
      details: { start: new Date(START).toISOString(), samples, errors },
    };
  },
};

/** Puts the day's content in the kiosk state and waits (real time) until the page shows it. */
async function updateContent(page: Page, host: BenchHost, day: number, now: number): Promise<boolean> {
  const fetched = page.waitForResponse((r) => r.url().endsWith('/api/kiosk'), { timeout: 15_000 });
  host.kiosk.state.setBundle(toBundle(dailyUpdate(day, now), `bench dag ${day}`));
  await fetched;
  for (let i = 0; i < 40; i++) {
    if ((await deepText(page)).includes(`(dag ${day})`)) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

function judge(
  samples: Sample[],
  days: number,
  updatesShown: number,
  errors: string[],
  tasks: number,
): Figure[] {
  // Compare the first and last day (in --quick, the first and last six hours of the one day).
  const span = days > 1 ? 24 : 6;
  const first = samples.slice(0, span);
  const last = samples.slice(-span);
  const firstHeap = median(first.map((s) => s.heapBytes));
  const lastHeap = median(last.map((s) => s.heapBytes));
  const growth = lastHeap / firstHeap - 1;
  const firstNodes = Math.max(...first.map((s) => s.nodes));
  const lastNodes = Math.max(...last.map((s) => s.nodes));
  const maxNodes = Math.max(...samples.map((s) => s.nodes));
  const label = days > 1 ? `day ${days} vs day 1` : 'hours 19–24 vs 1–6';
  return [
    {
      name: `soak: JS heap, ${label}`,
      value: Math.round(growth * 1000) / 10,
      unit: '%',
      target: `within ±${HEAP_TOLERANCE * 100}%`,
      pass: Math.abs(growth) <= HEAP_TOLERANCE,
      note: `median after full GC: ${mb(firstHeap)} MB → ${mb(lastHeap)} MB over ${samples.length} hourly samples`,
    },
    {
      name: `soak: DOM nodes, peak ${label}`,
      value: lastNodes,
      unit: 'nodes',
      target: `≤ day-1 peak + ${NODES_TOLERANCE * 100}% (${Math.floor(firstNodes * (1 + NODES_TOLERANCE))})`,
      pass: lastNodes <= firstNodes * (1 + NODES_TOLERANCE),
      note: `peak over the whole run ${maxNodes}; ${samples.at(-1)?.elements ?? 0} elements incl. shadow roots at the end`,
    },
    {
      name: 'soak: console errors',
      value: errors.length,
      unit: 'count',
      target: '0',
      pass: errors.length === 0,
      ...(errors.length ? { note: errors[0]!.slice(0, 160) } : {}),
    },
    {
      name: 'soak: daily content updates shown',
      value: updatesShown,
      unit: 'count',
      target: `${days}`,
      pass: updatesShown === days,
      note: `long tasks during the simulated ${days === 1 ? 'day' : 'week'}: ${tasks} (counted by smoothness)`,
    },
  ];
}

/** The leak check proper: JS values in a heap snapshot, without the code V8 keeps compiling. */
function retained(snapshots: HeapSummary[], days: number): Figure {
  const [first, last] = [snapshots[0], snapshots.at(-1)];
  const name = `soak: JS objects in heap snapshot, ${days > 1 ? `day ${days} vs day 1` : 'hour 24 vs 6'}`;
  if (!first || !last || first === last) return { name, value: null, unit: '%', target: '', pass: null };
  const growth = last.jsBytes / first.jsBytes - 1;
  const top = largestGrowth(first, last);
  return {
    name,
    value: Math.round(growth * 1000) / 10,
    unit: '%',
    target: `within ±${HEAP_TOLERANCE * 100}%`,
    pass: Math.abs(growth) <= HEAP_TOLERANCE,
    note:
      `JS ${kb(first.jsBytes)} → ${kb(last.jsBytes)} KB, compiled code ${kb(first.codeBytes)} → ${kb(last.codeBytes)} KB` +
      (top.length ? `; grew most: ${top.join(', ')}` : ''),
  };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2);
}
