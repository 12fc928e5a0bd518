import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importFolder } from '../../../../main/import/import-folder';
import { ContentStore, KEEP_PREVIOUS } from '../../../../main/store/content-store';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let clock = Date.parse('2026-11-27T10:00:00Z');

/** Imports a variation of the sample whose title is `title`; returns its version. */
async function importTitled(title: string): Promise<string> {
  const content = sampleStickContent();
  content.title = title;
  const stick = path.join(tmp.dir, 'sticks', title.replace(/\W/g, '-'));
  const folder = writeStickFolder(stick, { content });
  clock += 60_000;
  const outcome = await importFolder({
    folder,
    source: `USB-stick ${title}`,
    medium: 'stick',
    store,
    now: () => new Date(clock),
  });
  assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
  return outcome.kind === 'imported' ? outcome.stored.bundle.version : '';
}

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-store-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
});
afterEach(() => tmp.remove());

describe('content store', () => {
  it('has nothing to show before the first import (the caller shows the sample)', async () => {
    assert.equal(await store.loadCurrent(), null);
  });

  it('points current at an import and loads it back whole, with its source', async () => {
    const version = await importTitled('Eerste');
    assert.equal(await store.currentVersion(), version);
    const loaded = await store.loadCurrent();
    assert.equal(loaded?.bundle.version, version);
    assert.equal(loaded?.bundle.content.title, 'Eerste');
    assert.equal(loaded?.bundle.source, 'USB-stick Eerste');
    assert.ok(existsSync(path.join(loaded!.bundle.dir, 'images', 'koffie.png')));
  });

  it(`keeps the current version and the ${KEEP_PREVIOUS} before it, no more`, async () => {
    const versions: string[] = [];
    for (let i = 0; i < KEEP_PREVIOUS + 3; i++) versions.push(await importTitled(`Versie ${i}`));
    const kept = readdirSync(store.versionsDir).sort();
    assert.deepEqual(kept, versions.slice(-(KEEP_PREVIOUS + 1)).sort());
    assert.equal(await store.currentVersion(), versions.at(-1));
  });

  it('falls back to the newest good version when current is damaged, and repairs the pointer', async () => {
    const older = await importTitled('Oud');
    const middle = await importTitled('Midden');
    const newest = await importTitled('Nieuw');
    writeFileSync(path.join(store.versionsDir, newest, 'content.json'), '{"kapot": ');
    const loaded = await store.loadCurrent();
    assert.equal(loaded?.bundle.version, middle);
    assert.equal(await store.currentVersion(), middle);
    assert.notEqual(loaded?.bundle.version, older);
  });

  it('notices an image that changed on disk (hash mismatch) and falls back', async () => {
    const older = await importTitled('Oud');
    const newest = await importTitled('Nieuw');
    writeFileSync(path.join(store.versionsDir, newest, 'images', 'koffie.png'), 'niet meer dezelfde bytes');
    assert.equal((await store.loadCurrent())?.bundle.version, older);
  });

  it('falls back when the pointer itself is garbage or missing', async () => {
    const version = await importTitled('Enige');
    writeFileSync(store.currentFile, '\0\0\0');
    assert.equal((await store.loadCurrent())?.bundle.version, version);
    rmSync(store.currentFile);
    assert.equal((await store.loadCurrent())?.bundle.version, version);
  });

  it('gives null (sample) when every stored version is damaged', async () => {
    const a = await importTitled('A');
    const b = await importTitled('B');
    rmSync(path.join(store.versionsDir, a, 'manifest.json'));
    writeFileSync(path.join(store.versionsDir, b, 'content.json'), '');
    assert.equal(await store.loadCurrent(), null);
  });

  it('clears staging left behind by a crashed import at start-up', async () => {
    await importTitled('A');
    const leftover = path.join(store.stagingDir, '999999999-dead');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(path.join(leftover, 'content.json'), '{');
    await store.loadCurrent();
    assert.equal(existsSync(leftover), false);
  });

  it('importing an older version again makes it current without copying a second folder', async () => {
    const first = await importTitled('Terug');
    await importTitled('Tussen');
    const again = await importTitled('Terug');
    assert.equal(again, first);
    assert.equal(await store.currentVersion(), first);
    assert.equal((await store.listVersions())[0]?.version, first);
  });
});
