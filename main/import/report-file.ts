/**
 * Writes buurtkiosk/verslag.txt (and a copy of the staff editor) back to the stick: to a temporary
 * name first, then renamed over the old file, fsynced so it is there when staff pull the stick. A read-only or vanished stick is
 * logged, never an error: the report is a courtesy, the import stands on its own.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath } from '../store/durable-fs';
import type { Logger } from '../log';

export const REPORT_FILE = 'verslag.txt';

/** True when the report is on the stick. Windows line endings: staff open it in Notepad. */
export function writeReport(folder: string, text: string, log: Logger): Promise<boolean> {
  return writeToStick(folder, REPORT_FILE, text.replace(/\r?\n/g, '\r\n'), log);
}

/** The staff editor's name on the stick, beside the report. */
export const EDITOR_FILE = 'beheer.html';

/**
 * Puts a copy of the staff editor (`editorFile`, the built beheer.html) on the stick, so every stick
 * carries the tool to edit it. Skipped when the stick already holds the same file; a missing build or
 * a full or read-only stick is logged, never an error.
 */
export async function writeEditorCopy(folder: string, editorFile: string, log: Logger): Promise<boolean> {
  let editor: Buffer;
  try {
    editor = await readFile(editorFile);
  } catch {
    log(`no editor to copy to the stick (${editorFile} is not built)`);
    return false;
  }
  const onStick = await readFile(path.join(folder, EDITOR_FILE)).catch(() => null);
  if (onStick?.equals(editor)) return true;
  return writeToStick(folder, EDITOR_FILE, editor, log);
}

/** Writes `name` in `folder` through a temporary file, fsynced, so a pulled stick never holds half. */
async function writeToStick(
  folder: string,
  name: string,
  data: string | Buffer,
  log: Logger,
): Promise<boolean> {
  const target = path.join(folder, name);
  const temp = path.join(folder, `${name}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await fsyncPath(folder);
    return true;
  } catch (err) {
    log(`could not write ${name} on the stick (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    await rm(temp, { force: true }).catch(() => undefined);
    return false;
  }
}
