/**
 * Polls the mount roots for sticks holding buurtkiosk/content.json. A stick is handed over once per
 * appearance, and only when its folder looks the same (names, sizes, times) on two polls in a row,
 * so a stick still being written is not read half-way. Every error means "not there (any more)".
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createLogger, type Logger } from '../log';
import { REPORT_FILE } from '../import/report-file';
import { expandMountRoots } from './mount-roots';

/** A stick ready to import. */
export interface FoundStick {
  /** The mount point, e.g. /media/pi/KIOSK. */
  mount: string;
  /** Its buurtkiosk/ folder. */
  folder: string;
  /** The mount point's name, usually the stick's label. */
  label: string;
}

export interface StickWatcherOptions {
  /** Mount-root patterns, e.g. DEFAULT_MOUNT_ROOTS. */
  roots: readonly string[];
  onStick: (stick: FoundStick) => Promise<void>;
  /** Between polls when nothing is settling (ms). */
  intervalMs?: number;
  /** Between polls while a new stick is settling (ms). */
  settleMs?: number;
  log?: Logger;
}

export interface StickWatcher {
  /** One poll now; resolves true while a stick is still settling. For tests and the first look. */
  poll(): Promise<boolean>;
  stop(): void;
}

interface Tracked {
  dev: number;
  fingerprint: string;
  handled: boolean;
}

/** Entries a fingerprint looks at: a stick with thousands of files is not ours anyway. */
const MAX_ENTRIES = 2000;

/** Starts polling; the first poll runs at once. */
export function watchSticks(options: StickWatcherOptions): StickWatcher {
  const log = options.log ?? createLogger('usb');
  const intervalMs = options.intervalMs ?? 1000;
  const settleMs = options.settleMs ?? 400;
  const tracked = new Map<string, Tracked>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<boolean> | null = null;

  async function pollOnce(): Promise<boolean> {
    let settling = false;
    const present = new Set<string>();
    for (const mount of await expandMountRoots(options.roots)) {
      const folder = path.join(mount, 'buurtkiosk');
      const seen = await look(mount, folder);
      if (!seen) continue;
      present.add(mount);
      let entry = tracked.get(mount);
      if (entry && entry.dev !== seen.dev) entry = undefined; // another stick at the same place
      if (!entry) {
        log(`stick ${path.basename(mount)} found at ${mount}`);
        tracked.set(mount, { dev: seen.dev, fingerprint: seen.fingerprint, handled: false });
        settling = true;
      } else if (!entry.handled && entry.fingerprint !== seen.fingerprint) {
        entry.fingerprint = seen.fingerprint;
        settling = true;
      } else if (!entry.handled) {
        entry.handled = true;
        if (stopped) break;
        await options
          .onStick({ mount, folder, label: path.basename(mount) })
          .catch((err: unknown) => log(`import from ${mount} failed unexpectedly: ${String(err)}`));
      }
    }
    for (const mount of tracked.keys()) {
      if (present.has(mount)) continue;
      tracked.delete(mount);
      log(`stick ${path.basename(mount)} removed`);
    }
    return settling;
  }

  function poll(): Promise<boolean> {
    running ??= pollOnce().finally(() => (running = null));
    return running;
  }

  async function loop(): Promise<void> {
    const settling = await poll().catch((err: unknown) => {
      log(`poll failed: ${String(err)}`);
      return false;
    });
    if (stopped) return;
    timer = setTimeout(() => void loop(), settling ? settleMs : intervalMs);
    timer.unref(); // a background poller: the host (HTTP server, Electron) keeps the process alive
  }

  void loop();
  return {
    poll,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** The mount's device and the folder's fingerprint, or null when there is no usable stick. */
async function look(mount: string, folder: string): Promise<{ dev: number; fingerprint: string } | null> {
  try {
    const content = await stat(path.join(folder, 'content.json'));
    if (!content.isFile()) return null;
    const { dev } = await stat(mount);
    return { dev, fingerprint: await fingerprint(folder) };
  } catch {
    return null;
  }
}

/** Names, sizes and modification times of everything in the folder (three levels deep). */
async function fingerprint(folder: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (parts.length >= MAX_ENTRIES) return;
      if (depth === 0 && (e.name === REPORT_FILE || e.name === `${REPORT_FILE}.tmp`)) continue;
      const full = path.join(dir, e.name);
      const info = await stat(full).catch(() => null);
      parts.push(`${rel}${e.name}:${info ? `${info.size}:${info.mtimeMs}` : 'x'}`);
      if (e.isDirectory() && depth < 2) await walk(full, `${rel}${e.name}/`, depth + 1);
    }
  };
  await walk(folder, '', 0);
  return parts.sort().join('\n');
}
