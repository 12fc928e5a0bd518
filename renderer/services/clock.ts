/**
 * The renderer's one reading of the clock, and one-shot wake-ups. Everything else receives `now`
 * as a value, so every decision of one frame agrees (and tests can fake the clock in one place).
 */

/** Epoch ms now. The only call of Date.now() in the renderer. */
export function readClock(): number {
  return Date.now();
}

/** Longest sleep: wake at least this often, in case the system clock jumps (NTP, RTC-less Pi). */
export const MAX_SLEEP_MS = 5 * 60 * 1000;

/** A single pending wake-up; scheduling again replaces the previous one. */
export class WakeUp {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onWake: () => void) {}

  /** Wakes at `at` (epoch ms), but never sleeps longer than MAX_SLEEP_MS. */
  at(at: number, now: number = readClock()): void {
    this.cancel();
    const delay = Math.min(Math.max(at - now, 0), MAX_SLEEP_MS);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.onWake();
    }, delay);
  }

  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/** Epoch ms of the next whole minute after `now` (the header clock changes then). */
export function nextMinute(now: number): number {
  return Math.floor(now / 60_000) * 60_000 + 60_000;
}
