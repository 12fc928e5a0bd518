/** Reads and validates a content folder (data/, the store, a stick) into a ContentBundle. */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../core/content/problem';
import type { Content } from '../../core/content/schema';
import { validateContentText } from '../../core/content/validate';
import { CONTENT_FILE } from '../../core/import/own-files';

export { CONTENT_FILE };
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

/** Valid content plus where it lives (images are resolved against `dir`). */
export interface ContentBundle {
  content: Content;
  /** sha256 of content.json, shortened: equal text gives an equal version. */
  version: string;
  dir: string;
  /** Human description of where it came from ("voorbeeldinhoud", "USB-stick KIOSK", …). */
  source: string;
}

/** `unreadable` means the file could not be read at all (missing, no permission), as opposed to invalid. */
export type LoadResult =
  { ok: true; bundle: ContentBundle } | { ok: false; problems: Problem[]; unreadable?: true };

/** Accepts a content.json path or a folder holding one. */
export function contentFileOf(target: string): string {
  return path.basename(target) === CONTENT_FILE ? target : path.join(target, CONTENT_FILE);
}

/**
 * Reads at most `maxBytes`; a larger file is refused without reading it whole. Only a regular file
 * is read: a FIFO (or device, socket) throws with code EINVAL instead of waiting for a writer.
 */
export async function readCapped(file: string, maxBytes: number): Promise<Buffer | 'too-big'> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      // A folder keeps its own code, so messages can say "daar staat een map".
      const code = info.isDirectory() ? 'EISDIR' : 'EINVAL';
      throw Object.assign(new Error(`${file} is not a regular file`), { code });
    }
    const { size } = info;
    if (size > maxBytes) return 'too-big';
    // Sized to the file, not the cap: the store reads every image with a 10 MB cap, and zero-filling
    // 10 MB per image made loading a stored version take seconds of CPU (bench/import).
    let buf = Buffer.alloc(size + 1);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // Longer than stat said (still being written, or a /proc file): grow, up to the cap.
        const bigger = Buffer.alloc(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return 'too-big';
    }
    return buf.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** Loads and validates; I/O errors become problems (never throws for a bad or missing file). */
export async function loadContent(target: string, source: string): Promise<LoadResult> {
  const file = contentFileOf(target);
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readCapped(file, MAX_CONTENT_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `${CONTENT_FILE} niet gevonden`
        : code === 'EINVAL'
          ? `${CONTENT_FILE} is geen gewoon bestand`
          : `${CONTENT_FILE} kan niet gelezen worden (${code ?? 'fout'})`;
    return { ok: false, problems: [{ path: '', message }], unreadable: true };
  }
  if (bytes === 'too-big') {
    return { ok: false, problems: [{ path: '', message: `${CONTENT_FILE} is te groot (hoogstens 5 MB)` }] };
  }
  const text = bytes.toString('utf8');
  const result = validateContentText(text);
  if (!result.ok) return result;
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { ok: true, bundle: { content: result.content, version, dir: path.dirname(file), source } };
}
