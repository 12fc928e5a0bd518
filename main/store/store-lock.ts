/**
 * One writer for the store at a time, across processes (the kiosk and `buurtkiosk import`) and within
 * one. The lock is a file that appears whole (written under a temporary name, then hard-linked into
 * place) and names its owner: pid, the process's start time and the boot. A lock whose owner is gone
 * (dead pid, a pid reused by another process, an earlier boot) is stale and is broken, under a short
 * second lock so two processes never both break it and both go on.
 *
 * Writing the lock takes a little disk space, and the lock is what pruning old versions needs when the
 * disk is full. So a store lock may keep a reserve file beside it: when the lock cannot be written for
 * want of space, the reserve is deleted and the lock taken in the room it leaves; the reserve is made
 * again, best-effort, once the disk has room. Nothing ever runs under the lock without holding it.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../log';
import { freeBytes, isDiskFull } from './disk-space';
import { tempNameBeside, writeSynced } from './durable-fs';

const log = createLogger('store');

/**
 * The reserve's size: room for the lock file, a breaker and the trash folder pruning makes, with
 * margin for 16 KB pages (tmpfs on a Raspberry Pi 5 kernel) and a directory that has to grow.
 */
export const RESERVE_BYTES = 256 * 1024;
/** The reserve is made again only when this much would still be free beside it. */
const ROOM_BESIDE_RESERVE = 1024 * 1024;

/** Who holds the lock. */
export interface LockOwner {
  pid: number;
  /** Clock ticks since boot when the process started (/proc/<pid>/stat), null where unknown. */
  start: number | null;
  /** /proc/sys/kernel/random/boot_id, null where unknown. */
  boot: string | null;
}

/** The store stayed locked by a live process for longer than we wait. */
export class StoreBusyError extends Error {
  constructor(readonly owner: string) {
    super(`store is locked by ${owner}`);
  }
}

export interface StoreLockOptions {
  /** How long to wait for a live owner (ms). */
  waitMs?: number;
  /** Between looks at a held lock (ms). */
  pollMs?: number;
  /** A lock file that cannot be read as an owner after this long was left by a crash or a bad disk (ms). */
  unreadableStaleMs?: number;
  /** A file of RESERVE_BYTES given up to take the lock on a completely full disk (none by default). */
  reserve?: string;
  /** Runs before each file the lock writes (tests throw ENOSPC here for a full disk). */
  beforeWrite?: (file: string) => void | Promise<void>;
  /** Free bytes on the lock's disk (default: statfs). */
  freeBytes?: () => Promise<number>;
}

/** An exclusive lock on one file path. */
export class StoreLock {
  #queue: Promise<unknown> = Promise.resolve();
  readonly #waitMs: number;
  readonly #pollMs: number;
  readonly #unreadableStaleMs: number;
  readonly #reserve: string | null;
  readonly #beforeWrite: (file: string) => void | Promise<void>;
  readonly #freeBytes: () => Promise<number>;

  constructor(
    readonly file: string,
    options: StoreLockOptions = {},
  ) {
    this.#waitMs = options.waitMs ?? 60_000;
    this.#pollMs = options.pollMs ?? 50;
    this.#unreadableStaleMs = options.unreadableStaleMs ?? 10_000;
    this.#reserve = options.reserve ?? null;
    this.#beforeWrite = options.beforeWrite ?? (() => undefined);
    this.#freeBytes = options.freeBytes ?? (() => freeBytes(path.dirname(file)));
  }

  /** Runs `fn` holding the lock: after this process's earlier holders, and with no other process in. */
  withLock<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.#queue.then(async () => {
      const token = await this.#acquireOnFullDisk();
      try {
        return await fn();
      } finally {
        await this.#release(token);
        await this.keepReserve();
      }
    });
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Makes the reserve when it is missing and the disk has room for it and a megabyte more (so it never
   * takes the last free space). Best-effort: it never throws, and a failed attempt leaves nothing behind.
   */
  async keepReserve(): Promise<void> {
    const reserve = this.#reserve;
    // No store folder yet: the first commit makes it, and the reserve when it lets go of the lock.
    if (reserve === null || (await exists(reserve)) || !(await exists(path.dirname(reserve)))) return;
    const free = await this.#freeBytes().catch(() => Infinity);
    if (free < RESERVE_BYTES + ROOM_BESIDE_RESERVE) return;
    const temp = tempNameBeside(reserve);
    try {
      await this.#beforeWrite(temp);
      // Random bytes: a compressing file system would store zeros in next to no space.
      await writeSynced(temp, randomBytes(RESERVE_BYTES));
      await rename(temp, reserve);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined);
      log(`could not make the disk reserve ${reserve}: ${String(err)}`);
    }
  }

  /**
   * Removes this lock's temporary files left by a crash, or by an earlier release on a full disk (an
   * empty `lock.<pid>.<random>` per attempt): the ones naming a process that is gone, and unreadable
   * ones once old. A live process's stays (one waiting for the lock keeps its own while it waits).
   */
  async clearLeftovers(): Promise<void> {
    const dir = path.dirname(this.file);
    const lockTemp = new RegExp(
      `^${escapeRegExp(path.basename(this.file))}(\\.break)?\\.\\d+\\.[0-9a-f]{8}$`,
    );
    const reserve = this.#reserve === null ? null : path.basename(this.#reserve);
    const reserveTemp = new RegExp(`^\\.${escapeRegExp(reserve ?? '')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const file = path.join(dir, name);
      if (lockTemp.test(name)) {
        const held = await this.#readHeld(file);
        if (held !== null && (await this.#isStale(held))) await unlink(file).catch(() => undefined);
      } else if (reserve !== null) {
        const pid = Number(reserveTemp.exec(name)?.[1] ?? 0);
        if (pid > 0 && !(await isOwnerAlive({ pid, start: null, boot: null }))) {
          await unlink(file).catch(() => undefined);
        }
      }
    }
  }

  /** Takes the lock; when the disk is too full to write it, gives up the reserve and tries once more. */
  async #acquireOnFullDisk(): Promise<string> {
    try {
      return await this.#acquire();
    } catch (err) {
      if (!isDiskFull(err) || this.#reserve === null) throw err;
      const given = await unlink(this.#reserve).then(
        () => true,
        () => false,
      );
      if (!given) throw err;
      log(`disk full: deleted the reserve ${this.#reserve} to take the lock`);
      return await this.#acquire();
    }
  }

  async #acquire(): Promise<string> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const owner = await currentOwner();
    const token = `${JSON.stringify({ ...owner, nonce: randomBytes(8).toString('hex') })}\n`;
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    const deadline = Date.now() + this.#waitMs;
    try {
      // Inside the try: a write that fails half-way (ENOSPC) must not leave the temporary file behind.
      await this.#beforeWrite(temp);
      await writeFile(temp, token, { flag: 'wx' });
      for (;;) {
        try {
          await link(temp, this.file); // atomic: the lock appears with its owner already in it
          return token;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
        const held = await this.#readHeld();
        if (held !== null && (await this.#isStale(held))) {
          await this.#breakStale(held.text);
          continue;
        }
        if (Date.now() > deadline) throw new StoreBusyError(held?.text.trim() ?? 'unknown');
        await sleep(this.#pollMs);
      }
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async #release(token: string): Promise<void> {
    // Only our own lock: had it been broken as stale, the file now belongs to someone else.
    const now = await readFile(this.file, 'utf8').catch(() => null);
    if (now === token) await unlink(this.file).catch(() => undefined);
  }

  async #readHeld(file = this.file): Promise<{ text: string; mtimeMs: number } | null> {
    try {
      const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      return { text, mtimeMs: info.mtimeMs };
    } catch {
      return null; // released meanwhile
    }
  }

  async #isStale(held: { text: string; mtimeMs: number }): Promise<boolean> {
    const owner = parseOwner(held.text);
    if (owner === null) return Date.now() - held.mtimeMs > this.#unreadableStaleMs;
    return !(await isOwnerAlive(owner));
  }

  /**
   * Removes the lock if it still holds `staleText`, under `<lock>.break` so only one process breaks it
   * (two breaking at once could each remove the lock the other just took). The breaker names its owner
   * too; one left by a process that died while breaking is itself stale and goes.
   */
  async #breakStale(staleText: string): Promise<void> {
    const breaker = `${this.file}.break`;
    const mine = `${JSON.stringify({ ...(await currentOwner()), nonce: randomBytes(8).toString('hex') })}\n`;
    // Whole when it appears, as the lock: one left empty by a full disk would stall breaking until it is old.
    const temp = `${breaker}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      await this.#beforeWrite(temp);
      await writeFile(temp, mine, { flag: 'wx' });
      await link(temp, breaker);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = await this.#readHeld(breaker);
      if (held !== null && (await this.#isStale(held))) {
        const again = await readFile(breaker, 'utf8').catch(() => null);
        if (again === held.text) await unlink(breaker).catch(() => undefined);
      } else {
        await sleep(this.#pollMs); // someone else is breaking it right now
      }
      return;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    try {
      const again = await readFile(this.file, 'utf8').catch(() => null);
      if (again === staleText) await unlink(this.file).catch(() => undefined);
    } finally {
      const still = await readFile(breaker, 'utf8').catch(() => null);
      if (still === mine) await unlink(breaker).catch(() => undefined);
    }
  }
}

/** This process as a lock owner. */
export async function currentOwner(): Promise<LockOwner> {
  return { pid: process.pid, start: await processStart(process.pid), boot: await bootId() };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
    return {
      pid: v.pid,
      start: typeof v.start === 'number' ? v.start : null,
      boot: typeof v.boot === 'string' ? v.boot : null,
    };
  } catch {
    return null;
  }
}

/** Alive means: same boot, the pid exists, and it is the same process (its start time matches). */
export async function isOwnerAlive(owner: LockOwner): Promise<boolean> {
  const boot = await bootId();
  if (owner.boot !== null && boot !== null && owner.boot !== boot) return false;
  if (!isPidAlive(owner.pid)) return false;
  const start = await processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

/** True when a process `pid` exists (one of another user's counts: signalling it is refused, not unknown). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised name, which may hold spaces). */
async function processStart(pid: number): Promise<number | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const start = Number(fields[19]);
    return Number.isFinite(start) ? start : null;
  } catch {
    return null;
  }
}

let cachedBoot: string | null | undefined;
async function bootId(): Promise<string | null> {
  cachedBoot ??= await readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    (t) => t.trim(),
    () => null,
  );
  return cachedBoot;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
