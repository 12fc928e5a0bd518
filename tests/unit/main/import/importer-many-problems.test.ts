/**
 * A stick whose content.json holds more problems than anyone reads (an audit's 150,000 repeated keys
 * in 905 KB, or 200,000 unknown keys) is refused like any broken stick: a notice on screen, a short
 * verslag.txt naming the first problems and counting the rest, the last good content kept. Before,
 * writing the report overflowed the stack: no notice, no report, and the stick was not read again.
 * And a fault in the kiosk's own code still reaches staff as a failed import.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig } from '../../../../core/config/device-config';
import { Importer } from '../../../../main/import/importer';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { readImportLog } from '../../../../main/store/import-log';
import { repeatedKeyContent, unknownKeysContent } from '../../../support/hostile-content';
import { sampleStickContent, tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let state: KioskState;
let editorFile: string;
let shownVersion: string;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-many-problems-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
  const placeholder = {
    content: sampleStickContent() as never,
    version: 'none',
    dir: tmp.dir,
    source: 'test',
  };
  const seed = writeStickFolder(path.join(tmp.dir, 'seed'));
  const first = new Importer({ store, state: new KioskState(placeholder, resolveRendererConfig()) });
  assert.equal(
    (await first.run({ folder: seed, source: 'USB-stick EERSTE', medium: 'stick' })).kind,
    'imported',
  );
  const loaded = await store.loadCurrent();
  state = new KioskState(loaded!.bundle, resolveRendererConfig());
  shownVersion = state.bundle.version;
  editorFile = path.join(tmp.dir, 'beheer-build.html');
  writeFileSync(editorFile, '<!doctype html><title>Buurtkiosk — beheer</title>');
});
afterEach(() => tmp.remove());

const CASES = [
  {
    name: '150,000 repeated keys',
    content: () => repeatedKeyContent(150_000),
    total: '150.000',
    shownMore: '149.997',
    reportMore: '149.800',
    first:
      /^regel \d+, veld "a": "a" staat twee keer in hetzelfde blok \(regel \d+ en regel \d+\): laat er één weg$/,
  },
  {
    name: '200,000 unknown keys',
    content: () => unknownKeysContent(200_000),
    total: '200.000',
    shownMore: '199.997',
    reportMore: '199.800',
    first: /^regel \d+, veld "k0": onbekend veld "k0" \(tikfout\? dit veld wordt niet gebruikt\)$/,
  },
];

describe('a stick with more problems than anyone reads', () => {
  for (const c of CASES) {
    it(`refuses ${c.name} with a notice and a short verslag.txt, keeping the content on screen`, async () => {
      const folder = writeStickFolder(path.join(tmp.dir, 'STICK'), { content: c.content() });
      const importer = new Importer({ store, state, editorFile });
      const outcome = await importer.run({ folder, source: 'USB-stick STICK', medium: 'stick' });
      assert.equal(outcome.kind, 'refused');

      assert.equal(state.notice?.kind, 'import-failed');
      assert.equal(state.notice?.title, `Inhoud van de USB-stick niet gebruikt: ${c.total} fouten`);
      assert.match(state.notice?.details[0] ?? '', c.first);
      assert.equal(state.notice?.details[3], `… en nog ${c.shownMore} fouten`);
      assert.equal(
        state.notice?.hint,
        `De eerste 200 van de ${c.total} fouten staan in verslag.txt in de map buurtkiosk op de stick.`,
      );

      const reportFile = path.join(folder, 'verslag.txt');
      assert.ok(statSync(reportFile).size < 50_000, `${statSync(reportFile).size} bytes`);
      const lines = readFileSync(reportFile, 'utf8').split('\r\n');
      assert.ok(
        lines.includes(`Resultaat: NIET GEBRUIKT, ${c.total} fouten. De vorige inhoud blijft op het scherm.`),
      );
      const first = lines.find((l) => l.startsWith('1. ')) ?? '';
      assert.match(first.slice(3), c.first);
      assert.ok(lines.some((l) => l.startsWith('200. regel ')));
      assert.ok(!lines.some((l) => l.startsWith('201. ')));
      assert.ok(
        lines.includes(
          `… en nog ${c.reportMore} fouten die hier niet apart staan; verbeter eerst de fouten hierboven`,
        ),
        lines.slice(-3).join('\n'),
      );

      assert.equal(state.bundle.version, shownVersion);
      assert.equal(await store.currentVersion(), shownVersion);
      const [logged] = await readImportLog(store.importLogFile);
      assert.equal(logged?.result, 'refused');
      assert.equal(logged?.summary, `${c.total} fouten`);
      assert.equal(logged?.problems.length, 10);
    });
  }
});

describe('a fault in the kiosk during an import', () => {
  it('gives a failed notice and an import-log entry, and keeps the content on screen', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'STICK'));
    // The first call is the import's own clock: throwing there stands in for any fault in our code.
    let calls = 0;
    const now = () => {
      if (calls++ === 0) throw new RangeError('Maximum call stack size exceeded');
      return new Date('2026-11-27T10:00:00Z');
    };
    const importer = new Importer({ store, state, editorFile, now });
    const outcome = await importer.run({ folder, source: 'USB-stick STICK', medium: 'stick' });
    assert.equal(outcome.kind, 'failed');
    assert.deepEqual(state.notice, {
      kind: 'import-failed',
      title: 'Nieuwe inhoud niet overgenomen',
      details: [
        'de USB-stick kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Trek de stick uit en steek hem opnieuw in',
      ],
      at: '2026-11-27T10:00:00.000Z',
      hint: 'Probeer opnieuw; lukt het niet, vraag hulp aan wie de kiosk beheert.',
    });
    assert.equal(state.bundle.version, shownVersion);
    const [logged] = await readImportLog(store.importLogFile);
    assert.equal(logged?.result, 'failed');
    assert.equal(logged?.source, 'USB-stick STICK');
    assert.match(logged?.summary ?? '', /onverwachte fout in de kiosk/);
  });

  it('says the same when the stick watcher catches a fault outside the importer', async () => {
    const importer = new Importer({ store, state, editorFile, now: () => new Date('2026-11-27T10:00:00Z') });
    await importer.noteFailed('USB-stick STICK');
    assert.equal(state.notice?.kind, 'import-failed');
    assert.match(
      state.notice?.details[0] ?? '',
      /^de USB-stick kon niet gelezen worden door een onverwachte fout/,
    );
    assert.equal((await readImportLog(store.importLogFile))[0]?.result, 'failed');
  });
});
