/**
 * Loads one stored version and proves it whole: manifest present, every file there with its size and
 * sha256, content valid, every image it names present, and the folder name equal to the version hash.
 */
import path from 'node:path';
import { isPlainRelativePath } from '../../core/import/plain-path';
import { imageRefs } from '../../core/import/image-refs';
import type { Content } from '../../core/content/schema';
import { validateStoredContentText } from '../../core/content/validate';
import { CONTENT_FILE, MAX_CONTENT_BYTES, readCapped, type ContentBundle } from '../content/load-content';
import { MAX_IMAGE_BYTES } from '../import/limits';
import { MANIFEST_FILE, readManifest, type Manifest } from './manifest';
import { contentVersion, sha256Hex } from './version-id';

/** A verified version: what to show, and its manifest (source, import time). */
export interface StoredVersion {
  bundle: ContentBundle;
  manifest: Manifest;
}

/** Null when anything is missing or does not match: the caller falls back to an older version. */
export async function loadStoredVersion(dir: string, name: string): Promise<StoredVersion | null> {
  const manifest = await readManifest(path.join(dir, MANIFEST_FILE));
  if (!manifest || manifest.version !== name) return null;
  const shas = new Map<string, string>();
  let contentBytes: Buffer | null = null;
  for (const file of manifest.files) {
    if (!isPlainRelativePath(file.path)) return null;
    const limit = file.path === CONTENT_FILE ? MAX_CONTENT_BYTES : MAX_IMAGE_BYTES;
    let bytes: Buffer | 'too-big';
    try {
      bytes = await readCapped(path.join(dir, file.path), limit);
    } catch {
      return null;
    }
    if (bytes === 'too-big' || bytes.length !== file.size || sha256Hex(bytes) !== file.sha256) return null;
    if (file.path === CONTENT_FILE) contentBytes = bytes;
    else shas.set(file.path, file.sha256);
  }
  if (!contentBytes) return null;
  const result = validateStoredContent(contentBytes.toString('utf8'));
  if (!result) return null;
  if (imageRefs(result.content).some((ref) => !shas.has(ref.file))) return null;
  if (contentVersion(sha256Hex(contentBytes), shas) !== name) return null;
  return { bundle: { content: result.content, version: name, dir, source: manifest.source }, manifest };
}

/** An announcement's place in content.json, as a problem's path gives it. */
const ANNOUNCEMENT_PATH = /^announcements\[(\d+)\]/;

/**
 * The stored content, valid by the rules it was accepted under. Rules added since are either left
 * out of the check (storedContentSchema: a phone number's length) or, for an announcement whose
 * window is empty (refused from 3 December 2026, in the announcement's own rules): when every
 * problem lies inside announcements, those announcements are left out, as the screen never showed
 * them, and the rest of the version stays on screen instead of an older one or the sample.
 */
export function validateStoredContent(text: string): { content: Content } | null {
  const result = validateStoredContentText(text);
  if (result.ok) return { content: result.content };
  const broken = new Set<number>();
  for (const problem of result.problems) {
    const index = ANNOUNCEMENT_PATH.exec(problem.path)?.[1];
    if (index === undefined) return null;
    broken.add(Number(index));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('announcements' in parsed)) return null;
  const { announcements } = parsed;
  if (!Array.isArray(announcements)) return null;
  const kept = { ...parsed, announcements: announcements.filter((_, i) => !broken.has(i)) };
  const again = validateStoredContentText(JSON.stringify(kept));
  return again.ok ? { content: again.content } : null;
}
