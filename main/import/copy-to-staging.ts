/**
 * Copies checked files from the stick into a staging folder on local disk, fsyncing every file and
 * folder. Each image is read once into memory, and what was read is what is checked and written: its
 * type and size in pixels again, and for signed content its SHA-256 against the signed manifest (a
 * file swapped after the check is caught here). Every version gets its own copies, never hard links
 * to an older version's files: a damaged block must not spoil the versions the kiosk falls back to.
 * Read errors are tagged, so a pulled stick is told apart from a full disk.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath, writeSynced } from '../store/durable-fs';
import type { ManifestFile } from '../store/manifest';
import { sha256Hex } from '../store/version-id';
import { isStickUnresponsive, type DeviceGuard } from '../usb/device-guard';
import { CONTENT_FILE } from '../content/load-content';
import type { CheckedImage } from './check-images';
import { readRegularFile } from './folder-files';
import { bufferSource, inspectImage } from './image-header';
import { MAX_IMAGE_BYTES, MAX_TOTAL_BYTES } from './limits';

/** Test seams of an import. */
export interface ImportHooks {
  /** Runs before each image is read from the source (e.g. to pull the "stick" mid-copy). */
  beforeRead?: (file: string) => void | Promise<void>;
  /** Runs before each file is written or linked on the kiosk's disk (throw ENOSPC for a full disk). */
  beforeWrite?: (file: string) => void | Promise<void>;
  /** Free bytes on the store's disk (default: statfs). */
  freeBytes?: () => Promise<number>;
}

/** A read from the source failed or saw the file change: the stick went away or is still being written. */
export class SourceReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`reading ${file} failed: ${reason}`);
  }
}

/** The bytes copied are not the bytes that were signed. */
export class SignedHashMismatch extends Error {
  constructor(readonly file: string) {
    super(`${file} does not match its signed hash`);
  }
}

/** What the copy needs besides the files: the source's guard and the hooks. */
export interface CopyContext {
  guard: DeviceGuard;
  hooks: ImportHooks;
}

/** Writes content.json and the images into `staging`; returns the manifest's file list. */
export async function copyToStaging(
  staging: string,
  contentBytes: Uint8Array,
  images: readonly CheckedImage[],
  context: CopyContext,
): Promise<ManifestFile[]> {
  const { hooks } = context;
  const contentTarget = path.join(staging, CONTENT_FILE);
  await hooks.beforeWrite?.(contentTarget);
  await writeSynced(contentTarget, contentBytes);
  const files: ManifestFile[] = [
    { path: CONTENT_FILE, size: contentBytes.length, sha256: sha256Hex(contentBytes) },
  ];
  const dirs = new Set<string>([staging]);
  let total = 0;
  for (const image of images) {
    await hooks.beforeRead?.(image.real);
    const bytes = await readSource(image.real, context.guard);
    total += bytes.length;
    const inspected = await inspectImage(bufferSource(bytes), image.file);
    if (total > MAX_TOTAL_BYTES || !inspected.ok || inspected.info.type !== image.type) {
      throw new SourceReadError(image.real, 'changed since it was checked');
    }
    const sha256 = sha256Hex(bytes);
    if (image.sha256 !== undefined && sha256 !== image.sha256) throw new SignedHashMismatch(image.file);
    const target = path.join(staging, ...image.file.split('/'));
    for (let dir = path.dirname(target); dir.startsWith(staging) && !dirs.has(dir); dir = path.dirname(dir)) {
      dirs.add(dir);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await hooks.beforeWrite?.(target);
    await writeSynced(target, bytes);
    files.push({ path: image.file, size: bytes.length, sha256 });
  }
  // Deepest folders first, so each folder's entry is durable in its parent before the parent is synced.
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await fsyncPath(dir);
  return files;
}

async function readSource(file: string, guard: DeviceGuard): Promise<Buffer> {
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readRegularFile(file, MAX_IMAGE_BYTES, guard);
  } catch (err) {
    if (isStickUnresponsive(err)) throw err;
    throw new SourceReadError(file, (err as NodeJS.ErrnoException).code ?? String(err));
  }
  if (bytes === 'too-big') throw new SourceReadError(file, 'grew past the size cap since it was checked');
  return bytes;
}
