/**
 * Finding and reading files inside the stick's buurtkiosk/ folder and nowhere else: no absolute
 * paths, no `..`, no symbolic links that lead outside, only regular files, with a size cap.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type InsideResult =
  | { ok: true; real: string; size: number }
  | { ok: false; reason: 'bad-name' | 'missing' | 'outside' | 'not-a-file' };

/** Resolves `relative` (forward slashes) inside `rootReal`, which must already be a realpath. */
export async function resolveInside(rootReal: string, relative: string): Promise<InsideResult> {
  const segments = relative.split('/');
  if (
    relative === '' ||
    relative.includes('\\') ||
    relative.includes('\0') ||
    path.isAbsolute(relative) ||
    segments.some((s) => s === '..' || s === '.' || s === '')
  ) {
    return { ok: false, reason: 'bad-name' };
  }
  let real: string;
  try {
    real = await realpath(path.join(rootReal, ...segments));
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!real.startsWith(rootReal + path.sep)) return { ok: false, reason: 'outside' };
  try {
    const info = await stat(real);
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
    return { ok: true, real, size: info.size };
  } catch {
    return { ok: false, reason: 'missing' };
  }
}

/**
 * Reads at most `maxBytes` of a regular file without following a last-moment symlink and without
 * blocking on a FIFO. Throws on I/O errors (a stick pulled out mid-read shows up here).
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer | 'too-big'> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'EINVAL' });
    if (info.size > maxBytes) return 'too-big';
    const buf = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return 'too-big';
      if (total === buf.length) {
        // Longer than it was a moment ago: someone is still writing, or the stick is failing.
        throw Object.assign(new Error(`${file} changed while reading`), { code: 'ECHANGED' });
      }
    }
    return buf.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** Reads the first `count` bytes (for telling the file type). */
export async function readHead(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buf, 0, count, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
