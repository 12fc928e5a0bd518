/**
 * The network updater's download cache holds one publication at most: files another publication
 * left behind go as soon as a check sees a new one, the files it still lists stay (a retry does not
 * download them again), and a write that fails leaves no half-written file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { loadSampleContent } from '../../../../main/kiosk';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { sha256Hex } from '../../../../main/store/version-id';
import { DownloadCache } from '../../../../main/update/download-cache';
import type { NetworkUpdater } from '../../../../main/update/network-updater';
import { testUpdater } from '../../../support/test-updater';
import { minutesAgo, publishTo } from '../../../support/publication';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { startStaticServer, type StaticServer } from '../../../support/static-server';
import { noisePng, pngImage } from '../../../support/test-images';
import { tempFolder, upcomingSampleContent } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let server: StaticServer;
let signer: TestSigner;
let store: ContentStore;
let updater: NetworkUpdater;
let pub: string;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-cache-');
  const www = path.join(tmp.dir, 'www');
  pub = path.join(www, 'buurtkiosk');
  mkdirSync(www);
  server = await startStaticServer(www);
  signer = await makeSigner(tmp.dir);
  store = new ContentStore(path.join(tmp.dir, 'store'));
  updater = testUpdater(`${server.origin}buurtkiosk/`, signer.publicKey, {
    store,
    state: new KioskState(await loadSampleContent(), resolveRendererConfig()),
  });
});

afterEach(async () => {
  await updater.stop();
  await server.close();
  tmp.remove();
});

/** Week `week`'s publication: a big photo and a logo, signed in order. */
async function publishWeek(week: number, big: Buffer): Promise<void> {
  const content = structuredClone(upcomingSampleContent());
  content.title = `Week ${week}`;
  const first = content.activities?.[0];
  assert.ok(first);
  content.activities = [
    ...(content.activities ?? []),
    { ...first, title: 'Groot', image: 'images/groot.png' },
    { ...first, title: 'Logo', image: 'images/logo.png' },
  ];
  await publishTo(signer, pub, {
    content,
    files: { 'images/groot.png': big, 'images/logo.png': pngImage(40, 30, week) },
    at: minutesAgo(100 - week),
  });
}

/** The upload tool mangles the logo (FTP in ASCII mode, a broken-off upload): it never matches its hash. */
function mangleLogo(): void {
  writeFileSync(path.join(pub, 'images', 'logo.png'), pngImage(40, 30, 99));
}

/** The hashes the publication on the server lists. */
function listedHashes(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(pub, 'ondertekening.json'), 'utf8')) as {
    files: { sha256: string }[];
  };
  return new Set(manifest.files.map((f) => f.sha256));
}

/** Every file under the store's staging folder, with its size. */
function staged(): { name: string; size: number }[] {
  return readdirSync(store.stagingDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { name: path.relative(store.stagingDir, file), size: statSync(file).size };
    });
}

describe('the download cache', () => {
  it('holds only files the publication on the server lists, however many publications stay incomplete', async () => {
    for (let week = 0; week < 4; week++) {
      await publishWeek(week, noisePng(200 + week));
      mangleLogo();
      for (let poll = 0; poll < 3; poll++) assert.equal((await updater.checkNow()).result, 'incomplete');
      const listed = listedHashes();
      const files = staged();
      assert.ok(files.length > 0, 'the good files are kept for the next try');
      for (const file of files) {
        assert.ok(listed.has(path.basename(file.name)), `week ${week}: ${file.name} is not listed`);
      }
      // The big photo of this week only: never one of an earlier week.
      const total = files.reduce((sum, f) => sum + f.size, 0);
      assert.ok(total < noisePng(200 + week).length * 1.5, `week ${week}: ${total} bytes`);
    }
  });

  it('keeps the files a new publication still lists: they are not downloaded again', async () => {
    const big = noisePng(200);
    await publishWeek(0, big);
    mangleLogo();
    assert.equal((await updater.checkNow()).result, 'incomplete');
    // A new publication with the same photo (the logo still mangled by the upload tool).
    await publishWeek(1, big);
    mangleLogo();
    const from = server.requests.length;
    assert.equal((await updater.checkNow()).result, 'incomplete');
    const asked = server.requests.slice(from).map((r) => r.path);
    assert.ok(!asked.includes('/buurtkiosk/images/groot.png'), asked.join(' '));
    assert.ok(asked.includes('/buurtkiosk/content.json'), 'the new content.json is fetched');
    // The upload is done right: taken, with only the logo still to fetch.
    await publishWeek(1, big);
    const last = server.requests.length;
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.deepEqual(
      server.requests.slice(last).map((r) => r.path),
      ['/buurtkiosk/ondertekening.json', '/buurtkiosk/ondertekening.sig', '/buurtkiosk/images/logo.png'],
    );
    assert.deepEqual(staged(), []);
  });

  it('a write that fails halfway leaves no half-written file', async () => {
    const cache = new DownloadCache(store, {
      beforeWrite: (file) => {
        writeFileSync(file, 'half');
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      },
    });
    const bytes = Buffer.from('{"title": "x"}');
    await assert.rejects(cache.keep(sha256Hex(bytes), bytes), /EIO/);
    assert.deepEqual(staged(), []);
    assert.equal(await cache.find(sha256Hex(bytes)), null);
    await cache.clear();
  });
});
