/**
 * Work the screen does ahead of time (laying out the next slide) runs in tasks of its own, at
 * background priority, so a frame or a touch is never kept waiting behind it. Chromium's
 * `scheduler.postTask` does this (Electron has it); elsewhere a plain timeout stands in.
 *
 * These tasks are not timers of the page's clock: a test that freezes the clock (Playwright's
 * page.clock) still sees slides prepared, as on a real screen, where time keeps running.
 */

interface PostTaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'background'; delay?: number; signal?: AbortSignal },
  ): Promise<unknown>;
}

const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;

/** Runs `task` in a background task of its own after `delayMs`; the returned function cancels it. */
export function inBackground(task: () => void, delayMs = 0): () => void {
  if (!scheduler) {
    const timer = setTimeout(task, delayMs);
    return () => clearTimeout(timer);
  }
  const abort = new AbortController();
  scheduler
    .postTask(task, { priority: 'background', delay: delayMs, signal: abort.signal })
    .catch((error: unknown) => {
      // An aborted task rejects its promise: that is the cancellation asked for, not an error.
      if (!abort.signal.aborted) console.error('buurtkiosk: werk op de achtergrond mislukt', error);
    });
  return () => abort.abort();
}

/**
 * Runs `steps` one step per background task, then hands its result to `done`; the returned function
 * cancels the steps not yet run. For work that would be a long task in one piece on a Pi.
 */
export function stepsInBackground<T>(steps: Generator<void, T>, done: (result: T) => void): () => void {
  let cancel = inBackground(function step() {
    const next = steps.next();
    if (next.done) done(next.value);
    else cancel = inBackground(step);
  });
  return () => cancel();
}
