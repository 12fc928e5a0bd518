/** Starts the real handler on the browser host (127.0.0.1, free port) for a test. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentInput } from '../../core/content/schema';
import { createKiosk, type Kiosk, type KioskOptions } from '../../main/kiosk';
import { sampleContentDir } from '../../main/paths';
import { startHttpHost, type HttpHost } from '../../main/server/http-host';

process.env.BUURTKIOSK_QUIET ??= '1';

export interface TestKiosk extends Kiosk {
  url: string;
  host: HttpHost;
  close(): Promise<void>;
}

/**
 * Serves the kiosk; pass `contentDir` for your own content, `buildDate` to test old instants. Each
 * kiosk gets its own empty user data folder (so the machine's store never leaks in) and watches no
 * USB roots unless `config.usbRoots` says so.
 */
export async function startTestKiosk(options: KioskOptions = {}): Promise<TestKiosk> {
  const dataDir = options.userDataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-data-'));
  const kiosk = await createKiosk({
    buildDate: '2026-01-01',
    longPollMs: 5_000,
    ...(dataDir ? { userDataDir: dataDir } : {}),
    ...options,
    config: { usbRoots: [], ...options.config },
  });
  const host = await startHttpHost(kiosk.handler, 0);
  const close = async () => {
    await kiosk.stop();
    await host.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...kiosk, host, url: host.url, close };
}

/** The sample content as a mutable object, for tests that write variations of it. */
export function sampleContent(): ContentInput {
  return JSON.parse(readFileSync(path.join(sampleContentDir, 'content.json'), 'utf8')) as ContentInput;
}

/** Writes content (and the sample images) into a fresh temporary folder; returns its path. */
export function writeContentDir(content: ContentInput | string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-test-'));
  cpSync(path.join(sampleContentDir, 'images'), path.join(dir, 'images'), { recursive: true });
  writeFileSync(
    path.join(dir, 'content.json'),
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
