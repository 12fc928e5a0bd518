/**
 * Writes buurtkiosk/verslag.txt back to the stick: to a temporary name first, then renamed over the
 * old report, fsynced so it is there when staff pull the stick. A read-only or vanished stick is
 * logged, never an error: the report is a courtesy, the import stands on its own.
 */
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath } from '../store/durable-fs';
import type { Logger } from '../log';

export const REPORT_FILE = 'verslag.txt';

/** True when the report is on the stick. Windows line endings: staff open it in Notepad. */
export async function writeReport(folder: string, text: string, log: Logger): Promise<boolean> {
  const target = path.join(folder, REPORT_FILE);
  const temp = path.join(folder, `${REPORT_FILE}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text.replace(/\r?\n/g, '\r\n'));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await fsyncPath(folder);
    return true;
  } catch (err) {
    log(
      `could not write ${REPORT_FILE} on the stick (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
    await rm(temp, { force: true }).catch(() => undefined);
    return false;
  }
}
