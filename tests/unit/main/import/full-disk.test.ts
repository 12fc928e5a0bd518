/**
 * A full disk does not lock imports out forever: old versions go first (the current one and the one
 * before it stay), then the import is tried again. Even a disk full to the last byte can be cleaned up:
 * the store gives up its reserve file to write its lock. Staff are told what really happened. Full is
 * faked through the import's and the store lock's write hooks and the free-space hook, and (where this
 * machine lets us mount one) shown on a real tmpfs of a few MB.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it, type TestContext } from 'node:test';
import { importFolder, type ImportRequest } from '../../../../main/import/import-folder';
import { ContentStore, KEEP_PREVIOUS, type ContentStoreOptions } from '../../../../main/store/content-store';
import { noisePng } from '../../../support/test-images';
import { fillDisk, mountTmpfs } from '../../../support/tmpfs';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let clock = Date.parse('2026-11-27T10:00:00Z');
/** A tmpfs mounted by the running test, unmounted after it. */
let mounted: string | null = null;

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-full-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
});
afterEach(() => {
  if (mounted !== null) execFileSync('umount', [mounted]); // also when a test failed half-way
  mounted = null;
  tmp.remove();
});

/** Imports a variation titled `title` (with a photo of `photoSide`² random pixels when given). */
async function importTitled(title: string, extra: Partial<ImportRequest> = {}, photoSide = 0) {
  const content = sampleStickContent();
  content.title = title;
  if (photoSide) content.activities![0]!.image = 'images/foto.png';
  const folder = writeStickFolder(path.join(tmp.dir, 'sticks', title.replace(/\W/g, '-')), {
    content,
    ...(photoSide ? { files: { 'images/foto.png': noisePng(photoSide) } } : {}),
  });
  clock += 60_000;
  return importFolder({
    folder,
    source: title,
    medium: 'folder',
    store,
    shownVersion: await store.currentVersion(),
    now: () => new Date(clock),
    ...extra,
  });
}

const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
const versions = () => readdirSync(store.versionsDir).length;
/** Lock files (and their temporary files) in the store's folder: none may stay after an import. */
const lockFiles = () => readdirSync(store.root).filter((name) => name.startsWith('lock'));
const failedWith = (outcome: Awaited<ReturnType<typeof importTitled>>) =>
  outcome.kind === 'failed' ? outcome.message : JSON.stringify(outcome);

/** What staff read when versions were removed and the disk is still too full. */
const AFTER_PRUNING =
  'te weinig vrije ruimte op de kiosk, ook na het opruimen van oude versies; de inhoud is niet overgenomen';
/** … when there were no old versions left to remove. */
const NOTHING_TO_PRUNE =
  "de schijf van de kiosk is vol en er zijn geen oude versies meer om op te ruimen; de nieuwe inhoud is niet overgenomen en de huidige blijft op het scherm; gebruik minder of kleinere foto's, of vraag wie de kiosk beheert om ruimte vrij te maken";
/** … when the disk was too full to even take the store lock for pruning. */
const TOO_FULL_TO_PRUNE =
  'de schijf van de kiosk is helemaal vol, zo vol dat er zelfs geen oude versies opgeruimd konden worden; de nieuwe inhoud is niet overgenomen en de huidige blijft op het scherm; vraag wie de kiosk beheert om ruimte vrij te maken';

/** The store again, on the same folder, with the store lock's options (a fake full disk). */
function reopen(options: ContentStoreOptions): void {
  store = new ContentStore(store.root, options);
}

describe('a full disk', () => {
  it('prunes to the current version and the one before it, then imports', async () => {
    for (let i = 0; i <= KEEP_PREVIOUS; i++) assert.equal((await importTitled(`Oud ${i}`)).kind, 'imported');
    const current = await store.currentVersion();
    assert.equal(versions(), KEEP_PREVIOUS + 1);
    // Full until only two versions are left.
    const outcome = await importTitled('Nieuw', {
      hooks: { beforeWrite: () => void (versions() > 2 && throwIt(diskFull())) },
    });
    assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
    assert.equal(versions(), 3);
    assert.ok(readdirSync(store.versionsDir).includes(current ?? ''), 'the version shown before stays');
  });

  it('prunes before copying when free space is short, without waiting for a failed write', async () => {
    for (let i = 0; i <= KEEP_PREVIOUS; i++) await importTitled(`Oud ${i}`);
    let failedWrites = 0;
    const outcome = await importTitled('Nieuw', {
      hooks: { freeBytes: async () => 1024, beforeWrite: () => void (versions() > 2 && ++failedWrites) },
    });
    assert.equal(outcome.kind, 'imported');
    assert.equal(failedWrites, 0);
    assert.equal(versions(), 3);
  });

  it('says there was nothing old to remove when only the version shown is stored, keeps the screen, and imports again once there is room', async () => {
    await importTitled('Eerste');
    const shown = await store.currentVersion();
    const outcome = await importTitled('Te groot', { hooks: { beforeWrite: () => throwIt(diskFull()) } });
    assert.equal(failedWith(outcome), NOTHING_TO_PRUNE);
    assert.equal(await store.currentVersion(), shown);
    assert.deepEqual(readdirSync(store.stagingDir), []);
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
    assert.equal((await importTitled('Daarna')).kind, 'imported');
  });

  it('says "ook na het opruimen van oude versies" when old versions were removed and it still does not fit', async () => {
    for (let i = 0; i < 4; i++) await importTitled(`Oud ${i}`);
    const shown = await store.currentVersion();
    const outcome = await importTitled('Te groot', { hooks: { beforeWrite: () => throwIt(diskFull()) } });
    assert.equal(failedWith(outcome), AFTER_PRUNING);
    assert.equal(versions(), 2, 'the current one and the one before it stay');
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
  });

  it('takes the store lock with the reserve on a disk full to the last byte, prunes, and imports', async () => {
    for (let i = 0; i <= KEEP_PREVIOUS; i++) await importTitled(`Oud ${i}`);
    const shown = await store.currentVersion();
    assert.ok(existsSync(store.reserveFile), 'the store keeps a reserve while there is room');
    // Full to the last byte until old versions go: not even the lock file can be written then.
    const full = () => versions() > 2;
    reopen({
      lock: { beforeWrite: () => void (full() && existsSync(store.reserveFile) && throwIt(diskFull())) },
    });
    const outcome = await importTitled('Nieuw', {
      hooks: { freeBytes: async () => 0, beforeWrite: () => void (full() && throwIt(diskFull())) },
    });
    assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
    assert.equal(versions(), 3);
    assert.ok(readdirSync(store.versionsDir).includes(shown ?? ''), 'the version shown before stays');
    assert.deepEqual(lockFiles(), []);
    assert.ok(existsSync(store.reserveFile), 'the reserve is made again once there is room');
  });

  it('says the disk is completely full when even the lock for pruning cannot be written, removes nothing, and keeps the screen', async () => {
    for (let i = 0; i < 4; i++) await importTitled(`Oud ${i}`);
    const shown = await store.currentVersion();
    let full = true;
    reopen({ lock: { beforeWrite: () => void (full && throwIt(diskFull())) } });
    const outcome = await importTitled('Nieuw', {
      hooks: { freeBytes: async () => 0, beforeWrite: () => void (full && throwIt(diskFull())) },
    });
    assert.equal(failedWith(outcome), TOO_FULL_TO_PRUNE);
    assert.equal(versions(), 4, 'nothing was removed without the lock');
    assert.deepEqual(lockFiles(), []);
    assert.deepEqual(readdirSync(store.stagingDir), []);
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
    full = false;
    assert.equal((await importTitled('Daarna')).kind, 'imported');
  });

  it('recovers on a real full file system (a 3 MB tmpfs), where this machine allows mounting one', async (t) => {
    const disk = mountTmpfs(t, path.join(tmp.dir, 'klein'), '3m');
    mounted = disk;
    if (disk === null) return;
    store = new ContentStore(path.join(disk, 'store'));
    // Each version holds a photo of about 590 KB; a few fill the disk.
    const kinds: string[] = [];
    for (let i = 0; i < 8; i++) kinds.push((await importTitled(`Foto ${i}`, {}, 384)).kind);
    assert.deepEqual(kinds, Array(8).fill('imported'));
  });
});

describe('a real disk that something else filled to the last byte (a 4 MB tmpfs)', () => {
  /** Three versions with a photo of about 170 KB each, then the disk filled by another file. */
  async function filledDisk(t: TestContext, options: { reserve: boolean }): Promise<string | null> {
    const disk = mountTmpfs(t, path.join(tmp.dir, 'klein'), '4m');
    mounted = disk;
    if (disk === null) return null;
    store = new ContentStore(path.join(disk, 'store'));
    for (let i = 0; i < 3; i++) assert.equal((await importTitled(`Oud ${i}`, {}, 200)).kind, 'imported');
    assert.ok(existsSync(store.reserveFile), 'made while there was room');
    if (!options.reserve) rmSync(store.reserveFile); // as on a kiosk whose disk filled before this release
    fillDisk(path.join(disk, 'journal')); // journald, a crash dump: anything outside the store
    return disk;
  }

  it('prunes with the reserve and imports the new content', async (t) => {
    if ((await filledDisk(t, { reserve: true })) === null) return;
    const [shown, before, oldest] = (await store.listVersions()).map((m) => m.version);
    const outcome = await importTitled('Nieuw', {}, 100);
    assert.equal(outcome.kind, 'imported', JSON.stringify(outcome).slice(0, 300));
    const kept = readdirSync(store.versionsDir);
    assert.equal(kept.length, 3, 'the new one, the one shown before and the one before that');
    assert.ok(kept.includes(shown ?? '') && kept.includes(before ?? '') && !kept.includes(oldest ?? ''));
    assert.deepEqual(lockFiles(), []);
  });

  it('without a reserve: says the disk is completely full, leaves no lock files, keeps the screen; imports once there is room', async (t) => {
    const disk = await filledDisk(t, { reserve: false });
    if (disk === null) return;
    const shown = await store.currentVersion();
    for (let attempt = 0; attempt < 3; attempt++) {
      assert.equal(failedWith(await importTitled(`Nieuw ${attempt}`, {}, 100)), TOO_FULL_TO_PRUNE);
    }
    assert.equal(versions(), 3, 'nothing was removed');
    assert.deepEqual(lockFiles(), [], 'no empty lock.<pid>.<random> files pile up');
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
    rmSync(path.join(disk, 'journal')); // whoever manages the kiosk made room
    assert.equal((await importTitled('Daarna', {}, 100)).kind, 'imported');
    assert.ok(existsSync(store.reserveFile), 'the reserve is back');
  });
});

function throwIt(err: Error): never {
  throw err;
}
