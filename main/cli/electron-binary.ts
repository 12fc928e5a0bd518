/**
 * Finding the Electron binary for `buurtkiosk start`. Electron 45 fetches its binary on first use;
 * we try that once, saying "Electron wordt gedownload (eenmalig)" only when a download really
 * starts. After a failed attempt (no internet) it is not tried again for a day, so an offline
 * machine starts at once, with one line of explanation instead of a download each time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** A failed download is retried after this long. */
export const DOWNLOAD_RETRY_MS = 24 * 60 * 60 * 1000;

/** Where Electron lives and how to reach the outside world; real defaults, seams for tests. */
export interface ElectronSetup {
  /** node_modules/electron, or null when the package is not installed. */
  electronDir: string | null;
  /** Where a failed download is remembered (the user data folder). */
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** Runs Electron's own installer; the binary is there afterwards when it worked. */
  runInstaller?: (electronDir: string) => void;
  say?: (line: string) => void;
}

/** node_modules/electron, or null. */
export function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The installed binary, or null. */
function installedBinary(electronDir: string): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** True when @electron/get already holds this version's zip: installing only unpacks it. */
function zipInCache(version: string, env: NodeJS.ProcessEnv): boolean {
  const home = os.homedir();
  const root =
    env.electron_config_cache ??
    (process.platform === 'darwin'
      ? path.join(home, 'Library', 'Caches', 'electron')
      : process.platform === 'win32'
        ? path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'electron', 'Cache')
        : path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'electron'));
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  try {
    return readdirSync(root).some((dir) => existsSync(path.join(root, dir, zip)));
  } catch {
    return false;
  }
}

function runElectronInstaller(electronDir: string): void {
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 600_000 });
}

/** The Electron binary's path, or null (then `start` falls back to Chromium or serving). */
export function findElectronBinary(setup: ElectronSetup): string | null {
  const { electronDir, dataDir } = setup;
  const env = setup.env ?? process.env;
  const now = setup.now ?? Date.now;
  const say = setup.say ?? ((line: string) => console.log(line));
  if (!electronDir) return null;
  const installed = installedBinary(electronDir);
  if (installed || env.ELECTRON_SKIP_BINARY_DOWNLOAD) return installed;
  const version = (
    JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const marker = path.join(dataDir, 'electron-download.json');
  const failed = readFailure(marker);
  if (failed?.version === version && now() - failed.at < DOWNLOAD_RETRY_MS) return null;
  say(zipInCache(version, env) ? 'Electron wordt uitgepakt…' : 'Electron wordt gedownload (eenmalig)…');
  (setup.runInstaller ?? runElectronInstaller)(electronDir);
  const binary = installedBinary(electronDir);
  if (!binary) {
    say('Electron downloaden lukte niet (geen internet?); buurtkiosk probeert het morgen opnieuw.');
    try {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(marker, JSON.stringify({ version, at: now() }));
    } catch {
      // Not remembering only means trying again next time.
    }
  }
  return binary;
}

function readFailure(file: string): { version: string; at: number } | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; at?: unknown };
    return typeof value.version === 'string' && typeof value.at === 'number'
      ? { version: value.version, at: value.at }
      : null;
  } catch {
    return null;
  }
}
