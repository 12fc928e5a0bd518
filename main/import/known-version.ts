/**
 * The version a checked source will become, found before anything is copied, so a stick that is
 * already on screen costs reads only, never an SD-card rewrite: signed content names every hash in
 * its manifest; unsigned content is hashed on the stick only when content.json and every image size
 * already match the version shown.
 */
import { CONTENT_FILE } from '../content/load-content';
import type { ContentStore } from '../store/content-store';
import { contentVersion, sha256Hex } from '../store/version-id';
import { isStickUnresponsive, type DeviceGuard } from '../usb/device-guard';
import type { CheckedSource } from './check-source';
import { readRegularFile } from './folder-files';
import { MAX_IMAGE_BYTES } from './limits';

/** The version id, or null when it cannot be known without copying. */
export async function knownVersion(
  source: CheckedSource,
  store: ContentStore,
  shownVersion: string | null,
  guard: DeviceGuard,
): Promise<string | null> {
  const contentSha = sha256Hex(source.contentBytes);
  const signed = new Map<string, string>();
  for (const image of source.images) if (image.sha256 !== undefined) signed.set(image.file, image.sha256);
  if (signed.size === source.images.length) return contentVersion(contentSha, signed);
  const shown = shownVersion === null ? null : await store.storedManifest(shownVersion);
  if (!shown || shown.files.length !== source.images.length + 1) return null;
  const shownFiles = new Map(shown.files.map((f) => [f.path, f]));
  if (shownFiles.get(CONTENT_FILE)?.sha256 !== contentSha) return null;
  if (source.images.some((image) => shownFiles.get(image.file)?.size !== image.size)) return null;
  const hashes = new Map<string, string>();
  for (const image of source.images) {
    const bytes = await readRegularFile(image.real, MAX_IMAGE_BYTES, guard).catch((err: unknown) => {
      if (isStickUnresponsive(err)) throw err;
      return null; // changed or gone: the copy that follows says what happened
    });
    if (bytes === null || bytes === 'too-big') return null;
    hashes.set(image.file, sha256Hex(bytes));
  }
  return contentVersion(contentSha, hashes);
}
