/**
 * Hardware acceleration off after repeated GPU crashes (see gpu-policy.ts), remembered across
 * restarts in <userData>/gpu-disabled.json until the app version changes. The file is read before
 * 'ready', synchronously, so only a small regular file is read: a FIFO there would hang the start, a
 * huge file would fill the memory. It is replaced whole (temp file, fsync, rename), never half written.
 */
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { createLogger } from '../log';
import { tempNameBeside } from '../store/durable-fs';
import {
  GPU_FLAG_FILE,
  gpuFlagApplies,
  isGpuCrash,
  parseGpuFlag,
  shouldDisableGpu,
  type GpuFlag,
} from './gpu-policy';

const log = createLogger('gpu');

/** The flag is about a hundred bytes; a bigger file is not one we wrote. */
const MAX_FLAG_BYTES = 4096;

/** Before 'ready': applies an earlier decision and watches for GPU crashes from now on. */
export function setupGpuFallback(userData: string): void {
  applyGpuFallback(userData);
  watchGpuCrashes(userData);
}

/** Switches hardware acceleration off when an earlier run decided so. */
function applyGpuFallback(userData: string): void {
  const text = readFlagText(path.join(userData, GPU_FLAG_FILE));
  const flag = text === null ? null : parseGpuFlag(text);
  if (gpuFlagApplies(flag, app.getVersion())) {
    app.disableHardwareAcceleration();
    log(`hardware acceleration off since ${flag?.since} (${flag?.reason}); delete ${GPU_FLAG_FILE} to retry`);
  }
}

/** The flag file's text; null without one (the GPU is used), or when it is no small regular file. */
function readFlagText(file: string): string | null {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO opens at once instead of waiting for a writer; O_NOFOLLOW: no link.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') log(`not reading ${GPU_FLAG_FILE} (${code}); the GPU is used`);
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FLAG_BYTES) {
      log(
        `not reading ${GPU_FLAG_FILE}: ${info.isFile() ? `${info.size} bytes` : 'not a regular file'}; the GPU is used`,
      );
      return null;
    }
    const buf = Buffer.alloc(MAX_FLAG_BYTES + 1);
    let total = 0;
    while (total < buf.length) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return total > MAX_FLAG_BYTES ? null : buf.toString('utf8', 0, total);
  } catch (err) {
    log(`not reading ${GPU_FLAG_FILE}: ${(err as Error).message}; the GPU is used`);
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Replaces the flag file whole: a temp file beside it, fsynced, renamed over whatever stood there. */
function writeFlagFile(file: string, flag: GpuFlag): void {
  const temp = tempNameBeside(file);
  const bytes = Buffer.from(JSON.stringify(flag, null, 2) + '\n');
  try {
    const fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    );
    try {
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (err) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the first error is the one to log
    }
    throw err;
  }
  try {
    const dir = openSync(path.dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Best effort: the rename is done; Windows cannot fsync a folder.
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
      writeFlagFile(path.join(userData, GPU_FLAG_FILE), flag);
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
