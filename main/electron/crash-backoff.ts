/**
 * How long to wait before reloading the page after the renderer crashed, hung or stopped its
 * heartbeat: 1 s, then doubling per recent failure up to a minute, so a page that crashes on load
 * does not spin the CPU, and a single crash a week later is retried at once.
 */
export interface BackoffPolicy {
  /** Delay after a first failure. */
  baseMs: number;
  /** Longest delay. */
  maxMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export const RELOAD_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, windowMs: 10 * 60_000 };

/** After a renderer stops answering, the grace before it counts as hung and is reloaded. */
export const UNRESPONSIVE_GRACE_MS = 15_000;

/** Records a failure at `now`; returns the failures still remembered and the delay before reloading. */
export function recordFailure(
  earlier: readonly number[],
  now: number,
  policy: BackoffPolicy = RELOAD_BACKOFF,
): { failures: number[]; delayMs: number } {
  const recent = earlier.filter((t) => t <= now && now - t < policy.windowMs);
  const delayMs = Math.min(policy.baseMs * 2 ** recent.length, policy.maxMs);
  return { failures: [...recent, now], delayMs };
}
