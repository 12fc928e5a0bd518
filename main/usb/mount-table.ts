/**
 * The kernel's list of mounts (/proc/self/mountinfo). Reading it never touches a stick, so it is how
 * the watcher tells mount points from plain folders without a stat() that a hung device could block,
 * and how it sees a quarantined stick leave. Each mount has an id that is new for every mount, so a
 * stick pulled out and put back is a new appearance.
 */
import { readFile } from 'node:fs/promises';

const MOUNTINFO_FILE = '/proc/self/mountinfo';

/** Mount points and their mount ids; null where the system has no mountinfo (not Linux). */
export type MountTable = ReadonlyMap<string, number> | null;

/** Reads the table; null when there is none. */
export async function readMountTable(file = MOUNTINFO_FILE): Promise<MountTable> {
  try {
    return parseMountInfo(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Mount point → mount id, from mountinfo text ("36 35 98:0 /mnt1 /mnt/parent rw … - ext3 …"). Names
 * are octal-escaped there (a space is \040). A point mounted twice keeps the last (the visible) one.
 */
export function parseMountInfo(text: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const id = Number(fields[0]);
    const point = fields[4];
    if (!Number.isInteger(id) || point === undefined) continue;
    table.set(unescapeOctal(point), id);
  }
  return table;
}

function unescapeOctal(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}
