/**
 * The store watcher shows what another process (`buurtkiosk import`) put in the store, and never the
 * kiosk's own imports a second time. It used to read `current` in the moment between an own import
 * moving it and the screen being told, and then showed that import again as one from elsewhere: a
 * second notice, without "Je mag de USB-stick nu uittrekken.", before the stick's report was written.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importFolder } from '../../../../main/import/import-folder';
import { ContentStore } from '../../../../main/store/content-store';
import { watchStore, type StoreWatcher, type WatchedStore } from '../../../../main/store/store-watcher';
import { importRig, type ImportRig } from '../../../support/import-rig';
import { sampleStickContent, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let rig: ImportRig;
let watcher: StoreWatcher;

beforeEach(() => {
  rig = importRig('buurtkiosk-storewatch-');
  watcher = watchStore(rig.store, rig.state, 3_600_000); // looks only when the test asks
});
afterEach(() => {
  watcher.stop();
  rig.remove();
});

/** What the screen was told, in order: "inhoud <title>" or "melding <kind>, <hint or no hint>". */
function recordScreen(): string[] {
  const told: string[] = [];
  const { state } = rig;
  const setBundle = state.setBundle.bind(state);
  const setNotice = state.setNotice.bind(state);
  state.setBundle = (bundle) => {
    told.push(`inhoud ${bundle.content.title}`);
    setBundle(bundle);
  };
  state.setNotice = (notice) => {
    told.push(`melding ${notice?.kind}, ${notice?.hint ?? 'zonder tip'}`);
    setNotice(notice);
  };
  return told;
}

/** A version committed by "another process": a second ContentStore on the same folder. */
async function commitElsewhere(title: string): Promise<string> {
  const content = sampleStickContent();
  content.title = title;
  const folder = writeStickFolder(path.join(rig.dir, title.replace(/\W/g, '')), { content });
  const outcome = await importFolder({
    folder,
    source: 'map',
    medium: 'folder',
    store: new ContentStore(rig.store.root),
  });
  assert.ok(outcome.kind === 'imported');
  return outcome.stored.bundle.version;
}

/**
 * The real store, with the moves of `current` "made here" under the test's control, and a hook as a
 * look loads a version: each half of the watcher's guard is tested alone, at a chosen moment.
 */
function steeredStore(): WatchedStore & { movesHere: number; onLoad: () => void } {
  const steered = {
    movesHere: 0,
    onLoad: () => {},
    get pointerMovesHere() {
      return steered.movesHere;
    },
    currentVersion: () => rig.store.currentVersion(),
    loadVersion: async (version: string) => {
      const loaded = await rig.store.loadVersion(version);
      steered.onLoad();
      return loaded;
    },
  };
  return steered;
}

describe('the store watcher', () => {
  it('does not look while this process moves the pointer', async () => {
    await commitElsewhere('Hier verplaatst');
    const told = recordScreen();
    const store = steeredStore();
    const steeredWatcher = watchStore(store, rig.state, 3_600_000);
    store.movesHere = 1; // the pointer moved, the screen is not told yet
    await steeredWatcher.check();
    assert.deepEqual(told, []);
    steeredWatcher.stop();
  });

  it('drops a look during which this process moved the pointer, and looks again', async () => {
    const version = await commitElsewhere('Eigen import');
    const told = recordScreen();
    const store = steeredStore();
    const steeredWatcher = watchStore(store, rig.state, 3_600_000);
    // The look read `current` just after this process moved it; as the look loads, the move ends
    // with the screen told.
    store.onLoad = () => {
      store.onLoad = () => {};
      store.movesHere += 2;
      void rig.store.loadVersion(version).then((own) => own && rig.state.setBundle(own.bundle));
    };
    await steeredWatcher.check();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await steeredWatcher.check(); // the pointer now names what the screen shows
    assert.deepEqual(told, ['inhoud Eigen import']);
    steeredWatcher.stop();
  });

  it('never shows the kiosk’s own import again, however often it looks while the import moves the pointer', async () => {
    const told = recordScreen();
    const expected: string[] = [];
    for (let i = 1; i <= 8; i++) {
      const content = sampleStickContent();
      content.title = `Stick ${i}`;
      const folder = writeStickFolder(path.join(rig.dir, `STICK${i}`), { content });
      let importing = true;
      const looking = (async () => {
        // A look between each of the import's steps (a look that returns at once still lets I/O run).
        while (importing) {
          await watcher.check();
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await rig.importer.run({ folder, source: 'USB-stick TEST', medium: 'stick' });
      importing = false;
      await looking;
      await watcher.check();
      expected.push(`inhoud Stick ${i}`, 'melding import-ok, Je mag de USB-stick nu uittrekken.');
    }
    assert.deepEqual(told, expected);
  });

  it('shows a version another process committed, with a notice that does not ask to pull out a stick', async () => {
    const told = recordScreen();
    const content = sampleStickContent();
    content.title = 'Via de opdrachtregel';
    const folder = writeStickFolder(path.join(rig.dir, 'MAP'), { content });
    const elsewhere = new ContentStore(rig.store.root); // another process's view of the same store
    const outcome = await importFolder({ folder, source: 'map', medium: 'folder', store: elsewhere });
    assert.equal(outcome.kind, 'imported');
    await watcher.check();
    await watcher.check(); // once shown, the same pointer changes nothing
    assert.deepEqual(told, ['inhoud Via de opdrachtregel', 'melding import-ok, zonder tip']);
  });
});
