/** Content folders with the files an attacker could leave in one, and a handler over such a folder. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveRendererConfig } from '../../core/config/device-config';
import { KioskState } from '../../main/kiosk-state';
import { loadSampleContent } from '../../main/kiosk';
import { sampleContentDir } from '../../main/paths';
import { createHandler, type Handler, type HandlerOptions } from '../../main/server/handler';

/** A fresh temporary folder for one test file, with where its content and renderer folders go. */
export function requestFolders(name: string): { tmp: string; contentDir: string; rendererDir: string } {
  process.env.BUURTKIOSK_QUIET ??= '1';
  const tmp = mkdtempSync(path.join(os.tmpdir(), `buurtkiosk-${name}-`));
  return { tmp, contentDir: path.join(tmp, 'content'), rendererDir: path.join(tmp, 'renderer') };
}

/** The first bytes of every PNG. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Copies the sample content to `dir` and adds a FIFO named images/fifo.png (nothing ever writes to it). */
export function sampleContentWithFifo(dir: string): void {
  cpSync(sampleContentDir, dir, { recursive: true });
  execFileSync('mkfifo', [path.join(dir, 'images', 'fifo.png')]);
}

/** A sparse PNG-looking file: `bytes` long, a few bytes on disk. */
export function sparsePng(file: string, bytes: number): void {
  writeFileSync(file, PNG_SIGNATURE);
  truncateSync(file, bytes);
}

/** A renderer folder with just an index.html. */
export function tinyRenderer(dir: string): void {
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
}

/** The kiosk handler over the sample content as found in `contentDir`. */
export async function handlerOver(
  contentDir: string,
  rendererDir: string,
  options: Partial<HandlerOptions> = {},
) {
  const state = new KioskState({ ...(await loadSampleContent()), dir: contentDir }, resolveRendererConfig());
  const handler = createHandler({ state, rendererDir, buildDate: '2026-11-01', longPollMs: 200, ...options });
  return { state, handler: closingUnread(handler) };
}

/** Responses of handlers wrapped by closingUnread, until cancelUnreadBodies. */
const handedOut: Response[] = [];

/**
 * `handler`, keeping each response so cancelUnreadBodies can end the bodies a test did not read: a
 * served file stays open until its body is read or cancelled (as the hosts do), and one left to the
 * garbage collector makes Node warn (DEP0137) in the middle of the test output.
 */
export function closingUnread(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request);
    handedOut.push(response);
    return response;
  };
}

/** Cancels the bodies of responses handed out so far that nobody read (for an afterEach). */
export async function cancelUnreadBodies(): Promise<void> {
  for (const response of handedOut.splice(0)) {
    if (!response.bodyUsed) await response.body?.cancel().catch(() => {});
  }
}
