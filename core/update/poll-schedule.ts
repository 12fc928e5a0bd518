/**
 * When a screen next asks its update address. Every wait is spread ±10% at random, so a hundred
 * screens switched on together drift apart instead of arriving at the server together. After a
 * failed check the screen tries again sooner (5 s, 10 s, 20 s … doubling), never more often than
 * that and never later than its interval: a publication caught half-uploaded is picked up seconds
 * later, and a server that is down costs each screen only a handful of extra requests.
 */

/** `updateIntervalSeconds` when config.json says nothing. */
export const DEFAULT_UPDATE_INTERVAL_SECONDS = 300;
/** The shortest interval config.json may ask for; also the first retry after a failure. */
export const MIN_UPDATE_INTERVAL_SECONDS = 5;
/** The longest interval config.json may ask for (a day). */
export const MAX_UPDATE_INTERVAL_SECONDS = 86_400;
/** Each wait is stretched or shortened by up to this fraction. */
export const JITTER = 0.1;
/** The first check after start-up comes within this share of the interval. */
const FIRST_CHECK_SHARE = 0.1;

/**
 * Milliseconds until the next check. `failures` counts the failed checks since the last good one;
 * `random` is a number in [0, 1).
 */
export function nextCheckDelayMs(intervalSeconds: number, failures: number, random: number): number {
  const backOff = MIN_UPDATE_INTERVAL_SECONDS * 2 ** Math.min(Math.max(failures - 1, 0), 30);
  const seconds = failures === 0 ? intervalSeconds : Math.min(intervalSeconds, backOff);
  return Math.round(seconds * 1000 * (1 - JITTER + 2 * JITTER * random));
}

/** Milliseconds until the first check after start-up: soon, but not all screens at the same second. */
export function firstCheckDelayMs(intervalSeconds: number, random: number): number {
  return Math.round(intervalSeconds * 1000 * FIRST_CHECK_SHARE * random);
}
