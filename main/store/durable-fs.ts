/**
 * Small file-system steps that survive a crash or power cut: data is fsynced before it is renamed
 * into place, and the folder is fsynced after, so a name never points at half-written bytes.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** fsyncs a file or a folder (Linux allows opening a folder read-only for this). */
export async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes bytes to a new file and fsyncs it before closing. */
export async function writeSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A name beside `file` that no other writer uses (pid plus random), for write-then-rename. */
export function tempNameBeside(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Replaces `file` atomically: temp file, fsync, rename over, fsync the folder. */
export async function replaceFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempNameBeside(file);
  try {
    await writeSynced(temp, data);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await fsyncPath(path.dirname(file));
}
