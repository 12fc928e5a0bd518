/**
 * Content scale: a generated content with 1,000 activities and 20 announcements against the sample
 * data: validation and deck planning timed in Node, then cold loads in Chromium (first slide painted,
 * heap after GC) and one full rotation watched for long tasks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { resolveRendererConfig } from '../core/config/device-config';
import type { Content } from '../core/content/schema';
import { validateContentText } from '../core/content/validate';
import { planDeck } from '../core/deck/plan';
import { sampleContentDir } from '../main/paths';
import { newKioskContext } from './support/browser';
import { coldLoad, median, type ColdLoad } from './support/cold-load';
import { largeContent, writeContentFolder } from './support/content';
import { startBenchHost } from './support/host';
import { PAGE_TOOLS, waitForAnimations } from './support/page-tools';
import { describeSlow, runTransitions, type TransitionRun } from './support/transitions';
import type { Figure, Measurement } from './types';
import { appStarted } from '../tests/support/app';

const ACTIVITIES = 1_000;
const ANNOUNCEMENTS = 20;
/** planDeck runs on the renderer's main thread at every tick: it must fit well inside a frame. */
const PLAN_BUDGET_MS = 16;

export const measurement: Measurement = {
  name: 'scale',
  async run({ browser, quick, log }) {
    const now = Date.now();
    const folder = writeContentFolder(largeContent(now, ACTIVITIES, ANNOUNCEMENTS));
    const sampleText = readFileSync(path.join(sampleContentDir, 'content.json'), 'utf8');
    try {
      const large = timeValidation(folder.text);
      const sample = timeValidation(sampleText);
      const config = resolveRendererConfig();
      const planLarge = timePlan(large.content, now);
      const planSample = timePlan(sample.content, now);
      log(
        `scale: validate ${large.medianMs.toFixed(1)} ms, plan ${planLarge.medianMs.toFixed(2)} ms (1,000 activities)`,
      );

      const loads = quick ? 3 : 5;
      const largeHost = await startBenchHost({ contentDir: folder.dir });
      const sampleHost = await startBenchHost();
      const largeLoads: ColdLoad[] = [];
      const sampleLoads: ColdLoad[] = [];
      let rotation: TransitionRun;
      let payloadBytes: number;
      try {
        payloadBytes = (await (await fetch(`${largeHost.url}api/kiosk`)).arrayBuffer()).byteLength;
        for (let i = 0; i < loads; i++) {
          sampleLoads.push(await coldLoad(browser, sampleHost.url, { heap: true }));
          largeLoads.push(await coldLoad(browser, largeHost.url, { heap: true }));
        }
        const slides = planDeck(large.content, config, now, true).slides.length;
        rotation = await fullRotation(browser, largeHost.url, now, slides, config);
      } finally {
        await largeHost.close();
        await sampleHost.close();
      }

      const firstLarge = median(largeLoads.map((l) => l.firstSlideMs));
      const firstSample = median(sampleLoads.map((l) => l.firstSlideMs));
      const heapLarge = median(largeLoads.map((l) => l.heapBytes ?? 0));
      const heapSample = median(sampleLoads.map((l) => l.heapBytes ?? 0));
      const figures: Figure[] = [
        {
          name: `scale: validate ${ACTIVITIES} activities (Node)`,
          value: round1(large.medianMs),
          unit: 'ms',
          target: '',
          pass: null,
          note: `first call ${round1(large.firstMs)} ms; sample data ${round1(sample.medianMs)} ms; content.json ${kb(folder.text.length)} KB`,
        },
        {
          name: `scale: plan the deck, ${ACTIVITIES} activities`,
          value: round2(planLarge.medianMs),
          unit: 'ms',
          target: `< ${PLAN_BUDGET_MS} ms (runs every tick)`,
          pass: planLarge.medianMs < PLAN_BUDGET_MS,
          note: `sample data ${round2(planSample.medianMs)} ms; median of ${planLarge.runs} runs in Node`,
        },
        {
          name: `scale: first slide painted (median of ${loads})`,
          value: Math.round(firstLarge),
          unit: 'ms',
          target: '',
          pass: null,
          note: `sample data ${Math.round(firstSample)} ms (${(firstLarge / firstSample).toFixed(2)}×); /api/kiosk ${kb(payloadBytes)} KB`,
        },
        {
          name: 'scale: JS heap after load and GC',
          value: round2(heapLarge / 1024 / 1024),
          unit: 'MB',
          target: '',
          pass: null,
          note: `sample data ${round2(heapSample / 1024 / 1024)} MB; DOM nodes ${median(largeLoads.map((l) => l.nodes ?? 0))} vs ${median(sampleLoads.map((l) => l.nodes ?? 0))}`,
        },
        {
          name: `scale: long tasks in one rotation (${rotation.done} slides)`,
          value: rotation.slow.length,
          unit: 'count',
          target: '0',
          pass: rotation.slow.length === 0,
          ...(rotation.slow.length ? { note: describeSlow(rotation) } : {}),
        },
      ];
      return {
        figures,
        details: {
          largeLoads,
          sampleLoads,
          validate: { large: timesOf(large), sample: timesOf(sample) },
          plan: { planLarge, planSample },
          rotation,
        },
      };
    } finally {
      folder.remove();
    }
  },
};

/** Validates five times; the first call also pays for zod compiling its checks. */
function timeValidation(text: string): { content: Content; firstMs: number; medianMs: number } {
  const times: number[] = [];
  let content: Content | null = null;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const result = validateContentText(text);
    times.push(performance.now() - t);
    if (!result.ok)
      throw new Error(`generated content is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
    content = result.content;
  }
  return { content: content!, firstMs: times[0]!, medianMs: median(times.slice(1)) };
}

function timePlan(content: Content, now: number): { medianMs: number; runs: number } {
  const config = resolveRendererConfig();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    planDeck(content, config, now + i * 60_000, true);
    times.push(performance.now() - t);
  }
  return { medianMs: median(times.slice(5)), runs: times.length - 5 };
}

/** Shows every slide of the large content once (fake clock from now), counting long tasks. */
async function fullRotation(
  browser: Browser,
  url: string,
  now: number,
  slides: number,
  config: ReturnType<typeof resolveRendererConfig>,
): Promise<TransitionRun> {
  const context = await newKioskContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: PAGE_TOOLS });
    await page.clock.install({ time: now });
    await page.goto(url);
    await page.locator('[data-slide]').first().waitFor();
    await appStarted(page); // before the pause: see bench/support/transitions.ts
    await page.clock.pauseAt(now + 10_000);
    await waitForAnimations(page);
    return await runTransitions(
      page,
      slides,
      Object.values(config.durations).map((s) => s * 1000),
    );
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The timings without the validated content (which would fill results.json). */
function timesOf({ firstMs, medianMs }: { firstMs: number; medianMs: number }): {
  firstMs: number;
  medianMs: number;
} {
  return { firstMs, medianMs };
}
