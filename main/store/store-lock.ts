/**
 * One writer for the store at a time, across processes (the kiosk and `buurtkiosk import`) and within
 * one. The lock is a file that appears whole (written under a temporary name, then hard-linked into
 * place) and names its owner: pid, the process's start time and the boot. A lock whose owner is gone
 * (dead pid, a pid reused by another process, an earlier boot) is stale and is broken, under a short
 * second lock so two processes never both break it and both go on.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
}

/** An exclusive lock on one file path. */
export class StoreLock {
  #queue: Promise<unknown> = Promise.resolve();
  readonly #waitMs: number;
  readonly #pollMs: number;
  readonly #unreadableStaleMs: number;

  constructor(
    readonly file: string,
    options: StoreLockOptions = {},
  ) {
    this.#waitMs = options.waitMs ?? 60_000;
    this.#pollMs = options.pollMs ?? 50;
    this.#unreadableStaleMs = options.unreadableStaleMs ?? 10_000;
  }

  /** Runs `fn` holding the lock: after this process's earlier holders, and with no other process in. */
  withLock<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.#queue.then(async () => {
      const token = await this.#acquire();
      try {
        return await fn();
      } finally {
        await this.#release(token);
      }
    });
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #acquire(): Promise<string> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const owner = await currentOwner();
    const token = `${JSON.stringify({ ...owner, nonce: randomBytes(8).toString('hex') })}\n`;
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(temp, token, { flag: 'wx' });
    const deadline = Date.now() + this.#waitMs;
    try {
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
    try {
      await writeFile(breaker, mine, { flag: 'wx' });
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
async function isOwnerAlive(owner: LockOwner): Promise<boolean> {
  const boot = await bootId();
  if (owner.boot !== null && boot !== null && owner.boot !== boot) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = await processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
