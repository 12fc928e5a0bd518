/**
 * What `import`, `validate` and `sign` accept as PAD, the same for all three: a stick's root, its
 * buurtkiosk/ folder, any folder with a content.json, or a content.json itself.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_FILE } from '../content/load-content';

/** The folder holding content.json for `target`, or null when there is none. */
export async function findContentFolder(target: string): Promise<string | null> {
  const full = path.resolve(target);
  // Any entry but a folder counts as found: the check stage then says what is wrong with it (a FIFO…).
  const isThere = (p: string) =>
    lstat(p).then(
      (s) => !s.isDirectory(),
      () => false,
    );
  if (path.basename(full) === CONTENT_FILE && (await isThere(full))) return path.dirname(full);
  for (const dir of [full, path.join(full, 'buurtkiosk')]) {
    if (await isThere(path.join(dir, CONTENT_FILE))) return dir;
  }
  return null;
}

/** The line said when there is nothing to read at `target`. */
export function noContentMessage(target: string): string {
  return `Kan niet lezen: geen ${CONTENT_FILE} gevonden in ${target} (ook niet in ${path.join(target, 'buurtkiosk')})`;
}
