/**
 * The store's work folders (staging/<name>/, a copy being made or a download being gathered) are
 * named after their maker as the lock names its owner: pid, process start time and boot. At start-up
 * a folder whose maker is gone (a crash or a power cut; after a reboot its pid may well belong to
 * another process) is told apart from one that a live process (`buurtkiosk import` beside the kiosk)
 * is still filling.
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { uptime } from 'node:os';
import { isOwnerAlive, isPidAlive, type LockOwner } from './store-lock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `<pid>-<start>-<boot>-<random>`; a start or boot this system does not tell is `x`. */
const NAME = new RegExp(`^([1-9][0-9]*)-([0-9]+|x)-(${UUID.source.slice(1, -1)}|x)-[0-9a-f]{12}$`);

/** A fresh work folder name for `owner` (this process). */
export function workFolderName(owner: LockOwner): string {
  const boot = owner.boot !== null && UUID.test(owner.boot) ? owner.boot : 'x';
  return `${owner.pid}-${owner.start ?? 'x'}-${boot}-${randomBytes(6).toString('hex')}`;
}

/** The maker named by a work folder's name; null for names of earlier releases (`<pid>-<random>`). */
export function workFolderOwner(name: string): LockOwner | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, pid = '', start = 'x', boot = 'x'] = match;
  return { pid: Number(pid), start: start === 'x' ? null : Number(start), boot: boot === 'x' ? null : boot };
}

/**
 * True when the work folder `dir` (its last path part the name) was left by a process that is gone: a
 * dead pid, a pid now used by another process, or an earlier boot. A name from an earlier release
 * holds only the pid: such a folder is left over when that pid is dead or when the folder was last
 * modified before this boot.
 */
export async function isLeftOver(dir: string, name: string): Promise<boolean> {
  const owner = workFolderOwner(name);
  if (owner !== null) return !(await isOwnerAlive(owner));
  const pid = Number(name.split('-')[0]);
  // This process names its folders the new way: one with its pid alone is another process's.
  if (pid === process.pid || !isPidAlive(pid)) return true;
  const info = await stat(dir).catch(() => null);
  if (info === null) return false; // gone meanwhile
  // Its maker made it, and names in it, in this boot if it is alive: an older folder is not its.
  return info.mtimeMs < Date.now() - uptime() * 1000;
}
