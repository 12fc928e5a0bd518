/**
 * `buurtkiosk import PATH`: the USB import transaction from a folder (a stick's root, its buurtkiosk/
 * folder, or any folder with a content.json). Exit 0 imported or already current, 1 refused (every
 * problem listed), 2 nothing to read or the store could not be written.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveDeviceConfig } from '../../core/config/device-config';
import { describeProblemWithPath } from '../../core/content/problem';
import { contentSummary, count } from '../../core/import/import-wording';
import { deviceConfigFile, loadDeviceConfig } from '../config/load-device-config';
import { importFolder } from '../import/import-folder';
import { logEntry, reportInput } from '../import/importer';
import { createLogger } from '../log';
import { userDataDir } from '../paths';
import { ContentStore } from '../store/content-store';
import { appendImportLog } from '../store/import-log';

export interface ImportCommandOptions {
  /** The per-user data folder (default: userDataDir()). */
  userDataDir?: string;
}

/** The folder holding content.json for PATH, or null when there is none. */
export async function findContentFolder(target: string): Promise<string | null> {
  const isFile = (p: string) =>
    stat(p).then(
      (s) => s.isFile(),
      () => false,
    );
  if (path.basename(target) === 'content.json' && (await isFile(target))) return path.dirname(target);
  for (const dir of [target, path.join(target, 'buurtkiosk')]) {
    if (await isFile(path.join(dir, 'content.json'))) return dir;
  }
  return null;
}

export async function importCommand(
  target: string,
  out: (line: string) => void,
  options: ImportCommandOptions = {},
): Promise<number> {
  const folder = await findContentFolder(path.resolve(target));
  if (!folder) {
    out(
      `Kan niet lezen: geen content.json gevonden in ${target} (ook niet in ${path.join(target, 'buurtkiosk')})`,
    );
    return 2;
  }
  const dataDir = options.userDataDir ?? userDataDir();
  const device = resolveDeviceConfig(
    await loadDeviceConfig(deviceConfigFile(dataDir), createLogger('config')),
  );
  const store = ContentStore.inUserData(dataDir);
  const source = `map ${folder}`;
  const outcome = await importFolder({
    folder,
    source,
    medium: 'folder',
    store,
    shownVersion: await store.currentVersion(),
    signingKey: device.signingKey,
  });
  const at = new Date().toISOString();
  await appendImportLog(store.importLogFile, logEntry(outcome, reportInput(outcome), at, source)).catch(
    () => undefined,
  );
  switch (outcome.kind) {
    case 'imported':
      out(
        `Ingelezen: ${contentSummary(outcome.stored.bundle.content)} (versie ${outcome.stored.bundle.version}).`,
      );
      out('Een kiosk die draait, toont de nieuwe inhoud binnen enkele seconden.');
      return 0;
    case 'unchanged':
      out(`Niets veranderd: deze inhoud is al de huidige (versie ${outcome.version}).`);
      return 0;
    case 'refused':
      out(
        `Niet ingelezen: ${count(outcome.problems.length, 'fout', 'fouten')} in ${path.join(folder, 'content.json')}`,
      );
      for (const p of outcome.problems) out(`  ${describeProblemWithPath(p)}`);
      out('De huidige inhoud blijft.');
      return 1;
    case 'removed':
      out(`Niet ingelezen: ${folder} veranderde of verdween tijdens het lezen.`);
      return 2;
    case 'unreadable':
    case 'failed':
      out(`Niet ingelezen: ${outcome.message}.`);
      return 2;
  }
}
