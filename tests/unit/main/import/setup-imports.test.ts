import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importFolder } from '../../../../main/import/import-folder';
import { createKiosk, type Kiosk } from '../../../../main/kiosk';
import { ContentStore } from '../../../../main/store/content-store';
import { readImportLog } from '../../../../main/store/import-log';
import { plugStick, sampleStickContent, tempFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let kiosk: Kiosk | undefined;
const mounts = () => path.join(tmp.dir, 'media');
const home = () => path.join(tmp.dir, 'home');

/** Resolves once the kiosk state has changed `times` times (or rejects after `ms`). */
async function changes(k: Kiosk, times: number, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  const target = k.state.revision + times;
  while (k.state.revision < target) {
    const left = deadline - Date.now();
    if (left <= 0 || !(await k.state.waitForChange(k.state.revision, left))) {
      throw new Error(`state did not change ${times} time(s) in ${ms} ms`);
    }
  }
}

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-usbkiosk-');
  mkdirSync(mounts());
  mkdirSync(home());
});
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  tmp.remove();
});

describe('a kiosk watching temporary mount roots', () => {
  it('shows the sample until the first stick, then the stick, and again after a restart', async () => {
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [mounts()] } });
    assert.equal(kiosk.state.bundle.source, 'voorbeeldinhoud');
    const content = sampleStickContent();
    content.title = 'Van de stick';
    const stick = plugStick(mounts(), 'KIOSK', { content });
    await changes(kiosk, 2); // content, then the notice
    assert.equal(kiosk.state.bundle.content.title, 'Van de stick');
    assert.equal(kiosk.state.bundle.source, 'USB-stick KIOSK');
    assert.equal(kiosk.state.notice?.kind, 'import-ok');
    assert.match(readFileSync(path.join(stick.folder, 'verslag.txt'), 'utf8'), /GELUKT/);
    await kiosk.stop();
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [] } });
    assert.equal(kiosk.state.bundle.content.title, 'Van de stick');
  });

  it('refuses a bad stick: the screen keeps its content and gets the red notice', async () => {
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [mounts()] } });
    const shown = kiosk.state.bundle.version;
    const stick = plugStick(mounts(), 'FOUT', { content: '{"updated": ' });
    await changes(kiosk, 1);
    assert.equal(kiosk.state.notice?.kind, 'import-failed');
    assert.equal(kiosk.state.bundle.version, shown);
    assert.ok(existsSync(path.join(stick.folder, 'verslag.txt')));
  });

  it('is stopped only once the refused stick is in the import log, so its folder can go at once', async () => {
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [mounts()] } });
    plugStick(mounts(), 'FOUT', { content: '{"updated": ' });
    await changes(kiosk, 1); // the red notice comes first, the import log after it
    await kiosk.stop();
    const store = ContentStore.inUserData(home());
    const logged = await readImportLog(store.importLogFile);
    assert.deepEqual(
      logged.map((e) => `${e.source}: ${e.result}`),
      ['USB-stick FOUT: refused'],
    );
    // Nothing lands after stop: the folder's contents stay as they are (in CI a late write once made
    // removing the folder fail with ENOTEMPTY).
    const before = readdirSync(path.dirname(store.importLogFile)).sort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(readdirSync(path.dirname(store.importLogFile)).sort(), before);
  });

  it('shows a version committed to the store from outside, as `buurtkiosk import` does', async () => {
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [] } });
    const content = sampleStickContent();
    content.title = 'Via de opdrachtregel';
    const stick = plugStick(path.join(tmp.dir), 'CLI', { content });
    const outcome = await importFolder({
      folder: stick.folder,
      source: 'map',
      medium: 'folder',
      store: ContentStore.inUserData(home()),
    });
    assert.equal(outcome.kind, 'imported');
    await changes(kiosk, 2, 6000);
    assert.equal(kiosk.state.bundle.content.title, 'Via de opdrachtregel');
    assert.equal(kiosk.state.notice?.kind, 'import-ok');
  });

  it('starts on the sample when every stored version is damaged', async () => {
    const store = ContentStore.inUserData(home());
    const stick = plugStick(tmp.dir, 'SEED');
    const outcome = await importFolder({ folder: stick.folder, source: 'x', medium: 'folder', store });
    assert.equal(outcome.kind, 'imported');
    const version = (await store.currentVersion())!;
    writeFileSync(path.join(store.versionsDir, version, 'content.json'), '{}');
    kiosk = await createKiosk({ userDataDir: home(), config: { usbRoots: [] } });
    assert.equal(kiosk.state.bundle.source, 'voorbeeldinhoud');
  });
});
