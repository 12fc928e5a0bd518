/**
 * Smoothness: long tasks (≥ 50 ms) during slide transitions, fast-forwarded with the fake clock and
 * each left to finish its animation in real time; and the CPU the page uses in real time while it
 * waits between transitions.
 */
import type { Browser } from '@playwright/test';
import { SLIDE_KINDS } from '../core/config/device-config';
import { newKioskContext, performanceSession, readMetrics } from './support/browser';
import { startBenchHost } from './support/host';
import { PAGE_TOOLS, waitForAnimations } from './support/page-tools';
import { describeSlow, runTransitions } from './support/transitions';
import type { Figure, Measurement } from './types';

/** Thursday 3 December 2026, 08:00 in Brussels: an opening day, activities coming up. */
const START = Date.parse('2026-12-03T08:00:00+01:00');
/** Idle CPU target: this share of one core. */
const IDLE_CPU_TARGET = 0.01;

export const measurement: Measurement = {
  name: 'smoothness',
  async run({ browser, quick, log }) {
    const transitions = await transitionLongTasks(browser, quick ? 20 : 100, log);
    const windowMs = quick ? 20_000 : 60_000;
    const idle = await idleCpu(browser, windowMs, true);
    log(`smoothness: idle CPU ${pct(idle.rendererShare)} renderer, ${pct(idle.browserShare)} all processes`);
    const rotating = await idleCpu(browser, windowMs, false);
    const figures: Figure[] = [
      transitions.figure,
      {
        name: `smoothness: CPU idle between transitions (${windowMs / 1000} s)`,
        value: round2(idle.rendererShare * 100),
        unit: '% of a core',
        target: `< ${IDLE_CPU_TARGET * 100}%`,
        pass: idle.rendererShare < IDLE_CPU_TARGET,
        note: `renderer main thread (CDP TaskDuration, thread time); all Chromium processes ${pct(idle.browserShare)}`,
      },
      {
        name: `smoothness: CPU while rotating (${windowMs / 1000} s)`,
        value: round2(rotating.rendererShare * 100),
        unit: '% of a core',
        target: '',
        pass: null,
        note: `default slide durations, transitions included; all Chromium processes ${pct(rotating.browserShare)}`,
      },
    ];
    return { figures, details: { transitions: transitions.details, idle, rotating } };
  },
};

/** Steps the fake clock to each slide change, waits for its animation, counts long tasks. */
async function transitionLongTasks(browser: Browser, wanted: number, log: (m: string) => void) {
  const host = await startBenchHost();
  const context = await newKioskContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: PAGE_TOOLS });
    await page.clock.install({ time: START });
    await page.goto(host.url);
    await page.locator('[data-slide]').first().waitFor();
    await page.clock.pauseAt(START + 10_000);
    await waitForAnimations(page);
    const durations = Object.values(host.kiosk.state.config.durations).map((s) => s * 1000);
    const run = await runTransitions(page, wanted, durations, (done) => {
      if (done % 20 === 0) log(`smoothness: ${done}/${wanted} transitions`);
    });
    const kinds = [...new Set(run.slides.map((s) => s.split(':')[0]))].join(', ');
    const figure: Figure =
      run.done === 0
        ? {
            name: 'smoothness: long tasks in slide transitions',
            value: null,
            unit: 'count',
            target: '0',
            pass: null,
            note: `nothing rotates: the deck has one slide (${run.stuckOn || 'none'}); rotation not landed`,
          }
        : {
            name: `smoothness: long tasks in ${run.done} slide transitions`,
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

interface CpuShare {
  /** Renderer main-thread CPU time per wall time. */
  rendererShare: number;
  /** CPU time of every Chromium process (browser, GPU, utilities, renderer) per wall time. */
  browserShare: number;
}

/** CPU used over `windowMs` of real time; `still` gives every slide 600 s, so nothing rotates. */
async function idleCpu(browser: Browser, windowMs: number, still: boolean): Promise<CpuShare> {
  const host = await startBenchHost();
  if (still) {
    const config = host.kiosk.state.config;
    const durations = Object.fromEntries(SLIDE_KINDS.map((k) => [k, 600])) as typeof config.durations;
    host.kiosk.state.setConfig({ ...config, durations });
  }
  const context = await newKioskContext(browser);
  const system = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    const cdp = await performanceSession(page);
    await page.goto(host.url);
    await page.locator('[data-slide]').first().waitFor();
    // Let fonts, the first long-poll and any entry animation settle before the window opens.
    await page.waitForTimeout(2_000);
    const cpuTime = async () => {
      const { processInfo } = await system.send('SystemInfo.getProcessInfo');
      return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    };
    const [m0, c0, t0] = [await readMetrics(cdp), await cpuTime(), Date.now()];
    await page.waitForTimeout(windowMs);
    const [m1, c1, t1] = [await readMetrics(cdp), await cpuTime(), Date.now()];
    const wall = t1 - t0;
    return {
      rendererShare: (((m1.TaskDuration ?? 0) - (m0.TaskDuration ?? 0)) * 1000) / wall,
      browserShare: ((c1 - c0) * 1000) / wall,
    };
  } finally {
    await system.detach();
    await context.close();
    await host.close();
  }
}

function pct(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
