/**
 * Writes buurtkiosk/verslag.txt (and a copy of the staff editor) back to the stick or folder. A name
 * on a stick is never trusted: each file is written under a fresh random name, created exclusively
 * and without following links, fsynced, then renamed over the old name (a link or FIFO standing there
 * is replaced, never followed). A read-only or vanished stick is logged, never an error: the report is
 * a courtesy, the import stands on its own.
 */
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { EDITOR_FILE, REPORT_FILE } from '../../core/import/own-files';
import { fsyncPath } from '../store/durable-fs';
import type { DeviceGuard } from '../usb/device-guard';
import type { Logger } from '../log';
import { readRegularFile, resolveInside } from './folder-files';

/** Names of the kiosk's own (core/import/own-files.ts): no photo's folder may take them. */
export { EDITOR_FILE, REPORT_FILE };
/** Larger than any build of the editor: a "beheer.html" past this is not ours to compare. */
const MAX_EDITOR_BYTES = 8 * 1024 * 1024;

/** True for the temporary names this module writes (the stick watcher ignores them). */
export function isWriteBackTemp(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** True when the report is in `folderReal`. Windows line endings: staff open it in Notepad. */
export function writeReport(
  folderReal: string,
  text: string,
  guard: DeviceGuard,
  log: Logger,
): Promise<boolean> {
  return writeInside(folderReal, REPORT_FILE, text.replace(/\r?\n/g, '\r\n'), guard, log);
}

/**
 * Puts a copy of the staff editor (`editorFile`, the built beheer.html) beside the report, so every
 * stick carries the tool to edit it. Skipped when the same file is there already; a missing build or
 * a full or read-only stick is logged, never an error.
 */
export async function writeEditorCopy(
  folderReal: string,
  editorFile: string,
  guard: DeviceGuard,
  log: Logger,
): Promise<boolean> {
  let editor: Buffer;
  try {
    editor = await readFile(editorFile);
  } catch {
    log(`no editor to copy (${editorFile} is not built)`);
    return false;
  }
  const there = await resolveInside(folderReal, EDITOR_FILE, guard).catch(() => null);
  if (there?.ok && there.size === editor.length) {
    const bytes = await readRegularFile(there.real, MAX_EDITOR_BYTES, guard).catch(() => null);
    if (bytes !== null && bytes !== 'too-big' && bytes.equals(editor)) return true;
  }
  return writeInside(folderReal, EDITOR_FILE, editor, guard, log);
}

/** Writes through writeFileInside; a failure is logged and gives false. */
async function writeInside(
  folderReal: string,
  name: string,
  data: string | Buffer,
  guard: DeviceGuard,
  log: Logger,
): Promise<boolean> {
  const failed = await writeFileInside(folderReal, name, data, guard);
  if (failed !== null) log(`could not write ${name} (${failed})`);
  return failed === null;
}

/**
 * Writes `name` in `folderReal` through an exclusive, no-follow temporary file, fsynced, then renamed
 * over the old name. Null when it is there; else the error code (EROFS, ENOSPC, EISDIR, …).
 */
export async function writeFileInside(
  folderReal: string,
  name: string,
  data: string | Uint8Array,
  guard: DeviceGuard,
): Promise<string | null> {
  const temp = path.join(folderReal, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  try {
    const handle = await guard.run(
      `create ${name}`,
      () => open(temp, flags, 0o644),
      (late) => void late.close().catch(() => undefined),
    );
    try {
      await guard.run(`write ${name}`, () => handle.writeFile(data));
      await guard.run(`fsync ${name}`, () => handle.sync());
    } finally {
      await guard.run(`close ${name}`, () => handle.close()).catch(() => undefined);
    }
    await guard.run(`rename ${name}`, () => rename(temp, path.join(folderReal, name)));
    await guard.run('fsync folder', () => fsyncPath(folderReal));
    return null;
  } catch (err) {
    await guard.run(`remove ${name} temp`, () => rm(temp, { force: true })).catch(() => undefined);
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}
