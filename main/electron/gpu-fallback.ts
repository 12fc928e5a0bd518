/**
 * Hardware acceleration off after repeated GPU crashes (see gpu-policy.ts), remembered across
 * restarts in <userData>/gpu-disabled.json until the app version changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { createLogger } from '../log';
import {
  GPU_FLAG_FILE,
  gpuFlagApplies,
  isGpuCrash,
  parseGpuFlag,
  shouldDisableGpu,
  type GpuFlag,
} from './gpu-policy';

const log = createLogger('gpu');

/** Before 'ready': applies an earlier decision and watches for GPU crashes from now on. */
export function setupGpuFallback(userData: string): void {
  applyGpuFallback(userData);
  watchGpuCrashes(userData);
}

/** Switches hardware acceleration off when an earlier run decided so. */
function applyGpuFallback(userData: string): void {
  let flag: GpuFlag | null = null;
  try {
    flag = parseGpuFlag(readFileSync(path.join(userData, GPU_FLAG_FILE), 'utf8'));
  } catch {
    // no flag file: the GPU is used
  }
  if (gpuFlagApplies(flag, app.getVersion())) {
    app.disableHardwareAcceleration();
    log(`hardware acceleration off since ${flag?.since} (${flag?.reason}); delete ${GPU_FLAG_FILE} to retry`);
  }
}

/** Counts GPU crashes; at the limit writes the flag and restarts without the GPU. */
function watchGpuCrashes(userData: string): void {
  let crashes: number[] = [];
  app.on('child-process-gone', (_event, details) => {
    if (!isGpuCrash(details)) return;
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < 24 * 3600_000), now];
    log(`GPU process gone (${details.reason}, exit code ${details.exitCode})`);
    if (!app.isHardwareAccelerationEnabled() || !shouldDisableGpu(crashes, now)) return;
    const flag: GpuFlag = {
      since: new Date(now).toISOString(),
      appVersion: app.getVersion(),
      reason: `${crashes.length} GPU-crashes`,
    };
    try {
      writeFileSync(path.join(userData, GPU_FLAG_FILE), JSON.stringify(flag, null, 2) + '\n');
    } catch (err) {
      log(`cannot write ${GPU_FLAG_FILE}: ${(err as Error).message}`);
      return;
    }
    log('restarting without hardware acceleration');
    // Under systemd (INVOCATION_ID set) the unit restarts us; elsewhere we relaunch ourselves.
    if (!process.env.INVOCATION_ID) app.relaunch();
    app.exit(0);
  });
}
