/**
 * Copies checked files from the stick into a staging folder on local disk, fsyncing every file and
 * folder, and hashes them on the way. Read errors are tagged, so a pulled stick is told apart from a
 * full disk.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath, writeSynced } from '../store/durable-fs';
import type { ManifestFile } from '../store/manifest';
import { sha256Hex } from '../store/version-id';
import { CONTENT_FILE } from '../content/load-content';
import type { CheckedImage } from './check-images';
import { readRegularFile } from './folder-files';
import { detectImageType } from '../../core/import/image-type';
import { MAX_IMAGE_BYTES, MAX_TOTAL_BYTES } from './limits';

/** Test seam: runs before each file is read from the source (e.g. to pull the "stick" mid-copy). */
export interface ImportHooks {
  beforeRead?: (file: string) => void | Promise<void>;
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

/** Writes content.json and the images into `staging`; returns the manifest's file list. */
export async function copyToStaging(
  staging: string,
  contentBytes: Uint8Array,
  images: readonly CheckedImage[],
  hooks: ImportHooks = {},
): Promise<ManifestFile[]> {
  await writeSynced(path.join(staging, CONTENT_FILE), contentBytes);
  const files: ManifestFile[] = [
    { path: CONTENT_FILE, size: contentBytes.length, sha256: sha256Hex(contentBytes) },
  ];
  const dirs = new Set<string>([staging]);
  let total = 0;
  for (const image of images) {
    await hooks.beforeRead?.(image.real);
    const bytes = await readSource(image.real);
    total += bytes.length;
    if (total > MAX_TOTAL_BYTES || detectImageType(bytes) === null) {
      throw new SourceReadError(image.real, 'changed since it was checked');
    }
    const target = path.join(staging, ...image.file.split('/'));
    for (let dir = path.dirname(target); dir.startsWith(staging) && !dirs.has(dir); dir = path.dirname(dir)) {
      dirs.add(dir);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeSynced(target, bytes);
    files.push({ path: image.file, size: bytes.length, sha256: sha256Hex(bytes) });
  }
  // Deepest folders first, so each folder's entry is durable in its parent before the parent is synced.
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await fsyncPath(dir);
  return files;
}

async function readSource(file: string): Promise<Buffer> {
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readRegularFile(file, MAX_IMAGE_BYTES);
  } catch (err) {
    throw new SourceReadError(file, (err as NodeJS.ErrnoException).code ?? String(err));
  }
  if (bytes === 'too-big') throw new SourceReadError(file, 'grew past the size cap since it was checked');
  return bytes;
}
