/**
 * Sticks a careless staff member brings, imported as a USB stick is: a content.json saved as "ANSI"
 * (Windows-1252) by an old Notepad or Excel, one of zero bytes only (the stick pulled out while
 * saving), one where every activity names a photo that is not there (1,500 lines in verslag.txt before). Each is refused with words
 * that say what to do, and the content on screen stays.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { describeProblem } from '../../../../core/content/problem';
import { MAX_PROBLEMS } from '../../../../core/content/problem-cap';
import type { ImportOutcome } from '../../../../main/import/import-folder';
import { Importer } from '../../../../main/import/importer';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import {
  sampleStickContent,
  tempFolder,
  writeStickFolder,
  type StickOptions,
} from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let state: KioskState;
let importer: Importer;
let sticks = 0;

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-careless-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
  state = new KioskState(
    { content: sampleStickContent() as never, version: 'none', dir: tmp.dir, source: 'test' },
    resolveRendererConfig(),
  );
  importer = new Importer({ store, state });
});
afterEach(() => tmp.remove());

const SAMPLE_TEXT = JSON.stringify(sampleStickContent(), null, 2);

/** A stick with `options`, its content.json replaced by `bytes` when given, imported. */
async function importStick(options: StickOptions & { bytes?: Uint8Array }) {
  const folder = writeStickFolder(path.join(tmp.dir, `STICK${++sticks}`), options);
  if (options.bytes) writeFileSync(path.join(folder, 'content.json'), options.bytes);
  const outcome = await importer.run({ folder, source: 'USB-stick TEST', medium: 'stick' });
  return { outcome, folder };
}

function said(outcome: ImportOutcome): string[] {
  return outcome.kind === 'refused' ? outcome.problems.map(describeProblem) : [`(${outcome.kind})`];
}

describe('a careless stick', () => {
  it('refuses a content.json saved as "ANSI" with an é in a text, naming its line, and keeps the screen', async () => {
    const shown = state.bundle.content.title;
    const text = SAMPLE_TEXT.replace(/"title": "[^"]*"/, '"title": "Café De Kapel"');
    const line = text.split('\n').findIndex((l) => l.includes('Café De Kapel')) + 1;
    const { outcome, folder } = await importStick({ bytes: Buffer.from(text, 'latin1') });
    assert.equal(outcome.kind, 'refused', `went on screen as ${JSON.stringify(state.bundle.content.title)}`);
    assert.match(
      said(outcome)[0]!,
      new RegExp(`^regel ${line}, kolom \\d+: onleesbaar teken � in deze tekst: .*sla het op als UTF-8`),
    );
    assert.equal(state.bundle.content.title, shown);
    assert.equal(state.notice?.kind, 'import-failed');
    assert.equal(await store.currentVersion(), null);
    assert.match(readFileSync(path.join(folder, 'verslag.txt'), 'utf8'), /niet als UTF-8 opgeslagen/);
  });

  it('takes the same content saved as UTF-8', async () => {
    const text = SAMPLE_TEXT.replace(/"title": "[^"]*"/, '"title": "Café De Kapel"');
    const { outcome } = await importStick({ bytes: Buffer.from(text, 'utf8') });
    assert.equal(outcome.kind, 'imported', said(outcome).join('\n'));
    assert.equal(state.bundle.content.title, 'Café De Kapel');
  });

  it('says a content.json of zero bytes only is damaged, without sending staff to look for UTF-16', async () => {
    const { outcome } = await importStick({ bytes: Buffer.alloc(4096) });
    assert.deepEqual(said(outcome), [
      'regel 1: het bestand is beschadigd: het begint met nullen in plaats van tekst (bv. omdat de stick tijdens het opslaan uitgetrokken werd); sla het opnieuw op',
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems when each of 1,500 activities names a missing photo`, async () => {
    const content = sampleStickContent();
    const first = content.activities![0]!;
    content.activities = Array.from({ length: 1500 }, (_, i) => ({
      ...first,
      image: `images/foto-${i}.jpg`,
    }));
    const { outcome, folder } = await importStick({ content });
    assert.equal(outcome.kind, 'refused');
    const lines = said(outcome);
    assert.equal(lines.length, MAX_PROBLEMS + 1);
    assert.match(lines.at(-1)!, /^… en nog 1\.300 fouten die hier niet apart staan/);
    const report = readFileSync(path.join(folder, 'verslag.txt'), 'utf8');
    assert.ok(report.length < 100_000, `verslag.txt is ${report.length} bytes`);
  });
});
