/**
 * `buurtkiosk validate` runs the import's own checks: for every broken stick here, validate and import
 * print the same problems in the same order and exit with the same code; and both accept the same
 * targets. Before, validate said "In orde" to a content.json whose photo was missing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ContentInput } from '../../../../core/content/schema';
import { importCommand } from '../../../../main/cli/import-command';
import { validateCommand } from '../../../../main/cli/validate-command';
import { repeatedKeyContent, unknownKeysContent } from '../../../support/hostile-content';
import { pngImage } from '../../../support/test-images';
import {
  SAMPLE_PNG,
  sampleStickContent,
  tempFolder,
  writeStickFolder,
  type StickOptions,
} from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let n = 0;
beforeEach(() => (tmp = tempFolder('buurtkiosk-validate-import-')));
afterEach(() => tmp.remove());

function withSample(mutate: (c: ContentInput) => void): ContentInput {
  const c = sampleStickContent();
  mutate(c);
  return c;
}

/** A broken stick: what to write, and what to do to it after. */
const BROKEN: { name: string; stick: StickOptions; after?: (folder: string) => void }[] = [
  {
    name: 'a missing photo',
    stick: { content: withSample((c) => (c.activities![0]!.image = 'images/breicafe.jpg')) },
  },
  {
    name: 'a text file called .jpg',
    stick: {
      content: withSample((c) => (c.activities![0]!.image = 'images/x.jpg')),
      files: { 'images/x.jpg': 'geen foto' },
    },
  },
  {
    name: 'a PNG called .webp with HTML after it',
    stick: {
      content: withSample((c) => (c.activities![0]!.image = 'images/p.webp')),
      files: { 'images/p.webp': Buffer.concat([SAMPLE_PNG.subarray(0, 33), Buffer.from('<html>')]) },
    },
  },
  {
    name: 'a photo of 50,000 by 50,000 pixels',
    stick: { content: withSample((c) => (c.activities![0]!.image = 'images/bom.png')) },
    after: (f) => {
      const png = Buffer.from(pngImage(8, 8));
      png.writeUInt32BE(50_000, 16);
      png.writeUInt32BE(50_000, 20);
      writeFileSync(path.join(f, 'images', 'bom.png'), png);
    },
  },
  {
    name: 'a 50 MB photo',
    stick: {
      content: withSample((c) => (c.activities![0]!.image = 'images/groot.png')),
      files: { 'images/groot.png': SAMPLE_PNG },
    },
    after: (f) => truncateSync(path.join(f, 'images', 'groot.png'), 50 * 1024 * 1024),
  },
  {
    name: 'a photo that is a link out of the folder',
    stick: { content: withSample((c) => (c.activities![0]!.image = 'images/link.png')) },
    after: (f) => {
      writeFileSync(path.join(tmp.dir, 'buiten.png'), SAMPLE_PNG);
      symlinkSync(path.join(tmp.dir, 'buiten.png'), path.join(f, 'images', 'link.png'));
    },
  },
  {
    name: 'a photo that is a FIFO',
    stick: { content: withSample((c) => (c.activities![0]!.image = 'images/fifo.png')) },
    after: (f) => execFileSync('mkfifo', [path.join(f, 'images', 'fifo.png')]),
  },
  {
    name: 'a content.json that is a FIFO',
    stick: {},
    after: (f) => {
      rmSync(path.join(f, 'content.json'));
      execFileSync('mkfifo', [path.join(f, 'content.json')]);
    },
  },
  { name: 'truncated JSON', stick: { content: JSON.stringify(sampleStickContent(), null, 2).slice(0, 700) } },
  {
    name: 'an impossible date and an http link',
    stick: {
      content: withSample((c) => {
        c.updated = '2026-02-30';
        c.locations[0]!.facebook = { url: 'http://www.facebook.com/buurt' };
      }),
    },
  },
  {
    name: 'an unknown field',
    stick: { content: withSample((c) => ((c as Record<string, unknown>).kleur = 'rood')) },
  },
  {
    name: 'an image path with ..',
    stick: { content: withSample((c) => (c.activities![0]!.image = '../geheim.png')) },
  },
  {
    name: 'a photo name with a "(" (a second copy, as Windows names it)',
    stick: {
      content: withSample((c) => (c.activities![0]!.image = 'images/koffie (2).png')),
      files: { 'images/koffie (2).png': SAMPLE_PNG },
    },
  },
  {
    // The import failed with "de kiosk kon de inhoud niet opslaan (EEXIST)"; validate said In orde.
    name: 'a photo in a folder named manifest.json, like the store’s own file',
    stick: {
      content: withSample((c) => (c.activities![0]!.image = 'manifest.json/koffie.png')),
      files: { 'manifest.json/koffie.png': SAMPLE_PNG },
    },
  },
  {
    name: 'several problems across the file',
    stick: {
      content: withSample((c) => {
        c.activities![1]!.image = 'images/weg.png';
        c.activities![0]!.start = 'morgen';
        c.contacts![0]!.email = 'geen-adres';
      }),
    },
  },
  {
    name: 'a 6 MB content.json',
    stick: {},
    after: (f) => truncateSync(path.join(f, 'content.json'), 6 * 1024 * 1024),
  },
];

describe('validate = import', () => {
  for (const broken of BROKEN) {
    it(`says the same as import about ${broken.name}`, { timeout: 30_000 }, async () => {
      const folder = writeStickFolder(path.join(tmp.dir, `stick-${++n}`), broken.stick);
      broken.after?.(folder);
      const validated: string[] = [];
      const validateCode = await validateCommand(folder, (l) => validated.push(l), {
        userDataDir: path.join(tmp.dir, 'data'),
      });
      const imported: string[] = [];
      const importCode = await importCommand(folder, (l) => imported.push(l), {
        userDataDir: path.join(tmp.dir, 'data'),
        editorFile: path.join(tmp.dir, 'geen.html'),
      });
      assert.equal(validateCode, 1, validated.join('\n'));
      assert.equal(importCode, validateCode);
      assert.equal(validated[0]!.replace('Niet in orde', 'Niet ingelezen'), imported[0]);
      assert.deepEqual(validated.slice(1), imported.slice(1, validated.length));
      assert.ok(validated.length > 1);
    });
  }

  // An audit's hostile sticks: listed one by one, validate printed 200,001 lines and import overflowed
  // the stack ("Maximum call stack size exceeded", exit 2). Now both list 200 and count the rest.
  for (const hostile of [
    {
      name: '150,000 repeated keys',
      content: () => repeatedKeyContent(150_000),
      total: '150.000',
      more: '149.800',
    },
    {
      name: '200,000 unknown keys',
      content: () => unknownKeysContent(200_000),
      total: '200.000',
      more: '199.800',
    },
  ]) {
    it(
      `says the same as import about ${hostile.name}: the first 200 and how many more`,
      { timeout: 60_000 },
      async () => {
        const folder = writeStickFolder(path.join(tmp.dir, `stick-${++n}`), { content: hostile.content() });
        const data = { userDataDir: path.join(tmp.dir, 'data') };
        const validated: string[] = [];
        assert.equal(await validateCommand(folder, (l) => validated.push(l), data), 1);
        const imported: string[] = [];
        const editorFile = path.join(tmp.dir, 'geen.html');
        assert.equal(await importCommand(folder, (l) => imported.push(l), { ...data, editorFile }), 1);
        assert.equal(
          validated[0],
          `Niet in orde: ${hostile.total} fouten in ${path.join(folder, 'content.json')}`,
        );
        assert.equal(validated.length, 1 + 200 + 1);
        assert.match(validated[1]!, /^ {2}regel \d+, veld "(a|k0)": /);
        assert.equal(
          validated.at(-1),
          `  … en nog ${hostile.more} fouten die hier niet apart staan; verbeter eerst de fouten hierboven`,
        );
        assert.equal(validated[0]!.replace('Niet in orde', 'Niet ingelezen'), imported[0]);
        assert.deepEqual(validated.slice(1), imported.slice(1, validated.length));
        assert.deepEqual(imported.slice(validated.length), [
          'De huidige inhoud blijft.',
          `Verslag: ${path.join(folder, 'verslag.txt')}`,
        ]);
      },
    );
  }

  it('exits 2 with the same words as import when there is no content.json to read', async () => {
    mkdirSync(path.join(tmp.dir, 'leeg'));
    mkdirSync(path.join(tmp.dir, 'stick-zonder', 'buurtkiosk'), { recursive: true });
    writeFileSync(path.join(tmp.dir, 'inhoud.json'), '{}');
    const folder = writeStickFolder(path.join(tmp.dir, 'map-als-inhoud'));
    rmSync(path.join(folder, 'content.json'));
    mkdirSync(path.join(folder, 'content.json'));
    for (const target of ['nergens', 'leeg', 'stick-zonder', 'inhoud.json', 'map-als-inhoud']) {
      const validated: string[] = [];
      const imported: string[] = [];
      const full = path.join(tmp.dir, target);
      const data = { userDataDir: path.join(tmp.dir, 'data') };
      assert.equal(await validateCommand(full, (l) => validated.push(l), data), 2, target);
      const importCode = await importCommand(full, (l) => imported.push(l), {
        ...data,
        editorFile: path.join(tmp.dir, 'geen.html'),
      });
      assert.equal(importCode, 2, target);
      assert.deepEqual(validated, imported, target);
      assert.match(validated[0] ?? '', /^Kan niet lezen: geen content\.json gevonden/);
    }
  });

  it('accepts the targets import accepts: a stick root, its buurtkiosk folder, a folder, a content.json', async () => {
    const stick = path.join(tmp.dir, 'STICK');
    const folder = writeStickFolder(stick);
    const plain = path.join(tmp.dir, 'gewone-map');
    mkdirSync(plain);
    writeStickFolder(plain);
    for (const target of [stick, folder, path.join(folder, 'content.json'), path.join(plain, 'buurtkiosk')]) {
      const lines: string[] = [];
      assert.equal(
        await validateCommand(target, (l) => lines.push(l), { userDataDir: path.join(tmp.dir, 'data') }),
        0,
        target,
      );
      assert.match(lines[0]!, /^In orde: /);
    }
  });

  it('counts what is over at the same instant, and warns the same, when every activity is over', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'VORIG-JAAR'));
    const now = () => new Date('2027-02-01T09:00:00Z');
    const data = { userDataDir: path.join(tmp.dir, 'data'), now };
    const validated: string[] = [];
    assert.equal(await validateCommand(folder, (l) => validated.push(l), data), 0);
    const imported: string[] = [];
    assert.equal(
      await importCommand(folder, (l) => imported.push(l), {
        ...data,
        editorFile: path.join(tmp.dir, 'geen.html'),
      }),
      0,
    );
    const summary =
      '2 buurtpunten, 4 activiteiten (4 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen';
    const warning =
      'Let op: Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).';
    assert.deepEqual(validated.slice(0, 2), [`In orde: ${summary}.`, warning]);
    assert.ok(imported[0]!.startsWith(`Ingelezen: ${summary} (versie `), imported[0]);
    assert.equal(imported[1], warning);
  });

  it('warns the same about an activity at a buurtpunt on a day it is closed', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'GESLOTEN'), {
      content: withSample((c) =>
        c.activities!.push({
          title: 'Nieuwjaarsdrink',
          start: '2026-12-31T10:00',
          end: '2026-12-31T12:00',
          location: 'bijloke',
        }),
      ),
    });
    const data = { userDataDir: path.join(tmp.dir, 'data'), now: () => new Date('2026-12-01T09:00:00Z') };
    const validated: string[] = [];
    assert.equal(await validateCommand(folder, (l) => validated.push(l), data), 0);
    const imported: string[] = [];
    const editorFile = path.join(tmp.dir, 'geen.html');
    assert.equal(await importCommand(folder, (l) => imported.push(l), { ...data, editorFile }), 0);
    const warning =
      'Let op: Activiteit "Nieuwjaarsdrink" op donderdag 31 december 2026 is in Buurtpunt Bijloke, dat die dag gesloten is (kerstvakantie).';
    assert.deepEqual(validated.slice(0, 2), [
      'In orde: 2 buurtpunten, 5 activiteiten, 2 mededelingen, 3 contactpersonen.',
      warning,
    ]);
    assert.equal(imported[1], warning);
  });

  it('names the folder, not its content.json, when only a photo is wrong', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'FOTO'), {
      content: withSample((c) => (c.activities![0]!.image = 'images/weg.jpg')),
    });
    const lines: string[] = [];
    const data = { userDataDir: path.join(tmp.dir, 'data') };
    assert.equal(await validateCommand(folder, (l) => lines.push(l), data), 1);
    assert.equal(lines[0], `Niet in orde: 1 fout in ${folder}`);
  });

  it('checks the signature when a key is given, as the kiosk would', async () => {
    const folder = writeStickFolder(path.join(tmp.dir, 'ZONDER'));
    const lines: string[] = [];
    const key = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
    assert.equal(await validateCommand(folder, (l) => lines.push(l), { key }), 1);
    // Only the signature is wrong: the headline names the folder, not its content.json.
    assert.equal(lines[0], `Niet in orde: 1 fout in ${folder}`);
    assert.match(lines[1]!, /ondertekening\.json: ontbreekt/);
    lines.length = 0;
    assert.equal(await validateCommand(folder, (l) => lines.push(l), { key: 'kapot' }), 2);
    assert.match(lines[0]!, /is geen publieke ed25519-sleutel/);
  });
});
