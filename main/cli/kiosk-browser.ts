/**
 * The system Chromium in kiosk mode, for `buurtkiosk start` without Electron. It gets a profile of
 * its own in a temporary folder, removed when Chromium exits, so every start is clean and no
 * profiles pile up in /tmp.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A running kiosk browser. */
export interface KioskBrowser {
  /** Its temporary profile (gone once `exited` resolves). */
  profile: string;
  /** Resolves with the exit code once Chromium has exited and its profile is removed. */
  exited: Promise<number | null>;
  /** Asks Chromium to close. */
  stop(): void;
}

/** Starts `chromium` on `url` in kiosk mode with a throw-away profile under `tmpRoot`. */
export function launchKioskBrowser(chromium: string, url: string, tmpRoot = os.tmpdir()): KioskBrowser {
  const profile = mkdtempSync(path.join(tmpRoot, 'buurtkiosk-chromium-'));
  const child = spawn(
    chromium,
    [
      `--app=${url}`,
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
  const exited = new Promise<number | null>((resolve) => {
    let done = false;
    const finish = (code: number | null) => {
      if (done) return;
      done = true;
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
      resolve(code);
    };
    child.once('exit', (code) => finish(code));
    child.once('error', () => finish(null));
  });
  return { profile, exited, stop: () => child.kill() };
}
