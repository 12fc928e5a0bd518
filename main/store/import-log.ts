/** store/imports.json: the last imports (newest first), so staff can see what happened and when. */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { ImportLogEntry } from '../../core/api';
import { readCapped } from '../content/load-content';
import { replaceFileDurably } from './durable-fs';

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

/** Adds an entry at the front and rewrites the file atomically. */
export async function appendImportLog(file: string, entry: ImportLogEntry): Promise<void> {
  const entries = [entry, ...(await readImportLog(file))].slice(0, IMPORT_LOG_LENGTH);
  await mkdir(path.dirname(file), { recursive: true });
  await replaceFileDurably(file, `${JSON.stringify(entries, null, 2)}\n`);
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
