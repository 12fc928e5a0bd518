/**
 * `buurtkiosk start`: the Electron window. Without an Electron binary (as on build machines where it
 * cannot be downloaded) it says so in one line and falls back to the system Chromium in kiosk mode
 * when a display exists, else to serving with the URL printed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from '../paths';
import type { KioskOptions } from '../kiosk';
import { closeOnSignal, startServing } from './serve-command';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Electron binary's path, or null. Electron 45 fetches its binary on first use; we try that once,
 * quietly (unless ELECTRON_SKIP_BINARY_DOWNLOAD is set), so an offline machine gets one clear line
 * instead of a stack trace.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  let electronDir: string;
  try {
    electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const installed = (): string | null => {
    const pathFile = path.join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  };
  if (installed() || env.ELECTRON_SKIP_BINARY_DOWNLOAD) return installed();
  console.log('Electron wordt gedownload (eenmalig)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 600_000 });
  return installed();
}

export function findSystemChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export async function startCommand(
  options: KioskOptions & { port?: number },
  passArgs: string[],
): Promise<number> {
  const electron = findElectronBinary();
  if (electron) {
    const child = spawn(electron, [appRoot, ...passArgs], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  }
  const chromium = hasDisplay() ? findSystemChromium() : null;
  const why = hasDisplay() ? 'geen Chromium gevonden' : 'geen scherm (DISPLAY/WAYLAND_DISPLAY)';
  console.log(
    chromium
      ? `Electron is niet beschikbaar; de kiosk opent in ${chromium} (kioskmodus).`
      : `Electron is niet beschikbaar en ${why}; de kiosk draait als webserver.`,
  );
  const host = await startServing(options);
  console.log(`buurtkiosk draait op ${host.url}  (Ctrl-C stopt)`);
  let browser: ChildProcess | undefined;
  if (chromium) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-chromium-'));
    browser = spawn(
      chromium,
      [
        `--app=${host.url}`,
        '--kiosk',
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
      { stdio: 'ignore' },
    );
  }
  await closeOnSignal(host, () => browser?.kill());
  return 0;
}
