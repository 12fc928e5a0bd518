/** How full the store's disk is, for the two ways content arrives (a stick's import, a network update). */
import { statfs } from 'node:fs/promises';
import path from 'node:path';

/** Room left free on the store's disk besides a copy, for the log and the system. */
export const SPARE_BYTES = 16 * 1024 * 1024;

/** Free bytes on the disk holding `dir`, or its nearest folder that exists (the store is made on first import). */
export async function freeBytes(dir: string): Promise<number> {
  let at = dir;
  for (;;) {
    try {
      const fs = await statfs(at);
      return fs.bavail * fs.bsize;
    } catch (err) {
      const parent = path.dirname(at);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) throw err;
      at = parent;
    }
  }
}

/** True for the errors of a disk (or a user's quota) that is full. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
