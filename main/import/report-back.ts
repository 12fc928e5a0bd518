/**
 * After an import, from a stick or from `buurtkiosk import FOLDER` alike: verslag.txt and beheer.html
 * go into the folder the content came from, when that folder is safe to write. On a stick that means
 * a real buurtkiosk/ folder inside the mount; a link (leading anywhere) gets nothing written anywhere.
 */
import type { Logger } from '../log';
import type { DeviceGuard } from '../usb/device-guard';
import type { ImportOutcome } from './import-folder';
import { realFolder } from './folder-files';
import { writeEditorCopy, writeReport } from './report-file';

/** Where the content came from, as the import saw it. */
export interface ReportTarget {
  folder: string;
  /** The stick's mount point (absent for a folder import). */
  within?: string;
  guard: DeviceGuard;
}

/** True when verslag.txt was written. The editor copy follows only where the report went. */
export async function reportBack(
  target: ReportTarget,
  outcome: ImportOutcome,
  report: string,
  editorFile: string,
  log: Logger,
): Promise<boolean> {
  if (outcome.kind === 'removed' || outcome.kind === 'stalled' || outcome.kind === 'unreadable') return false;
  const folder = await realFolder(target.folder, target.within, target.guard).catch(() => null);
  if (!folder?.ok) {
    log(`nothing written back: ${target.folder} is not a real folder inside ${target.within ?? 'itself'}`);
    return false;
  }
  if (!(await writeReport(folder.real, report, target.guard, log))) return false;
  await writeEditorCopy(folder.real, editorFile, target.guard, log);
  return true;
}
