/**
 * Photo names a stick brings that the kiosk took until the copy failed, or told staff too little
 * about. A photo in a folder named "manifest.json" passed every check, then the copy made
 * staging/manifest.json/ where the store writes its own manifest.json, and staff read "de kiosk kon de
 * inhoud niet opslaan (EEXIST)", as if the kiosk were broken. A name like "images/koffie (2).png" was
 * refused without saying the "(" was the trouble. Each is now refused at its line, the content on
 * screen stays, and `validate` says the same (tests/unit/main/cli/validate-equals-import.test.ts).
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import type { ContentInput } from '../../../../core/content/schema';
import { formatSignedManifest, parseSignedManifest } from '../../../../core/import/signed-manifest';
import type { ImportOutcome } from '../../../../main/import/import-folder';
import { Importer } from '../../../../main/import/importer';
import { sha256Hex } from '../../../../main/store/version-id';
import { makeSigner } from '../../../support/signing';
import { seededImportRig, type ImportRig } from '../../../support/import-rig';
import { SAMPLE_PNG, sampleStickContent, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

// A first good import is on screen: it must stay there.
let rig: ImportRig;
let sticks = 0;
beforeEach(async () => (rig = await seededImportRig('buurtkiosk-own-names-')));
afterEach(() => rig.remove());

/** The sample with its first activity's photo named `image`, and that photo on the stick. */
function stickWithPhoto(image: string): { folder: string; line: number } {
  const content = sampleStickContent() as ContentInput;
  content.title = `Foto ${image}`;
  content.activities![0]!.image = image;
  const text = JSON.stringify(content, null, 2);
  const folder = writeStickFolder(path.join(rig.dir, `OWN${++sticks}`), {
    content: text,
    files: image.toLowerCase().startsWith('content.json/') ? {} : { [image]: SAMPLE_PNG },
  });
  const line = text.split('\n').findIndex((l) => l.includes(`"image": ${JSON.stringify(image)}`)) + 1;
  return { folder, line };
}

function importFrom(folder: string, importer = rig.importer): Promise<ImportOutcome> {
  return importer.run({ folder, source: 'USB-stick TEST', medium: 'stick' });
}

function said(outcome: ImportOutcome): string[] {
  if (outcome.kind === 'refused') return outcome.problems.map(describeProblem);
  return [`(${outcome.kind}${outcome.kind === 'failed' ? `: ${outcome.message}` : ''})`];
}

const ACTIVITY = 'activiteit "Voorbeeld: soep en babbel in het buurtpunt", foto';

/** What staff read for a photo in folder `folder` (as written) named like the kiosk's own `own`. */
function ownNameLine(line: number, image: string, folder: string, own: string): string {
  const others = [
    'content.json',
    'manifest.json',
    'ondertekening.json',
    'ondertekening.sig',
    'verslag.txt',
    'beheer.html',
  ].filter((n) => n !== own);
  const listed = `${others.slice(0, -1).join(', ')} en ${others.at(-1)}`;
  const rest = image.slice(image.indexOf('/'));
  return `regel ${line}, ${ACTIVITY}: "${image}": een map mag niet "${folder}" heten, want zo heet een bestand van de kiosk zelf (net als ${listed}); zet de foto in een andere map, bv. "images${rest}" (ook in content.json)`;
}

describe('a photo in a folder named like one of the kiosk’s own files', () => {
  it('refuses "manifest.json/koffie.png" at its line instead of blaming the kiosk (EEXIST), and keeps the screen', async () => {
    const shown = rig.state.bundle.version;
    const current = await rig.store.currentVersion();
    const { folder, line } = stickWithPhoto('manifest.json/koffie.png');
    const outcome = await importFrom(folder);
    assert.deepEqual(said(outcome), [
      `regel ${line}, ${ACTIVITY}: "manifest.json/koffie.png": een map mag niet "manifest.json" heten, want zo heet een bestand van de kiosk zelf (net als content.json, ondertekening.json, ondertekening.sig, verslag.txt en beheer.html); zet de foto in een andere map, bv. "images/koffie.png" (ook in content.json)`,
    ]);
    assert.equal(rig.state.bundle.version, shown);
    assert.equal(await rig.store.currentVersion(), current);
    assert.equal(rig.state.notice?.kind, 'import-failed');
    assert.match(
      readFileSync(path.join(folder, 'verslag.txt'), 'utf8'),
      /een map mag niet "manifest\.json" heten/,
    );
  });

  it('refuses the names of content.json, the signing, the report and the editor copy too, in any capitals', async () => {
    for (const [image, own] of [
      ['content.json/koffie.png', 'content.json'],
      ['Ondertekening.json/koffie.png', 'ondertekening.json'],
      ['ondertekening.sig/sub/koffie.png', 'ondertekening.sig'],
      ['VERSLAG.TXT/koffie.png', 'verslag.txt'],
      ['beheer.html/koffie.png', 'beheer.html'],
      ['Manifest.JSON/koffie.png', 'manifest.json'],
    ] as const) {
      const { folder, line } = stickWithPhoto(image);
      assert.deepEqual(said(await importFrom(folder)), [ownNameLine(line, image, image.split('/')[0]!, own)]);
    }
  });

  it('takes such a name deeper down, or as part of a longer name', async () => {
    for (const image of [
      'images/manifest.json/koffie.png',
      'manifest.json.oud/koffie.png',
      'manifest.json.png',
    ]) {
      const { folder } = stickWithPhoto(image);
      const outcome = await importFrom(folder);
      assert.equal(outcome.kind, 'imported', `${image}: ${said(outcome).join('\n')}`);
      assert.equal(rig.state.bundle.content.activities[0]?.image, image);
    }
  });

  it('refuses a stick signed by an earlier release, which signed such a folder, in the same words', async () => {
    const signer = await makeSigner(path.join(rig.dir));
    const { folder, line } = stickWithPhoto('images/koffie.png');
    await signer.signFolder(folder);
    // What the earlier release's `buurtkiosk sign` wrote for the photo in manifest.json/.
    const contentPath = path.join(folder, 'content.json');
    const text = readFileSync(contentPath, 'utf8').replace(
      '"images/koffie.png"',
      '"manifest.json/koffie.png"',
    );
    writeFileSync(contentPath, text);
    cpSync(path.join(folder, 'images'), path.join(folder, 'manifest.json'), { recursive: true });
    const parsed = parseSignedManifest(readFileSync(path.join(folder, 'ondertekening.json'), 'utf8'));
    assert.ok(parsed.ok);
    const bytes = Buffer.from(text);
    parsed.manifest.files = [
      { path: 'content.json', size: bytes.length, sha256: sha256Hex(bytes) },
      { path: 'manifest.json/koffie.png', size: SAMPLE_PNG.length, sha256: sha256Hex(SAMPLE_PNG) },
    ];
    signer.writeSigned(folder, formatSignedManifest(parsed.manifest));
    const signing = { kind: 'key', key: signer.publicKey } as const;
    const outcome = await importFrom(
      folder,
      new Importer({
        store: rig.store,
        state: rig.state,
        signing,
        now: () => new Date('2026-11-28T10:00:00Z'),
      }),
    );
    assert.deepEqual(said(outcome), [
      ownNameLine(line, 'manifest.json/koffie.png', 'manifest.json', 'manifest.json'),
    ]);
  });
});

describe('a photo name with a character that is not allowed, on a stick', () => {
  it('names the "(" of "images/koffie (2).png" at its line, and keeps the screen', async () => {
    const shown = rig.state.bundle.version;
    const { folder, line } = stickWithPhoto('images/koffie (2).png');
    assert.deepEqual(said(await importFrom(folder)), [
      `regel ${line}, ${ACTIVITY}: "images/koffie (2).png": het teken "(" mag niet in de naam van een afbeelding; gebruik alleen letters zonder accent, cijfers, spaties, punten, - en _ (bv. "images/koffie-2.png"; hernoem de foto ook zo)`,
    ]);
    assert.equal(rig.state.bundle.version, shown);
  });
});
