/** Where the app's own files and the user's data live. */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (holds package.json, data/ and dist/), found from this file in source or bundle. */
export function findAppRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'buurtkiosk') return dir;
      } catch {
        // not ours; keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`buurtkiosk package root not found above ${from}`);
    dir = parent;
  }
}

export const appRoot = findAppRoot();
/** The bundled sample content shown until the first import. */
export const sampleContentDir = path.join(appRoot, 'data');
/** The built renderer (index.html, app.js, fonts). */
export const rendererDistDir = path.join(appRoot, 'dist', 'renderer');
/** The built server render of the first screen (renderer/ssr), loaded by the handler at run time. */
export const firstScreenModule = path.join(appRoot, 'dist', 'ssr', 'first-screen.js');

/** The per-user data folder, as Electron's userData would be: $XDG_CONFIG_HOME/buurtkiosk. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BUURTKIOSK_DATA) return env.BUURTKIOSK_DATA;
  const base = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'buurtkiosk');
}
