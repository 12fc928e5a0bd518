/**
 * Steps a page with Playwright's fake clock from one slide to the next, lets each transition's
 * animation finish in real time, and collects the long tasks seen while each slide came in.
 */
import type { Page } from '@playwright/test';
import { slideSignature, takeLongTasks, waitForAnimations } from './page-tools';

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
  let signature = await slideSignature(page);
  while (run.done < wanted) {
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

/** "90 ms entering activities:activities-1 (first), …; 3 of 4 on a slide's first showing" */
export function describeSlow(run: TransitionRun): string {
  if (run.slow.length === 0) return '';
  const first = run.slow.filter((t) => t.firstShowing).length;
  const list = run.slow.map((t) => `${t.ms} ms entering ${t.slide}${t.firstShowing ? ' (first)' : ''}`);
  return `${list.join(', ')}; ${first} of ${run.slow.length} on a slide's first showing`;
}
