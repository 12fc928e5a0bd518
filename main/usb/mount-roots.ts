/**
 * Where removable media appear. A root is a folder under which mounts show up one or two levels
 * down (the desktop automounter: /media/<user>/<LABEL>; udisks2 elsewhere: /run/media/<user>/<LABEL>;
 * hand-made rules: /mnt/<name>), or a pattern with `*` per path segment (/media/pi/*). Only folders
 * on the kiosk's own disk are listed: whether a folder is a mount point comes from the mount table,
 * so no stick is ever touched here (a hung one would block the listing). Plain readdir, no addons.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_USB_ROOTS } from '../../core/config/device-config';
import type { MountTable } from './mount-table';

/** The default roots (the device setting `usbRoots` replaces them). */
export const DEFAULT_MOUNT_ROOTS: readonly string[] = DEFAULT_USB_ROOTS;

/** Every folder that may be a mounted stick, without duplicates. Missing roots are skipped. */
export async function expandMountRoots(
  roots: readonly string[],
  mounts: MountTable = null,
): Promise<string[]> {
  const found = new Set<string>();
  for (const root of roots) {
    const dirs = root.includes('*')
      ? await expandPattern(path.resolve(root), mounts)
      : await underRoot(path.resolve(root), mounts);
    for (const dir of dirs) found.add(dir);
  }
  return [...found].sort();
}

/**
 * The root's subfolders, plus the subfolders of those that are not mount points themselves
 * (/media/pi is a plain folder, /media/pi/KIOSK the stick; /mnt/usb is the stick).
 */
async function underRoot(root: string, mounts: MountTable): Promise<string[]> {
  const out: string[] = [];
  for (const child of await subfolders(root)) {
    out.push(child);
    if (!(await isMountPoint(child, root, mounts))) out.push(...(await subfolders(child)));
  }
  return out;
}

/** From the mount table when there is one; else (not Linux) by comparing devices with the root. */
async function isMountPoint(dir: string, root: string, mounts: MountTable): Promise<boolean> {
  if (mounts !== null) return mounts.has(dir);
  const [a, b] = await Promise.all([stat(dir).catch(() => null), stat(root).catch(() => null)]);
  return a === null || b === null || a.dev !== b.dev;
}

/** Matches `*` segments; never lists inside a mount point that a `*` matched (that is a stick). */
async function expandPattern(pattern: string, mounts: MountTable): Promise<string[]> {
  let dirs: string[] = [path.sep];
  let matched = false;
  for (const segment of pattern.split(path.sep).filter(Boolean)) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (!segment.includes('*')) {
        next.push(path.join(dir, segment));
        continue;
      }
      if (matched && mounts?.has(dir)) continue;
      const re = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`);
      next.push(...(await subfolders(dir)).filter((d) => re.test(path.basename(d))));
    }
    matched ||= segment.includes('*');
    dirs = next;
  }
  return dirs;
}

/** Visible subfolders (and links to folders, or mount points); none when unreadable. */
async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
    .map((e) => path.join(dir, e.name));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
