/**
 * Reads `<userData>/config.json`. A missing file means defaults; an unreadable or invalid one logs every
 * problem in Dutch and also means defaults: a typo in the config must never keep the screen dark.
 */
import path from 'node:path';
import type { DeviceConfigInput } from '../../core/config/device-config';
import { validateDeviceConfigText } from '../../core/config/validate-device-config';
import { describeProblem } from '../../core/content/problem';
import { readCapped } from '../content/load-content';
import type { Logger } from '../log';

export const CONFIG_FILE = 'config.json';
const MAX_CONFIG_BYTES = 64 * 1024;

/** The config layer from `file`, or `{}` (all defaults) when it is missing, unreadable or invalid. */
export async function loadDeviceConfig(file: string, log: Logger): Promise<DeviceConfigInput> {
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readCapped(file, MAX_CONFIG_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      log(`${file} kan niet gelezen worden (${code ?? 'fout'}); standaardinstellingen gebruikt`);
    return {};
  }
  if (bytes === 'too-big') {
    log(`${file} is te groot (hoogstens 64 kB); standaardinstellingen gebruikt`);
    return {};
  }
  const result = validateDeviceConfigText(bytes.toString('utf8'));
  if (result.ok) return result.config;
  log(
    `${file} bevat ${result.problems.length === 1 ? 'een fout' : `${result.problems.length} fouten`}; standaardinstellingen gebruikt:`,
  );
  for (const problem of result.problems) log(`  ${describeProblem(problem)}`);
  return {};
}

/** Where the config file of a user data folder lives. */
export function deviceConfigFile(userData: string): string {
  return path.join(userData, CONFIG_FILE);
}
