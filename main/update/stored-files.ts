/**
 * The files the store already holds, by SHA-256: an image that stays from one publication to the
 * next is taken from here (its bytes hashed again first) instead of being downloaded again.
 */
import path from 'node:path';
import type { ContentStore } from '../store/content-store';

/** sha256 → a file in a stored version with those bytes (per its manifest). */
export async function storedFilesByHash(store: ContentStore): Promise<Map<string, string>> {
  const byHash = new Map<string, string>();
  for (const manifest of await store.listVersions()) {
    for (const file of manifest.files) {
      byHash.set(file.sha256, path.join(store.versionsDir, manifest.version, ...file.path.split('/')));
    }
  }
  return byHash;
}
