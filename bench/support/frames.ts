/**
 * Counts the frames a page's compositor begins over a window, from a Chromium trace: every
 * `Scheduler::BeginImplFrame` is one wake-up of the renderer's compositor thread for a frame. While
 * any animation runs (even one that changes nothing visible, such as a stepped fill between its
 * steps) Chromium begins a frame every vsync; a page at rest begins none.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  pid: number;
  args?: { name?: string };
}

/** Frames begun by renderer processes during `windowMs` of real time. */
export async function countFrames(browser: Browser, page: Page, windowMs: number): Promise<number> {
  await browser.startTracing(page, { categories: ['cc', '__metadata'] });
  await page.waitForTimeout(windowMs);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const renderers = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'process_name' && e.args?.name === 'Renderer')
      .map((e) => e.pid),
  );
  return trace.traceEvents.filter((e) => e.name === 'Scheduler::BeginImplFrame' && renderers.has(e.pid))
    .length;
}
