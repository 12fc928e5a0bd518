/**
 * Rest: what the whole browser costs while the screen shows something and (nearly) nothing changes.
 * CPU of the Chromium processes (browser, GPU/compositor, renderer, utilities; /proc of the whole
 * tree) over a window of real time, with every slide lasting 600 s (nothing rotates) and with the
 * default durations, beside the floor page measured the same way; and the frames the page's
 * compositor begins while nothing changes. The kiosk's windows start once its start-up work is
 * done. Software compositing (--disable-gpu), the conservative case.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { SLIDE_KINDS } from '../core/config/device-config';
import { newKioskContext, performanceSession, readMetrics } from './support/browser';
import { countFrames } from './support/frames';
import { startBenchHost } from './support/host';
import { chromiumCpu } from './support/process-cpu';
import { waitForRest } from './support/transitions';
import type { Figure, Measurement } from './types';

/** Share of one core the Chromium processes may use when nothing changes, and while rotating. */
const STILL_CPU_TARGET = 0.01;
const ROTATING_CPU_TARGET = 0.03;

type Scene = 'floor' | 'still' | 'rotating';

interface RestWindow {
  /** CPU time of the Chromium processes per wall time, Chromium's own browser-UI renderers apart. */
  share: number;
  /** Those browser-UI renderers (the omnibox popup's WebUI of headless Chromium). */
  browserUiShare: number;
  /** CDP's SystemInfo.getProcessInfo, every process it lists, for comparison. */
  cdpShare: number;
  /** Renderer main-thread CPU time per wall time (CDP TaskDuration, thread time). */
  rendererShare: number;
  /** Frames the page's compositor began in the frame window, and that window's length. */
  frames: number;
  frameWindowMs: number;
  /** From the navigation to the window's start: how long, and the Chromium processes' CPU in it. */
  settleMs: number;
  settleCpuMs: number;
}

export const measurement: Measurement = {
  name: 'rest',
  async run({ browser, quick, log }) {
    const windowMs = quick ? 10_000 : 30_000;
    const result = {} as Record<Scene, RestWindow>;
    for (const scene of ['floor', 'still', 'rotating'] as const) {
      result[scene] = await restWindow(browser, windowMs, scene);
      log(`rest: ${scene} ${pct(result[scene].share)}, ${result[scene].frames} frames`);
    }
    const { floor, still, rotating } = result;
    const seconds = windowMs / 1000;
    const beside = (w: RestWindow) =>
      `CDP's process list ${pct(w.cdpShare)}; renderer main thread ${pct(w.rendererShare)}; ` +
      `Chromium's own omnibox-popup WebUI (not counted, as busy with about:blank) ${pct(w.browserUiShare)}`;
    const figures: Figure[] = [
      {
        name: `rest: Chromium processes, nothing changing (${seconds} s)`,
        value: round2(still.share * 100),
        unit: '% of a core',
        target: `≤ ${STILL_CPU_TARGET * 100}%`,
        pass: still.share <= STILL_CPU_TARGET,
        note: `every slide 600 s; /proc of the whole process tree; ${settled(still)}; ${beside(still)}`,
      },
      {
        name: `rest: frames begun while nothing changes (${still.frameWindowMs / 1000} s)`,
        value: still.frames,
        unit: 'frames',
        target: '0',
        pass: still.frames === 0,
        note: "the page's compositor (trace, Scheduler::BeginImplFrame), in a window without a clock minute change",
      },
      {
        name: `rest: Chromium processes, rotating (${seconds} s)`,
        value: round2(rotating.share * 100),
        unit: '% of a core',
        target: `≤ ${ROTATING_CPU_TARGET * 100}%`,
        pass: rotating.share <= ROTATING_CPU_TARGET,
        note:
          `default slide durations, transitions included, from when the start-up work is done ` +
          `(${settled(rotating)}); ${rotating.frames} frames in ${rotating.frameWindowMs / 1000} s; ${beside(rotating)}`,
      },
      {
        name: `rest: floor page, the same way (${seconds} s)`,
        value: round2(floor.share * 100),
        unit: '% of a core',
        target: '',
        pass: null,
        note: `${floor.frames} frames; ${beside(floor)}`,
      },
    ];
    return { figures, details: result };
  },
};

/** One page, settled; CPU over `windowMs`, then frames over as long a window without a minute change. */
async function restWindow(browser: Browser, windowMs: number, scene: Scene): Promise<RestWindow> {
  const host = await startBenchHost();
  if (scene === 'still') {
    const config = host.kiosk.state.config;
    const durations = Object.fromEntries(SLIDE_KINDS.map((k) => [k, 600])) as typeof config.durations;
    host.kiosk.state.setConfig({ ...config, durations });
  }
  const context = await newKioskContext(browser);
  const system = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    const cdp = await performanceSession(page);
    const [loadCpu, loadAt] = [chromiumCpu(), Date.now()];
    await page.goto(scene === 'floor' ? host.floorUrl : host.url);
    await page.locator('[data-slide]').first().waitFor();
    // Let fonts, the later chunk, the first long-poll and any entry animation settle first.
    await page.waitForTimeout(3_000);
    const cdpCpuMs = async () => {
      const { processInfo } = await system.send('SystemInfo.getProcessInfo');
      return processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
    };
    if (scene !== 'floor') await startUpDone(page, cdp);
    const [m0, p0, c0, t0] = [await readMetrics(cdp), chromiumCpu(), await cdpCpuMs(), Date.now()];
    await page.waitForTimeout(windowMs);
    const [m1, p1, c1, t1] = [await readMetrics(cdp), chromiumCpu(), await cdpCpuMs(), Date.now()];
    const wall = t1 - t0;
    // The header clock changes on the minute: start the frame window just after one.
    const sinceMinute = Date.now() % 60_000;
    if (sinceMinute > 60_000 - windowMs - 2_000) await page.waitForTimeout(60_000 - sinceMinute + 1_000);
    const frames = await countFrames(browser, page, windowMs);
    return {
      share: (p1.pageMs - p0.pageMs) / wall,
      browserUiShare: (p1.browserUiMs - p0.browserUiMs) / wall,
      cdpShare: (c1 - c0) / wall,
      rendererShare: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall,
      frames,
      frameWindowMs: windowMs,
      settleMs: t0 - loadAt,
      settleCpuMs: p0.pageMs - loadCpu.pageMs,
    };
  } finally {
    await system.detach();
    await context.close();
    await host.close();
  }
}

/**
 * Waits until the kiosk's start-up work is done, so the window measures the screen as it runs for
 * months, not its first seconds (start-up has its own figures): the touch screen prepared under the
 * rotation (its QR codes encoded, built and laid out hidden), then the main thread at rest.
 */
async function startUpDone(page: Page, cdp: CDPSession): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('kiosk-app')?.shadowRoot?.querySelector('kiosk-interactive') != null,
    undefined,
    { timeout: 30_000, polling: 250 },
  );
  await waitForRest(cdp);
}

/** "window from 4.1 s after the navigation, 812 ms CPU until then" */
function settled(w: RestWindow): string {
  return `window from ${(w.settleMs / 1000).toFixed(1)} s after the navigation, ${Math.round(w.settleCpuMs)} ms CPU until then`;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
