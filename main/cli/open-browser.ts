/**
 * Opens an address in the user's own browser, the way the system does it (xdg-open, open, start),
 * for `buurtkiosk edit`. Fails quietly: the address is printed anyway, so staff can open it by hand.
 */
import { spawn as nodeSpawn, type SpawnOptions } from 'node:child_process';

/** The command that opens `url` on `platform`, or null where there is no desktop to open it on. */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  // Without a display xdg-open falls back to a text browser in this very terminal: better not.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** What openInBrowser needs from child_process (a seam for tests). */
export type Spawn = (
  command: string,
  args: string[],
  options: SpawnOptions,
) => {
  once(event: 'spawn' | 'error', listener: (err?: Error) => void): unknown;
  unref(): void;
};

/** Resolves true once the opener started, false when there is none (never throws). */
export function openInBrowser(
  url: string,
  spawn: Spawn = nodeSpawn,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const how = browserCommand(url, platform, env);
  if (!how) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const child = spawn(how.command, how.args, { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
