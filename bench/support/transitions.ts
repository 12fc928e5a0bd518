/**
 * Steps a page with Playwright's fake clock from one slide to the next, lets each transition's
 * animation finish in real time, and collects the long tasks seen while each slide came in.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { Figure } from '../types';
import { newKioskContext, performanceSession, readMetrics } from './browser';
import { startBenchHost } from './host';
import { PAGE_TOOLS, slideSignature, takeLongTasks, waitForAnimations } from './page-tools';
import { appStarted } from '../../tests/support/app';

/** Thursday 3 December 2026, 08:00 in Brussels: an opening day, activities coming up. */
const START = Date.parse('2026-12-03T08:00:00+01:00');

export interface TransitionRun {
  /** Transitions that happened (fewer than asked when nothing rotates). */
  done: number;
  /** Signature of each slide after its transition. */
  slides: string[];
  /** Long tasks, each with the slide that was coming in and whether that slide was new to the page. */
  slow: { slide: string; ms: number; firstShowing: boolean }[];
  /** The signature when nothing changed any more, if that is why the run stopped. */
  stuckOn: string | null;
}

/**
 * The page must have page-tools.js loaded and its clock installed and paused. `durationsMs` are the
 * configured slide durations: the clock jumps by the shortest minus a second, then by one second.
 * Before each jump the page is given the real time to come to rest that a screen has between two
 * slides (10–60 s there; here at least a second, then until its main thread has been idle for a
 * moment, at most 5 s), so work a page does between changes (laying out the next slide) is counted
 * where it happens, not squeezed into the change.
 */
export async function runTransitions(
  page: Page,
  wanted: number,
  durationsMs: number[],
  onProgress: (done: number) => void = () => undefined,
): Promise<TransitionRun> {
  const firstJump = Math.max(Math.min(...durationsMs) - 1_000, 1_000);
  const longest = Math.max(...durationsMs);
  await takeLongTasks(page); // those of loading the page are not transitions
  const run: TransitionRun = { done: 0, slides: [], slow: [], stuckOn: null };
  const cdp = await performanceSession(page);
  let signature = await slideSignature(page);
  while (run.done < wanted) {
    await waitForRest(cdp);
    await page.clock.runFor(firstJump);
    let waited = firstJump;
    let next = await slideSignature(page);
    while (next === signature && waited <= longest + 5_000) {
      await page.clock.runFor(1_000);
      waited += 1_000;
      next = await slideSignature(page);
    }
    if (next === signature) {
      run.stuckOn = signature;
      break;
    }
    run.done++;
    await waitForAnimations(page);
    signature = await slideSignature(page);
    // A slide's first showing pays for cold code, its first layout, fonts and images.
    const firstShowing = !run.slides.includes(signature);
    run.slides.push(signature);
    for (const t of await takeLongTasks(page)) {
      run.slow.push({ slide: signature, ms: Math.round(t.duration), firstShowing });
    }
    onProgress(run.done);
  }
  return run;
}

/**
 * The least real time a slide is given before the clock jumps to the next change. A screen shows a
 * slide for at least 3 s (the config's minimum), and the rotation starts laying out the next slide
 * 400 ms after a change (renderer/rotation/kiosk-rotation.ts, PREPARE_AFTER_MS, a background task
 * with a real delay): a main thread idle for 300 ms before that delay ran out let the bench jump
 * to a change the slide had not been prepared for, which no screen does. That was the long task
 * "entering the activities slide (first showing)" of the scale run: the first jump,
 * from the status slide, came before the activities slide was built ahead.
 */
const LEAST_REST_MS = 1_000;

/**
 * Waits (real time) at least `leastMs`, then until the page's main thread has done less than 5 ms
 * of work in the last 300 ms, at most `maxMs` in all. CDP's TaskDuration counts every task of the
 * renderer's main thread.
 */
export async function waitForRest(cdp: CDPSession, maxMs = 5_000, leastMs = LEAST_REST_MS): Promise<void> {
  const until = Date.now() + maxMs;
  await new Promise((resolve) => setTimeout(resolve, leastMs));
  let before = (await readMetrics(cdp)).TaskDuration ?? 0;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = (await readMetrics(cdp)).TaskDuration ?? 0;
    if (after - before < 0.005) return;
    before = after;
  }
}

/** "90 ms entering activities:activities-1 (first), …; 3 of 4 on a slide's first showing" */
export function describeSlow(run: TransitionRun): string {
  if (run.slow.length === 0) return '';
  const first = run.slow.filter((t) => t.firstShowing).length;
  const list = run.slow.map((t) => `${t.ms} ms entering ${t.slide}${t.firstShowing ? ' (first)' : ''}`);
  return `${list.join(', ')}; ${first} of ${run.slow.length} on a slide's first showing`;
}

export interface TransitionLongTasksOptions {
  wanted: number;
  /** Slow the renderer's CPU down this many times (CDP), from before the navigation. */
  cpuThrottle?: number;
  /** Prefix of the figure's name ("smoothness", "throttled 4×"). */
  label: string;
  log(message: string): void;
}

/**
 * Loads the kiosk with the fake clock, steps to each of `wanted` slide changes, waits for its
 * animation, and counts the long tasks (≥ 50 ms); target 0.
 */
export async function transitionLongTasks(
  browser: Browser,
  options: TransitionLongTasksOptions,
): Promise<{ figure: Figure; details: TransitionRun }> {
  const { wanted, label, log } = options;
  const host = await startBenchHost();
  const context = await newKioskContext(browser);
  try {
    const page = await context.newPage();
    if (options.cpuThrottle) {
      const cdp = await performanceSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    await page.addInitScript({ path: PAGE_TOOLS });
    await page.clock.install({ time: START });
    await page.goto(host.url);
    await page.locator('[data-slide]').first().waitFor();
    // The drawn first screen is on screen before the app runs (renderer/after-paint.ts). A screen's
    // time flows while the app starts; paused before that, the clock would hold back every timer of
    // the app's start-up and fire them all in the first jump, as a long task on the first slide
    // change that no screen ever has (at 4× this race was lost as soon as app.js came later).
    await appStarted(page);
    await page.clock.pauseAt(START + 10_000);
    await waitForAnimations(page);
    const durations = Object.values(host.kiosk.state.config.durations).map((s) => s * 1000);
    const run = await runTransitions(page, wanted, durations, (done) => {
      if (done % 20 === 0) log(`${label}: ${done}/${wanted} transitions`);
    });
    const kinds = [...new Set(run.slides.map((s) => s.split(':')[0]))].join(', ');
    const figure: Figure =
      run.done === 0
        ? {
            name: `${label}: long tasks in slide transitions`,
            value: null,
            unit: 'count',
            target: '0',
            pass: null,
            note: `nothing rotates: the deck has one slide (${run.stuckOn || 'none'}); rotation not landed`,
          }
        : {
            name: `${label}: long tasks in ${run.done} slide transitions`,
            value: run.slow.length,
            unit: 'count',
            target: '0',
            pass: run.slow.length === 0 && run.done === wanted,
            note:
              (run.slow.length ? `${describeSlow(run)}; ` : '') +
              `slides seen: ${kinds}` +
              (run.done < wanted ? `; only ${run.done} of ${wanted} transitions happened` : ''),
          };
    return { figure, details: run };
  } finally {
    await context.close();
    await host.close();
  }
}
