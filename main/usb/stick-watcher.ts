/**
 * Polls the mount roots for sticks holding buurtkiosk/content.json. A stick is handed over once per
 * appearance, and only when its folder looks the same (names, sizes, times) on two polls in a row,
 * so a stick still being written is not read half-way. Every error means "not there (any more)".
 *
 * Each stick is looked at by its own task, through its own DeviceGuard, so a stick that hangs costs
 * the others nothing: the poll waits for the looks at most one settle interval. A stick whose
 * operation overran its deadline is quarantined: never touched again until it leaves the mount table
 * (or, for a plain folder, the listing of its root), which is read without touching any stick.
 */
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { createLogger, type Logger } from '../log';
import { isWriteBackTemp, REPORT_FILE } from '../import/report-file';
import { DeviceGuard, StickQuarantinedError, isStickUnresponsive, type GuardOptions } from './device-guard';
import { expandMountRoots } from './mount-roots';
import { readMountTable, type MountTable } from './mount-table';

/** A stick ready to import. */
export interface FoundStick {
  /** The mount point, e.g. /media/pi/KIOSK. */
  mount: string;
  /** Its buurtkiosk/ folder. */
  folder: string;
  /** The mount point's name, usually the stick's label. */
  label: string;
  /** This appearance's time limits: the import goes through the same guard. */
  guard: DeviceGuard;
}

export interface StickWatcherOptions {
  /** Mount-root patterns, e.g. DEFAULT_MOUNT_ROOTS. */
  roots: readonly string[];
  onStick: (stick: FoundStick) => Promise<void>;
  /** A stick stopped answering while it was looked at (the import reports its own stalls). */
  onStalled?: (stick: FoundStick) => void;
  /**
   * `onStick` threw: a fault in the kiosk, not the stick. The stick counts as handled (read again once
   * put back), so this is where staff must hear of it: pass Importer#noteFailed, the failed notice.
   */
  onFailed?: (stick: FoundStick, err: unknown) => void;
  /** Between polls when nothing is settling (ms). */
  intervalMs?: number;
  /** Between polls while a new stick is settling (ms). */
  settleMs?: number;
  /** Deadlines (and, for tests, injected slowness) for the guard of the stick at `mount`. */
  guard?: (mount: string) => GuardOptions;
  /** The mount table (default /proc/self/mountinfo); tests pass their own. */
  readMounts?: () => Promise<MountTable>;
  log?: Logger;
}

export interface StickWatcher {
  /** One poll now, waiting for every look under way; true while a stick is still settling. */
  poll(): Promise<boolean>;
  /** Mount points ignored because they stopped answering. */
  quarantined(): string[];
  /** Stops polling; resolves once the looks and imports under way have ended. */
  stop(): Promise<void>;
}

interface Tracked {
  identity: string;
  fingerprint: string;
  handled: boolean;
  guard: DeviceGuard;
}

interface Seen {
  identity: string;
  fingerprint: string;
}

/** Entries a fingerprint looks at: a stick with thousands of files is not ours anyway. */
const MAX_ENTRIES = 2000;

/** Starts polling; the first poll runs at once. */
export function watchSticks(options: StickWatcherOptions): StickWatcher {
  const log = options.log ?? createLogger('usb');
  const intervalMs = options.intervalMs ?? 1000;
  const settleMs = options.settleMs ?? 400;
  const readMounts = options.readMounts ?? (() => readMountTable());
  const tracked = new Map<string, Tracked>();
  const looking = new Map<string, Promise<void>>();
  /** Mount point → the mount id it had when it stopped answering (null: not a mount point). */
  const quarantine = new Map<string, number | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const newGuard = (mount: string) => new DeviceGuard(options.guard?.(mount));

  /** Starts a look at every present stick that is neither quarantined nor being looked at. */
  async function startLooks(): Promise<Promise<void>[]> {
    const mounts = await readMounts();
    const present = new Set(await expandMountRoots(options.roots, mounts));
    // Stopped while the mount table was read: no look may start that stop() did not wait for.
    if (stopped) return [];
    for (const [mount, id] of quarantine) {
      const gone = id !== null ? mounts?.get(mount) !== id : !present.has(mount);
      if (!gone) continue;
      quarantine.delete(mount);
      log(`stick ${path.basename(mount)} that stopped answering is gone; ${mount} is watched again`);
    }
    for (const mount of tracked.keys()) {
      if (present.has(mount) || looking.has(mount)) continue;
      tracked.delete(mount);
      log(`stick ${path.basename(mount)} removed`);
    }
    const started: Promise<void>[] = [];
    for (const mount of present) {
      if (quarantine.has(mount) || looking.has(mount)) continue;
      const task = visit(mount, mounts?.get(mount) ?? null).finally(() => looking.delete(mount));
      looking.set(mount, task);
      started.push(task);
    }
    return started;
  }

  /** Looks at one stick, and hands it over once it settled. */
  async function visit(mount: string, mountId: number | null): Promise<void> {
    const folder = path.join(mount, 'buurtkiosk');
    const previous = tracked.get(mount);
    const guard = previous?.guard ?? newGuard(mount);
    const stick: FoundStick = { mount, folder, label: path.basename(mount), guard };
    let seen: Seen | null;
    try {
      seen = await look(folder, mountId, guard);
    } catch (err) {
      if (err instanceof StickQuarantinedError && err.reason === 'too-many-stuck') return; // try again later
      if (!isStickUnresponsive(err)) throw err;
      stall(stick, mountId);
      return;
    }
    if (seen === null) {
      tracked.delete(mount);
      return;
    }
    // Another stick at the same place is a new appearance, with time limits of its own.
    const entry = previous?.identity === seen.identity ? previous : undefined;
    if (!entry) {
      log(`stick ${stick.label} found at ${mount}`);
      tracked.set(mount, {
        ...seen,
        handled: false,
        guard: previous ? newGuard(mount) : guard,
      });
    } else if (!entry.handled && entry.fingerprint !== seen.fingerprint) {
      entry.fingerprint = seen.fingerprint;
    } else if (!entry.handled && !stopped) {
      entry.handled = true;
      await options.onStick({ ...stick, guard: entry.guard }).catch((err: unknown) => {
        log(`import from ${mount} failed unexpectedly: ${String(err)}`);
        try {
          options.onFailed?.(stick, err);
        } catch (failed) {
          log(`could not report the failed import of ${mount}: ${String(failed)}`);
        }
      });
      if (entry.guard.quarantinedBy !== null) stall(stick, mountId, false);
    }
  }

  function stall(stick: FoundStick, mountId: number | null, tell = true): void {
    quarantine.set(stick.mount, mountId);
    tracked.delete(stick.mount);
    log(`stick ${stick.label} stopped answering; ignored until it is removed`);
    if (tell) options.onStalled?.(stick);
  }

  async function poll(): Promise<boolean> {
    await startLooks();
    await Promise.all(looking.values()); // also those the watcher's own loop started
    return isSettling();
  }

  function isSettling(): boolean {
    return [...tracked.values()].some((t) => !t.handled);
  }

  async function loop(): Promise<void> {
    try {
      // A healthy stick answers in milliseconds; a hung one may hold this poll one settle interval.
      const looks = Promise.all(await startLooks());
      let wait: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([looks, new Promise((resolve) => (wait = setTimeout(resolve, settleMs)))]);
      clearTimeout(wait);
    } catch (err) {
      log(`poll failed: ${String(err)}`);
    }
    if (stopped) return;
    timer = setTimeout(() => void loop(), isSettling() ? settleMs : intervalMs);
    timer.unref(); // a background poller: the host (HTTP server, Electron) keeps the process alive
  }

  void loop();
  return {
    poll,
    quarantined: () => [...quarantine.keys()],
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await Promise.allSettled([...looking.values()]);
    },
  };
}

/**
 * The stick's identity and the folder's fingerprint, or null when there is no buurtkiosk/content.json.
 * A buurtkiosk/ that is a link is handed over as it is (the import refuses it) but never walked.
 */
async function look(folder: string, mountId: number | null, guard: DeviceGuard): Promise<Seen | null> {
  const info = await guard.run('lstat buurtkiosk', () => lstat(folder)).catch(absent);
  if (info === null) return null;
  const identity = `${mountId ?? '-'}:${info.dev}:${info.ino}`;
  if (info.isSymbolicLink()) {
    return { identity, fingerprint: `link:${await guard.run('readlink', () => readlink(folder))}` };
  }
  if (!info.isDirectory()) return null;
  const content = await guard
    .run('lstat content.json', () => lstat(path.join(folder, 'content.json')))
    .catch(absent);
  if (content === null) return null;
  return { identity, fingerprint: await fingerprint(folder, guard) };
}

function absent(err: unknown): null {
  if (isStickUnresponsive(err)) throw err;
  return null;
}

/** Names, sizes and modification times of everything in the folder (three levels deep). */
async function fingerprint(folder: string, guard: DeviceGuard): Promise<string> {
  const parts: string[] = [];
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    const entries = await guard.run('readdir', () => readdir(dir, { withFileTypes: true }));
    for (const e of entries) {
      if (parts.length >= MAX_ENTRIES) return;
      if (depth === 0 && (e.name === REPORT_FILE || isWriteBackTemp(e.name))) continue;
      const full = path.join(dir, e.name);
      const info = await guard.run('lstat', () => lstat(full)).catch(absent);
      parts.push(`${rel}${e.name}:${info ? `${info.size}:${info.mtimeMs}` : 'x'}`);
      if (e.isDirectory() && depth < 2) await walk(full, `${rel}${e.name}/`, depth + 1);
    }
  };
  await walk(folder, '', 0);
  return parts.sort().join('\n');
}
