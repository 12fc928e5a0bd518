/**
 * Network updates on a full disk, met as a stick's import meets it: old versions go first (the
 * current one and the one before it stay), then the write is tried once more; a write that fails
 * leaves nothing behind, and when even that is not enough the staff view and the logbook say the
 * kiosk's disk is full. Full is faked through the updater's write and free-space hooks (as
 * tests/unit/main/import/full-disk.test.ts does for the stick), and shown on a real 5 MB tmpfs where
 * this machine lets us mount one.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { networkResultWords } from '../../../../core/update/network-status';
import type { ImportHooks } from '../../../../main/import/copy-to-staging';
import { importFolder } from '../../../../main/import/import-folder';
import { signingCheckOf } from '../../../../main/import/signing-policy';
import { loadSampleContent } from '../../../../main/kiosk';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore, KEEP_PREVIOUS } from '../../../../main/store/content-store';
import { readImportLog } from '../../../../main/store/import-log';
import type { NetworkUpdater } from '../../../../main/update/network-updater';
import { testUpdater } from '../../../support/test-updater';
import { minutesAgo, publishTo } from '../../../support/publication';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { startStaticServer, type StaticServer } from '../../../support/static-server';
import { noisePng, pngImage } from '../../../support/test-images';
import { fillDisk } from '../../../support/tmpfs';
import { tempFolder, upcomingSampleContent, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

const DISK_FULL =
  "de schijf van de kiosk is vol: geen plaats meer voor de download; de nieuwe inhoud is niet overgenomen en de huidige blijft op het scherm; gebruik minder of kleinere foto's, of vraag wie de kiosk beheert om ruimte vrij te maken";

let tmp: { dir: string; remove(): void };
let server: StaticServer;
let signer: TestSigner;
let store: ContentStore;
let state: KioskState;
let logLines: string[];
let hooks: ImportHooks;
let updater: NetworkUpdater;
let pub: string;
/** Signing moments, one minute apart and in order. */
let signings = 120;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-network-full-');
  const www = path.join(tmp.dir, 'www');
  pub = path.join(www, 'buurtkiosk');
  mkdirSync(www);
  server = await startStaticServer(www);
  signer = await makeSigner(tmp.dir);
  state = new KioskState(await loadSampleContent(), resolveRendererConfig());
  logLines = [];
  hooks = {};
  useStore(path.join(tmp.dir, 'store'));
});

afterEach(async () => {
  await updater.stop();
  await server.close();
  tmp.remove();
});

/** A store at `root` and an updater writing to it through `hooks`. */
function useStore(root: string): void {
  store = new ContentStore(root);
  updater = testUpdater(`${server.origin}buurtkiosk/`, signer.publicKey, {
    store,
    state,
    log: (line) => logLines.push(line),
    hooks, // the same object: tests set its hooks later
  });
}

/** The sample titled `title`, with one more activity showing images/foto.png. */
function withPhoto(title: string) {
  const content = structuredClone(upcomingSampleContent());
  content.title = title;
  const first = content.activities?.[0];
  assert.ok(first);
  content.activities = [
    ...(content.activities ?? []),
    { ...first, title: 'Met foto', image: 'images/foto.png' },
  ];
  return content;
}

/** Publishes `title` with `photo`, signed a minute after the publication before. */
async function publish(title: string, photo: Buffer = pngImage(40, 30, signings)): Promise<void> {
  await publishTo(signer, pub, {
    content: withPhoto(title),
    files: { 'images/foto.png': photo },
    at: minutesAgo(signings--),
  });
}

const versions = () => readdirSync(store.versionsDir).length;
/** Every file (not folder) under the store's staging folder: the download cache and any import's staging. */
const stagedFiles = () =>
  readdirSync(store.stagingDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(store.stagingDir, path.join(entry.parentPath, entry.name)));
/** A write of the download cache (its per-hash files or the publication it puts together). */
const inCache = (file: string) => /[/\\](per-hash|publicatie)[/\\]/.test(file);
const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A write the full disk stops halfway: part of the bytes are on disk, then ENOSPC. */
function halfWritten(file: string): never {
  writeFileSync(file, 'half');
  throw diskFull();
}

describe('a network update on a full disk', () => {
  it('prunes to the current version and the one before it, writes the download again, and is taken', async () => {
    for (let i = 0; i <= KEEP_PREVIOUS; i++) {
      await publish(`Oud ${i}`);
      assert.equal((await updater.checkNow()).result, 'updated');
    }
    const shown = await store.currentVersion();
    assert.equal(versions(), KEEP_PREVIOUS + 1);
    // Full until only two versions are left.
    let failedWrites = 0;
    hooks.beforeWrite = (file) => {
      if (!inCache(file) || versions() <= 2) return;
      failedWrites++;
      halfWritten(file);
    };
    await publish('Nieuw');
    const check = await updater.checkNow();
    assert.equal(check.result, 'updated', check.detail ?? '');
    assert.equal(state.bundle.content.title, 'Nieuw');
    assert.equal(failedWrites, 1);
    assert.equal(versions(), 3);
    assert.ok(readdirSync(store.versionsDir).includes(shown ?? ''), 'the version shown before stays');
    assert.deepEqual(stagedFiles(), []);
  });

  it('says the disk is full when even that is not enough, leaves no half-written file, and takes the publication once there is room', async () => {
    await publish('Versie 1');
    assert.equal((await updater.checkNow()).result, 'updated');
    let full = true;
    hooks.beforeWrite = (file) => {
      if (full && inCache(file)) halfWritten(file);
    };
    await publish('Versie 2', noisePng(64));
    const check = await updater.checkNow();
    assert.equal(check.result, 'failed');
    assert.equal(check.detail, DISK_FULL);
    assert.equal(networkResultWords(check), 'mislukt op deze kiosk');
    assert.equal(state.bundle.content.title, 'Versie 1');
    // Nothing downloaded stays to take room a stick's import needs: no .part, no checked files.
    assert.deepEqual(stagedFiles(), []);
    assert.ok(
      logLines.includes(`${server.origin}buurtkiosk/: mislukt op deze kiosk (${DISK_FULL})`),
      logLines.join('\n'),
    );
    const told = (await readImportLog(store.importLogFile))[0];
    assert.deepEqual(
      { result: told?.result, summary: told?.summary, problems: told?.problems },
      { result: 'failed', summary: 'mislukt op deze kiosk', problems: [DISK_FULL] },
    );
    assert.notEqual(updater.nextDelayMs(), 300_000, 'tried again soon, not after the interval');

    full = false;
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Versie 2');
  });

  it('prunes before downloading when free space is short, without waiting for a failed write', async () => {
    for (let i = 0; i <= KEEP_PREVIOUS; i++) {
      await publish(`Oud ${i}`);
      assert.equal((await updater.checkNow()).result, 'updated');
    }
    let failedWrites = 0;
    hooks.freeBytes = async () => (versions() > 2 ? 1024 : 1024 ** 3);
    hooks.beforeWrite = () => {
      if (versions() > 2) failedWrites++;
    };
    await publish('Nieuw');
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(failedWrites, 0);
    assert.equal(versions(), 3);
  });

  it('downloads nothing while the publication and its copy cannot fit, and says the disk is full', async () => {
    await publish('Versie 1');
    assert.equal((await updater.checkNow()).result, 'updated');
    let free = 1024;
    hooks.freeBytes = async () => free;
    await publish('Versie 2', noisePng(64));
    const from = server.requests.length;
    const check = await updater.checkNow();
    assert.deepEqual({ result: check.result, detail: check.detail }, { result: 'failed', detail: DISK_FULL });
    assert.deepEqual(
      server.requests.slice(from).map((r) => r.path),
      ['/buurtkiosk/ondertekening.json', '/buurtkiosk/ondertekening.sig'],
    );
    free = 1024 ** 3;
    assert.equal((await updater.checkNow()).result, 'updated');
    assert.equal(state.bundle.content.title, 'Versie 2');
  });

  it("an import that meets a full disk gives the import's words and drops the downloads, so they take no room", async () => {
    await publish('Versie 1');
    assert.equal((await updater.checkNow()).result, 'updated');
    let full = true;
    // Only the import's own copy into staging meets the full disk; the downloads fit.
    hooks.beforeWrite = (file) => {
      if (full && !inCache(file)) throw diskFull();
    };
    await publish('Versie 2', noisePng(64));
    const check = await updater.checkNow();
    assert.equal(check.result, 'failed');
    // The import's own words (import-folder.ts), whichever of its full-disk sentences applies.
    assert.match(check.detail ?? '', /^(te weinig vrije ruimte op de kiosk|de schijf van de kiosk is .*vol)/);
    assert.deepEqual(stagedFiles(), []);
    full = false;
    assert.equal((await updater.checkNow()).result, 'updated');
  });

  it('on a real nearly full file system (a 5 MB tmpfs), where this machine allows mounting one: taken after pruning, and when even that is not enough, a stick is not blocked', async (t) => {
    const disk = path.join(tmp.dir, 'klein');
    mkdirSync(disk);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=5m', 'tmpfs', disk], { stdio: 'ignore' });
    } catch {
      return t.skip('no permission to mount a tmpfs here');
    }
    try {
      await updater.stop();
      useStore(path.join(disk, 'store'));
      // Three versions with a photo of about 1 MB each (on a disk this small every import prunes to three).
      for (let i = 0; i < 3; i++) {
        await publish(`Groot ${i}`, noisePng(512));
        assert.equal((await updater.checkNow()).result, 'updated');
      }
      assert.equal(versions(), 3);
      // Something else on the SD card grew: less room is left than the new photo takes (about 360 KB).
      const filler = path.join(disk, 'ander');
      fillDisk(filler, 300 * 1024);
      await publish('Nieuw 1', noisePng(300));
      const taken = await updater.checkNow();
      assert.equal(taken.result, 'updated', taken.detail ?? '');
      assert.equal(state.bundle.content.title, 'Nieuw 1');

      // Fuller still: the oldest version that may go (1 MB) does not make room for a photo of about
      // 920 KB twice (the download and the import's copy of it).
      fillDisk(filler, 100 * 1024);
      await publish('Nieuw 2', noisePng(480));
      const full = await updater.checkNow();
      assert.deepEqual({ result: full.result, detail: full.detail }, { result: 'failed', detail: DISK_FULL });
      assert.equal(state.bundle.content.title, 'Nieuw 1');
      assert.deepEqual(stagedFiles(), []);
      // The same content on a stick needs one copy, and the network left nothing in its way.
      const stick = writeStickFolder(path.join(tmp.dir, 'stick'), {
        content: withPhoto('Nieuw 2 van de stick'),
        files: { 'images/foto.png': noisePng(480) },
      });
      await signer.signFolder(stick, minutesAgo(signings--));
      const fromStick = await importFolder({
        folder: stick,
        source: 'USB-stick TEST',
        medium: 'stick',
        store,
        shownVersion: state.bundle.version,
        signing: signingCheckOf({ kind: 'key', key: signer.publicKey }),
        onCommitted: (stored) => state.setBundle(stored.bundle),
      });
      assert.equal(fromStick.kind, 'imported', JSON.stringify(fromStick));
    } finally {
      await updater.stop();
      execFileSync('umount', [disk]);
    }
  });
});
