/**
 * `buurtkiosk import PAD`: the USB import transaction from a folder (a stick's root, its buurtkiosk/
 * folder, any folder with a content.json, or the content.json). Like a stick, the folder gets
 * verslag.txt and beheer.html when it is writable. Exit 0 imported or already current, 1 refused
 * (its problems listed, as `validate` lists them), 2 nothing to read or the store could not be written,
 * or a fault in buurtkiosk itself (said in Dutch, with what still holds).
 * `--accept-older` takes content signed earlier than the newest accepted: the way back for the person
 * managing the screens after a signing computer's clock ran ahead.
 */
import path from 'node:path';
import {
  contentSummary,
  importReport,
  contentWarnings,
  STALLED_MESSAGE,
} from '../../core/import/import-wording';
import { builtEditorFile } from '../editor/built-editor';
import { importFolder } from '../import/import-folder';
import { logEntry, reportInput } from '../import/importer';
import { reportBack } from '../import/report-back';
import { REPORT_FILE } from '../import/report-file';
import { signingCheckOf } from '../import/signing-policy';
import { createLogger } from '../log';
import { userDataDir } from '../paths';
import { ContentStore } from '../store/content-store';
import { appendImportLog } from '../store/import-log';
import { DeviceGuard } from '../usb/device-guard';
import { deviceSettings } from './cli-signing';
import { findContentFolder, noContentMessage } from './content-target';
import { printProblems } from './print-problems';
import { unexpectedErrorLine } from './unexpected-error';

export interface ImportCommandOptions {
  /** The per-user data folder (default: userDataDir()). */
  userDataDir?: string;
  /** Take content signed earlier than the newest accepted. */
  acceptOlder?: boolean;
  /** The built staff editor to copy into the folder (default: dist/editor/beheer.html). */
  editorFile?: string;
  now?: () => Date;
}

export async function importCommand(
  target: string,
  out: (line: string) => void,
  options: ImportCommandOptions = {},
): Promise<number> {
  const dataDir = options.userDataDir ?? userDataDir();
  const store = ContentStore.inUserData(dataDir);
  const shown = await store.currentVersion();
  try {
    return await importInto(store, shown, dataDir, target, out, options);
  } catch (err) {
    // A fault after the commit leaves the new content current: say which content holds now.
    if ((await store.currentVersion()) !== shown) {
      out(unexpectedErrorLine('Ingelezen, maar niet afgewerkt', err, 'de nieuwe inhoud is de huidige'));
      return 0;
    }
    out(unexpectedErrorLine('Niet ingelezen', err, 'de huidige inhoud blijft'));
    return 2;
  }
}

async function importInto(
  store: ContentStore,
  shown: string | null,
  dataDir: string,
  target: string,
  out: (line: string) => void,
  options: ImportCommandOptions,
): Promise<number> {
  const folder = await findContentFolder(target);
  if (!folder) {
    out(noContentMessage(target));
    return 2;
  }
  const source = `map ${folder}`;
  const guard = new DeviceGuard();
  const device = await deviceSettings(dataDir);
  const outcome = await importFolder({
    folder,
    source,
    medium: 'folder',
    store,
    guard,
    shownVersion: shown,
    signing: signingCheckOf(device.signing),
    ...(options.acceptOlder ? { acceptOlder: true } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const at = (options.now?.() ?? new Date()).toISOString();
  const input = reportInput(outcome);
  const log = createLogger('import');
  const editorFile = options.editorFile ?? builtEditorFile;
  const reported = await reportBack(
    { folder, guard },
    outcome,
    importReport(input, at, source, 'folder', device.location),
    editorFile,
    log,
  );
  await appendImportLog(store.importLogFile, logEntry(outcome, input, at, source)).catch(() => undefined);
  const code = tellOutcome(out, outcome, folder, Date.parse(at), device.location);
  if (reported) out(`Verslag: ${path.join(folder, REPORT_FILE)}`);
  return code;
}

/** Prints the outcome, counting what is over at `now` as `validate` does; returns the exit code. */
function tellOutcome(
  out: (line: string) => void,
  outcome: Awaited<ReturnType<typeof importFolder>>,
  folder: string,
  now: number,
  ownLocation: string | null,
): number {
  switch (outcome.kind) {
    case 'imported': {
      const { content, version } = outcome.stored.bundle;
      out(`Ingelezen: ${contentSummary(content, now)} (versie ${version}).`);
      for (const warning of contentWarnings(content, now, ownLocation)) out(`Let op: ${warning}`);
      out('Een kiosk die draait, toont de nieuwe inhoud binnen enkele seconden.');
      return 0;
    }
    case 'unchanged':
      out(`Niets veranderd: deze inhoud is al de huidige (versie ${outcome.version}).`);
      return 0;
    case 'refused':
      printProblems(out, 'Niet ingelezen', folder, outcome.problems);
      out('De huidige inhoud blijft.');
      return 1;
    case 'removed':
      out(`Niet ingelezen: ${folder} veranderde of verdween tijdens het lezen.`);
      return 2;
    case 'stalled':
      out(`Niet ingelezen: ${STALLED_MESSAGE}.`);
      return 2;
    case 'unreadable':
    case 'failed':
      out(`Niet ingelezen: ${outcome.message}.`);
      return 2;
  }
}
