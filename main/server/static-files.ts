/** Serves files from one folder, never outside it, with a content type from an allow-list. */
import { realpath, readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Reads `relative` (URL-decoded, forward slashes) inside `root`. Returns null for anything missing,
 * outside `root` (also through symlinks) or of a type not in `allowed`.
 */
export async function readStaticFile(
  root: string,
  relative: string,
  allowed: readonly string[] = Object.keys(TYPES),
): Promise<StaticFile | null> {
  if (relative.includes('\0')) return null;
  const ext = path.extname(relative).toLowerCase();
  const type = TYPES[ext];
  if (!type || !allowed.includes(ext)) return null;
  try {
    const realRoot = await realpath(root);
    const full = await realpath(path.resolve(realRoot, relative));
    if (!full.startsWith(realRoot + path.sep)) return null;
    return { body: await readFile(full), type };
  } catch {
    return null;
  }
}
