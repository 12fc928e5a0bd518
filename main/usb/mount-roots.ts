/**
 * Where removable media appear. A root is a folder under which mounts show up one or two levels
 * down (the desktop automounter: /media/<user>/<LABEL>; udisks2 elsewhere: /run/media/<user>/<LABEL>;
 * hand-made rules: /mnt/<name>), or a pattern with `*` per path segment (/media/pi/*). Plain
 * readdir and stat, no native addons.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_USB_ROOTS } from '../../core/config/device-config';

/** The default roots (the device setting `usbRoots` replaces them). */
export const DEFAULT_MOUNT_ROOTS: readonly string[] = DEFAULT_USB_ROOTS;

/** Every folder that may be a mounted stick, without duplicates. Missing roots are skipped. */
export async function expandMountRoots(roots: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const root of roots) {
    const dirs = root.includes('*')
      ? await expandPattern(path.resolve(root))
      : await underRoot(path.resolve(root));
    for (const dir of dirs) found.add(dir);
  }
  return [...found].sort();
}

/**
 * The root's subfolders, plus the subfolders of those that are not mount points themselves
 * (/media/pi is a plain folder, /media/pi/KIOSK the stick; /mnt/usb is the stick).
 */
async function underRoot(root: string): Promise<string[]> {
  const rootDev = await stat(root).then(
    (s) => s.dev,
    () => null,
  );
  if (rootDev === null) return [];
  const out: string[] = [];
  for (const child of await subfolders(root)) {
    out.push(child);
    const dev = await stat(child).then(
      (s) => s.dev,
      () => null,
    );
    if (dev === rootDev) out.push(...(await subfolders(child)));
  }
  return out;
}

async function expandPattern(pattern: string): Promise<string[]> {
  let dirs: string[] = [path.sep];
  for (const segment of pattern.split(path.sep).filter(Boolean)) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (!segment.includes('*')) {
        next.push(path.join(dir, segment));
        continue;
      }
      const re = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`);
      next.push(...(await subfolders(dir)).filter((d) => re.test(path.basename(d))));
    }
    dirs = next;
  }
  return dirs;
}

/** Visible subfolders (and links to folders); none when unreadable. */
async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
    .map((e) => path.join(dir, e.name));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
