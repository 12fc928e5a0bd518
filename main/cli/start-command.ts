/**
 * `buurtkiosk start`: the Electron window. Without an Electron binary (as on build machines where it
 * cannot be downloaded) it says so in one line and falls back to the system Chromium in kiosk mode
 * when a display exists, else to serving with the URL printed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ALREADY_RUNNING_EXIT_CODE } from '../electron/exit-codes';
import type { KioskOptions } from '../kiosk';
import { appRoot, userDataDir } from '../paths';
import { electronPackageDir, findElectronBinary } from './electron-binary';
import { launchKioskBrowser } from './kiosk-browser';
import { closeOnSignal, startServing } from './serve-command';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findSystemChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Resolves on Ctrl-C or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function startCommand(
  options: KioskOptions & { port?: number },
  passArgs: string[],
): Promise<number> {
  const electron = findElectronBinary({ electronDir: electronPackageDir(), dataDir: userDataDir() });
  if (electron) {
    const child = spawn(electron, [appRoot, ...passArgs], { stdio: 'inherit' });
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)));
    if (code !== ALREADY_RUNNING_EXIT_CODE) return code;
    console.log('buurtkiosk draait al op deze computer: er opent geen tweede venster.');
    return 0;
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
  if (!chromium) {
    await closeOnSignal(host);
    return 0;
  }
  // Closing the kiosk window ends `start` too; Ctrl-C closes the window. Either way its profile goes.
  const browser = launchKioskBrowser(chromium, host.url);
  await Promise.race([untilSignal(), browser.exited]);
  browser.stop();
  await browser.exited;
  await host.close();
  return 0;
}
