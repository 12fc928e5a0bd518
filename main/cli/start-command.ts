/**
 * `buurtkiosk start`: the Electron window. Without an Electron binary (as on build machines where it
 * cannot be downloaded) it says so in one line and falls back to the system Chromium in kiosk mode
 * when a display exists, else to serving with the URL printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from '../paths';
import type { KioskOptions } from '../kiosk';
import { closeOnSignal, startServing } from './serve-command';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Electron binary's path, or null when the package is there without its binary. */
export function findElectronBinary(): string | null {
  try {
    const located = createRequire(import.meta.url)('electron') as unknown;
    return typeof located === 'string' && existsSync(located) ? located : null;
  } catch {
    return null;
  }
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
  console.log(
    chromium
      ? `Electron is niet geïnstalleerd; de kiosk opent in ${chromium} (kioskmodus).`
      : 'Electron is niet geïnstalleerd en er is geen scherm of Chromium; de kiosk draait als webserver.',
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
