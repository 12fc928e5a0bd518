/**
 * Finding and reading files inside the stick's buurtkiosk/ folder and nowhere else: no absolute
 * paths, no `..`, no symbolic links that lead outside, only regular files (a FIFO, socket or device
 * is never opened: lstat first, then O_NOFOLLOW|O_NONBLOCK, then fstat must agree), with a size cap.
 * Every call on the source goes through its DeviceGuard, so a hung stick costs a deadline, not the kiosk.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { isPlainRelativePath } from '../../core/import/plain-path';
import { DeviceGuard, isStickUnresponsive } from '../usb/device-guard';

export type InsideResult =
  | { ok: true; real: string; size: number }
  | { ok: false; reason: 'bad-name' | 'missing' | 'outside' | 'not-a-file' | 'special' };

/** Read in pieces of this size, each with its own deadline. */
const CHUNK_BYTES = 1024 * 1024;

/** Resolves `relative` (forward slashes) inside `rootReal`, which must already be a realpath. */
export async function resolveInside(
  rootReal: string,
  relative: string,
  guard: DeviceGuard = new DeviceGuard(),
): Promise<InsideResult> {
  if (!isPlainRelativePath(relative)) return { ok: false, reason: 'bad-name' };
  let real: string;
  try {
    real = await guard.run(`realpath ${relative}`, () =>
      realpath(path.join(rootReal, ...relative.split('/'))),
    );
  } catch (err) {
    return missingOr(err);
  }
  if (!real.startsWith(rootReal + path.sep)) return { ok: false, reason: 'outside' };
  let info: Stats;
  try {
    info = await guard.run(`lstat ${relative}`, () => lstat(real));
  } catch (err) {
    return missingOr(err);
  }
  if (info.isFile()) return { ok: true, real, size: info.size };
  return { ok: false, reason: info.isDirectory() ? 'not-a-file' : 'special' };
}

/** ENOENT and friends mean "not there"; a stick that stopped answering is rethrown. */
function missingOr(err: unknown): { ok: false; reason: 'missing' } {
  if (isStickUnresponsive(err)) throw err;
  return { ok: false, reason: 'missing' };
}

/** An open regular file on the source, read at offsets within the guard's deadlines. */
export interface RegularFile {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens a regular file without following a last-moment symlink and without blocking on a FIFO; the
 * opened file must be the one lstat saw. Throws (code ENOTREG) for anything but a regular file.
 */
export async function openRegular(
  file: string,
  guard: DeviceGuard = new DeviceGuard(),
): Promise<RegularFile> {
  const seen = await guard.run(`lstat ${file}`, () => lstat(file));
  if (!seen.isFile()) throw notRegular(file);
  const handle = await guard.run(
    `open ${file}`,
    () => open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK),
    (late) => void late.close().catch(() => undefined),
  );
  try {
    const info = await guard.run(`fstat ${file}`, () => handle.stat());
    if (!info.isFile() || info.ino !== seen.ino || info.dev !== seen.dev) throw notRegular(file);
    return guardedFile(file, handle, info.size, guard);
  } catch (err) {
    void handle.close().catch(() => undefined);
    throw err;
  }
}

function guardedFile(file: string, handle: FileHandle, size: number, guard: DeviceGuard): RegularFile {
  return {
    size,
    read: (offset, length) =>
      guard.run(`read ${file}`, async () => {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buf, 0, length, offset);
        return buf.subarray(0, bytesRead);
      }),
    close: () => guard.run(`close ${file}`, () => handle.close()),
  };
}

function notRegular(file: string): Error {
  return Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTREG' });
}

/**
 * Reads at most `maxBytes` of a regular file in guarded pieces. Throws on I/O errors (a stick pulled
 * out mid-read shows up here) and with code ECHANGED when the file grew while it was read.
 */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  guard: DeviceGuard = new DeviceGuard(),
): Promise<Buffer | 'too-big'> {
  const handle = await openRegular(file, guard);
  try {
    if (handle.size > maxBytes) return 'too-big';
    const buf = Buffer.alloc(handle.size);
    let total = 0;
    while (total < handle.size) {
      const piece = await handle.read(total, Math.min(CHUNK_BYTES, handle.size - total));
      if (piece.length === 0) throw changed(file); // shorter than it was a moment ago
      piece.copy(buf, total);
      total += piece.length;
    }
    // Longer than it was a moment ago: someone is still writing, or the stick is failing.
    if ((await handle.read(total, 1)).length > 0) throw changed(file);
    return buf;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function changed(file: string): Error {
  return Object.assign(new Error(`${file} changed while reading`), { code: 'ECHANGED' });
}

export type FolderResult =
  { ok: true; real: string } | { ok: false; reason: 'missing' | 'link' | 'not-a-folder' | 'outside' };

/**
 * The real path of the folder holding content.json. With `within` (a stick's mount point) it must be
 * a real folder, not a link (to anywhere), and inside the mount; a stick that stopped answering throws.
 */
export async function realFolder(
  folder: string,
  within: string | undefined,
  guard: DeviceGuard,
): Promise<FolderResult> {
  try {
    if (within !== undefined) {
      const info = await guard.run('lstat buurtkiosk', () => lstat(folder));
      if (info.isSymbolicLink()) return { ok: false, reason: 'link' };
      if (!info.isDirectory()) return { ok: false, reason: 'not-a-folder' };
    }
    const real = await guard.run('realpath', () => realpath(folder));
    if (within === undefined) return { ok: true, real };
    const mount = await guard.run('realpath mount', () => realpath(within));
    return real.startsWith(mount + path.sep) ? { ok: true, real } : { ok: false, reason: 'outside' };
  } catch (err) {
    return missingOr(err);
  }
}
