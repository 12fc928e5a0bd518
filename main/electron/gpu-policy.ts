/**
 * When to give up on the GPU: after repeated GPU process crashes (a flaky driver on a Pi, a bad HDMI
 * screen) the kiosk restarts with hardware acceleration off. The decision is remembered in a small
 * JSON file in the user data folder until the app is updated, when the GPU gets another chance.
 */

/** Three GPU crashes within ten minutes. */
export const GPU_CRASH_LIMIT = { count: 3, windowMs: 10 * 60_000 } as const;

/** The file that remembers the decision, in the user data folder. */
export const GPU_FLAG_FILE = 'gpu-disabled.json';

export interface GpuFlag {
  /** ISO instant the GPU was switched off. */
  since: string;
  /** App version that decided it; another version tries the GPU again. */
  appVersion: string;
  reason: string;
}

/** The reasons that count as a crash; a clean exit or a kill at shutdown do not. */
export function isGpuCrash(details: { type: string; reason: string }): boolean {
  return (
    details.type === 'GPU' && ['crashed', 'abnormal-exit', 'oom', 'launch-failed'].includes(details.reason)
  );
}

/** True when the GPU crashes at these instants (including the latest) mean: switch it off. */
export function shouldDisableGpu(crashes: readonly number[], now: number): boolean {
  return (
    crashes.filter((t) => t <= now && now - t < GPU_CRASH_LIMIT.windowMs).length >= GPU_CRASH_LIMIT.count
  );
}

/** Reads the flag file's text; anything unexpected counts as no flag. */
export function parseGpuFlag(text: string): GpuFlag | null {
  try {
    const value = JSON.parse(text) as Partial<GpuFlag> | null;
    if (typeof value?.since !== 'string' || typeof value.appVersion !== 'string') return null;
    return { since: value.since, appVersion: value.appVersion, reason: String(value.reason ?? '') };
  } catch {
    return null;
  }
}

/** Whether a stored flag switches the GPU off for this app version. */
export function gpuFlagApplies(flag: GpuFlag | null, appVersion: string): boolean {
  return flag !== null && flag.appVersion === appVersion;
}
