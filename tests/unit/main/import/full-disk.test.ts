/**
 * A full disk does not lock imports out forever: old versions go first (the current one and the one
 * before it stay), then the import is tried again. Full is faked through the import's write hook and
 * its free-space hook, and (where this machine lets us mount one) shown on a real 3 MB tmpfs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importFolder, type ImportRequest } from '../../../../main/import/import-folder';
import { ContentStore, KEEP_PREVIOUS } from '../../../../main/store/content-store';
import { noisePng } from '../../../support/test-images';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let clock = Date.parse('2026-11-27T10:00:00Z');

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-full-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
});
afterEach(() => tmp.remove());

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

  it('says so when even that is not enough, keeps the screen, and imports again once there is room', async () => {
    await importTitled('Eerste');
    const shown = await store.currentVersion();
    const outcome = await importTitled('Te groot', { hooks: { beforeWrite: () => throwIt(diskFull()) } });
    assert.equal(outcome.kind, 'failed');
    assert.match(
      outcome.kind === 'failed' ? outcome.message : '',
      /^te weinig vrije ruimte op de kiosk, ook na het opruimen/,
    );
    assert.equal(await store.currentVersion(), shown);
    assert.deepEqual(readdirSync(store.stagingDir), []);
    assert.equal((await store.loadCurrent())?.bundle.version, shown);
    assert.equal((await importTitled('Daarna')).kind, 'imported');
  });

  it('recovers on a real full file system (a 3 MB tmpfs), where this machine allows mounting one', async (t) => {
    const disk = path.join(tmp.dir, 'klein');
    mkdirSync(disk);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', disk], { stdio: 'ignore' });
    } catch {
      return t.skip('no permission to mount a tmpfs here');
    }
    try {
      store = new ContentStore(path.join(disk, 'store'));
      // Each version holds a photo of about 590 KB; a few fill the disk.
      const kinds: string[] = [];
      for (let i = 0; i < 8; i++) kinds.push((await importTitled(`Foto ${i}`, {}, 384)).kind);
      assert.deepEqual(kinds, Array(8).fill('imported'));
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});

function throwIt(err: Error): never {
  throw err;
}
