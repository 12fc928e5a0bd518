/**
 * The page `buurtkiosk edit` gives the browser to open: a file only this user can read, which sends
 * the browser on to the editor's address. That address carries the editor's token, and a browser
 * started with it as an argument keeps it in its command line for the whole session, where any other
 * account on the computer can read it (/proc/<pid>/cmdline, ps) and then write to the stick through
 * the editor. The command line now shows only this file's name.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A launch page on disk: the file:// address to open, and its removal once the editor stops. */
export interface LaunchPage {
  fileUrl: string;
  remove(): Promise<void>;
}

/** Writes the page in a new folder of its own (mode 0700), the file itself 0600. */
export async function writeLaunchPage(url: string, tmpRoot: string = os.tmpdir()): Promise<LaunchPage> {
  const dir = await mkdtemp(path.join(tmpRoot, 'buurtkiosk-edit-'));
  const file = path.join(dir, 'editor.html');
  await writeFile(file, launchHtml(url), { mode: 0o600, flag: 'wx' });
  return {
    fileUrl: pathToFileURL(file).href,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Straight on to `url`, with a link for a browser that does not follow the refresh. */
export function launchHtml(url: string): string {
  const href = escapeAttribute(url);
  return `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="0;url=${href}" />
    <title>Buurtkiosk-editor</title>
  </head>
  <body>
    <p>De editor opent. Gebeurt er niets? <a href="${href}">Open de editor</a>.</p>
  </body>
</html>
`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
