/**
 * What most import tests start from: a temporary folder, a content store in it, a kiosk state that
 * shows the sample, and the Importer a USB stick goes through. `stick()` writes a stick folder and
 * imports it as a stick.
 */
import path from 'node:path';
import { resolveRendererConfig } from '../../core/config/device-config';
import { Importer } from '../../main/import/importer';
import type { ImportOutcome } from '../../main/import/import-folder';
import { KioskState } from '../../main/kiosk-state';
import { ContentStore } from '../../main/store/content-store';
import { sampleStickContent, tempFolder, writeStickFolder, type StickOptions } from './usb-stick';

export interface ImportRig {
  dir: string;
  store: ContentStore;
  state: KioskState;
  importer: Importer;
  /** Writes a stick folder with `options` and imports it (`files` may replace content.json's bytes). */
  stick(options?: StickOptions): Promise<{ outcome: ImportOutcome; folder: string }>;
  remove(): void;
}

export function importRig(prefix: string): ImportRig {
  const tmp = tempFolder(prefix);
  const store = new ContentStore(path.join(tmp.dir, 'store'));
  const state = new KioskState(
    { content: sampleStickContent() as never, version: 'none', dir: tmp.dir, source: 'test' },
    resolveRendererConfig(),
  );
  const importer = new Importer({ store, state });
  let sticks = 0;
  return {
    dir: tmp.dir,
    store,
    state,
    importer,
    async stick(options = {}) {
      const folder = writeStickFolder(path.join(tmp.dir, `STICK${++sticks}`), options);
      const outcome = await importer.run({ folder, source: 'USB-stick TEST', medium: 'stick' });
      return { outcome, folder };
    },
    remove: () => tmp.remove(),
  };
}

/** A rig whose screen already shows a first good import from a stick: what a refused one must keep. */
export async function seededImportRig(prefix: string): Promise<ImportRig> {
  const rig = importRig(prefix);
  const { outcome } = await rig.stick();
  if (outcome.kind !== 'imported') throw new Error(`the seed stick was not imported: ${outcome.kind}`);
  return rig;
}
