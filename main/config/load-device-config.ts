/**
 * Reads `<userData>/config.json`. A missing file means defaults. A mistake costs only the field it is
 * in (salvage-device-config.ts); every problem is logged in Dutch with its line. Signing fails closed:
 * a file that cannot be read or parsed (a folder or FIFO in its place too, a link to a file that is not
 * there, links in a loop), or an unusable `signingKey`, means no content is accepted.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { DeviceConfigLayer } from '../../core/config/device-config';
import { salvageDeviceConfigText } from '../../core/config/salvage-device-config';
import { describeProblem, type Problem } from '../../core/content/problem';
import { readCapped } from '../content/load-content';
import { danglingLinkWords, fileErrorWords, notAFileWords } from '../file-words';
import type { Logger } from '../log';
import { decodeText } from './decode-text';

export const CONFIG_FILE = 'config.json';
const MAX_CONFIG_BYTES = 64 * 1024;

/** The config layer and its problems (one Dutch line each, also shown in the staff view). */
export interface LoadedDeviceConfig {
  layer: DeviceConfigLayer;
  problems: string[];
  /**
   * Why an "updateUrl" the file holds, or may hold, is not used: one Dutch line for the staff view,
   * which would otherwise say there is no address. Null when there is none or it is taken.
   */
  updateUrlProblem: string | null;
}

/** The config layer from `file`: its valid fields, and why signing is broken if it is. */
export async function loadDeviceConfig(file: string, log: Logger): Promise<LoadedDeviceConfig> {
  let bytes: Buffer | 'too-big';
  try {
    // lstat first: a link to a file that is not there is no "no config" (that would turn signing off).
    const entry = await lstat(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (entry === null) return { layer: {}, problems: [], updateUrlProblem: null };
    const dangling = entry.isSymbolicLink() ? await danglingLinkWords(file, CONFIG_FILE) : null;
    if (dangling !== null) return unusable(file, dangling, log);
    const notAFile = await notAFileWords(file);
    if (notAFile !== null) return unusable(file, `${CONFIG_FILE} kan niet gelezen worden (${notAFile})`, log);
    bytes = await readCapped(file, MAX_CONFIG_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Gone between lstat and reading: as if it was never there.
    if (code === 'ENOENT' && !(await exists(file)))
      return { layer: {}, problems: [], updateUrlProblem: null };
    return unusable(file, `${CONFIG_FILE} kan niet gelezen worden (${fileErrorWords(code)})`, log);
  }
  if (bytes === 'too-big') return unusable(file, `${CONFIG_FILE} is te groot (hoogstens 64 kB)`, log);
  const { text, encoding } = decodeText(bytes);
  const problems: string[] = [];
  if (encoding !== 'utf-8') {
    problems.push(
      `${CONFIG_FILE} is opgeslagen als ${encoding.toUpperCase()}; gelezen, maar bewaar het liefst als UTF-8`,
    );
  }
  const salvaged = salvageDeviceConfigText(text);
  problems.push(...salvaged.problems.map(describeProblem));
  if (salvaged.problems.length > 0) {
    const n = salvaged.problems.length;
    log(
      `${file} bevat ${n === 1 ? 'een fout' : `${n} fouten`}; alleen ${n === 1 ? 'dat veld wordt' : 'die velden worden'} genegeerd:`,
    );
    for (const problem of salvaged.problems) log(`  ${describeProblem(problem)}`);
  }
  if (encoding !== 'utf-8') log(`${file}: ${problems[0]}`);
  const updateUrlProblem = urlProblemWords(text, salvaged.config.updateUrl, salvaged.problems);
  if (salvaged.signingBroken === null) return { layer: salvaged.config, problems, updateUrlProblem };
  logBroken(file, salvaged.signingBroken, log);
  return {
    layer: { ...salvaged.config, signingBroken: salvaged.signingBroken },
    problems,
    updateUrlProblem,
  };
}

/** Why the file's "updateUrl" is not taken: its own problem, or a file it is in but not found in. */
function urlProblemWords(
  text: string,
  taken: string | undefined,
  problems: readonly Problem[],
): string | null {
  const own = problems.find((p) => p.path === 'updateUrl' || p.path.startsWith('updateUrl.'));
  if (own) return `"updateUrl" in ${CONFIG_FILE} wordt niet gebruikt: ${describeProblem(own)}`;
  if (taken !== undefined || !text.includes('"updateUrl"') || problems.length === 0) return null;
  return `"updateUrl" in ${CONFIG_FILE} kon niet gelezen worden: ${describeProblem(problems[0]!)}`;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/** Nothing of the file can be used: defaults, and signing required with nothing matching. */
function unusable(file: string, reason: string, log: Logger): LoadedDeviceConfig {
  log(`${file}: ${reason}; standaardinstellingen gebruikt`);
  logBroken(file, reason, log);
  return {
    layer: { signingBroken: reason },
    problems: [reason],
    updateUrlProblem: `${reason}, dus ook een "updateUrl" daarin niet`,
  };
}

function logBroken(file: string, reason: string, log: Logger): void {
  log(
    `${file}: ondertekening vereist maar niet te controleren (${reason}): geen enkele USB-stick of map wordt aanvaard tot ${CONFIG_FILE} verbeterd is`,
  );
}

/** Where the config file of a user data folder lives. */
export function deviceConfigFile(userData: string): string {
  return path.join(userData, CONFIG_FILE);
}
