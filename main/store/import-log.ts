/**
 * store/imports.json: the last imports (newest first), so staff can see what happened and when.
 * Imports finish side by side (two sticks, a stick and the network, the kiosk and `buurtkiosk
 * import`), so each append reads, adds and rewrites under a lock of its own, `imports.json.lock` (a
 * StoreLock: one at a time within the process and across processes). It is not the store's lock:
 * nothing is taken while holding it, so it cannot deadlock with a caller that holds the store's.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { ImportLogEntry } from '../../core/api';
import { readCapped } from '../content/load-content';
import { replaceFileDurably } from './durable-fs';
import { StoreLock } from './store-lock';

/** Entries kept; older ones drop off. */
export const IMPORT_LOG_LENGTH = 20;

/** The log, newest first; empty when missing or damaged (it is informative, never essential). */
export async function readImportLog(file: string): Promise<ImportLogEntry[]> {
  try {
    const bytes = await readCapped(file, 512 * 1024);
    if (bytes === 'too-big') return [];
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    return Array.isArray(value) ? value.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Adds an entry at the front and rewrites the file atomically, one append at a time. */
export function appendImportLog(file: string, entry: ImportLogEntry): Promise<void> {
  return lockFor(file).withLock(async () => {
    const entries = [entry, ...(await readImportLog(file))].slice(0, IMPORT_LOG_LENGTH);
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFileDurably(file, `${JSON.stringify(entries, null, 2)}\n`);
  });
}

/** One lock per log file in this process, so its queue orders this process's appends. */
const locks = new Map<string, StoreLock>();

function lockFor(file: string): StoreLock {
  const key = path.resolve(file);
  let lock = locks.get(key);
  if (lock === undefined) {
    // An append takes milliseconds; a stuck one must not hold `buurtkiosk import`'s answer for long.
    lock = new StoreLock(`${key}.lock`, { waitMs: 10_000 });
    locks.set(key, lock);
  }
  return lock;
}

function isEntry(v: unknown): v is ImportLogEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.at === 'string' &&
    typeof e.source === 'string' &&
    typeof e.result === 'string' &&
    typeof e.summary === 'string' &&
    Array.isArray(e.problems)
  );
}
