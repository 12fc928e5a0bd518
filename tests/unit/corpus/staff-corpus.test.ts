/**
 * One truth for staff: for each broken variant of the sample, `buurtkiosk validate`, the import and
 * the editor report the same problems: validate and import the same lines in the same order, the
 * editor the same lines for a file it has to repair as text and the same places and messages in its
 * forms (whose lists it sorts). Nothing any of them calls "In orde" is refused by another.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  describeProblem,
  describeProblemWithPath,
  isInContentFile,
  type Problem,
} from '../../../core/content/problem';
import { validateCommand } from '../../../main/cli/validate-command';
import { importFolder } from '../../../main/import/import-folder';
import { ContentStore } from '../../../main/store/content-store';
import { FolderSession } from '../../../editor/session/folder-session';
import { ImagesController } from '../../../editor/session/images-controller';
import { ValidationController } from '../../../editor/session/validation-controller';
import { diskFolder, FakeHost } from '../../support/editor-folder-fakes';

const dataDir = new URL('../../../data/', import.meta.url).pathname;
const sample = readFileSync(path.join(dataDir, 'content.json'), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-corpus-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The sample text with `find` replaced by `replace` (which must be there). */
function edit(find: string, replace: string, text = sample): string {
  assert.ok(text.includes(find), find);
  return text.replace(find, replace);
}

interface Variant {
  name: string;
  content: string;
  /** Extra files in the folder, by path. */
  files?: Record<string, string>;
  /** One of its problems says this (so the variant really is broken the way its name says). */
  says: RegExp;
  /** How many problems, where a mistake must not bring follow-on messages. */
  count?: number;
}

const VARIANTS: Variant[] = [
  {
    name: 'a missing photo',
    content: edit('"image": "images/koffie.png"', '"image": "images/breicafe.jpg"'),
    says: /foto: afbeelding "images\/breicafe\.jpg" niet gevonden in de map$/,
  },
  {
    name: 'a photo that is a text file',
    content: edit('"image": "images/koffie.png"', '"image": "images/foto.jpg"'),
    files: { 'images/foto.jpg': 'dit is geen foto\n' },
    says: /"images\/foto\.jpg" is geen echte afbeelding maar een tekstbestand/,
  },
  {
    name: 'a photo with a path out of the folder',
    content: edit('"image": "images/koffie.png"', '"image": "../koffie.png"'),
    says: /foto: verwacht een afbeelding in de map/,
  },
  {
    name: 'curly quotes around a value',
    content: edit('"Kim Bauwens"', '“Kim Bauwens”'),
    says: /gekruld aanhalingsteken “/,
  },
  {
    name: 'a curly quote closing a text',
    content: edit('"Baasrode" }', '"Baasrode” }'),
    says: /sluit met een gekruld aanhalingsteken ”/,
  },
  {
    name: 'single curly quotes around a key',
    content: edit('"role": "Buurtopbouwwerker"', '‘role’: "Buurtopbouwwerker"'),
    says: /gekruld aanhalingsteken ‘/,
  },
  {
    name: 'a missing comma',
    content: edit('"0471 61 21 50",', '"0471 61 21 50"'),
    says: /ontbreekt een komma/,
  },
  {
    name: 'a trailing comma',
    content: edit(
      '"description": "Meer informatie over het project"',
      '"description": "Meer informatie over het project",',
    ),
    says: /komma te veel/,
  },
  {
    name: 'an unclosed string',
    content: edit('"city": "Baasrode"', '"city": "Baasrode'),
    says: /geen afsluitend aanhalingsteken/,
  },
  {
    name: 'a stray character',
    content: edit('"postalCode": "9200", "city": "Baasrode"', '"postalCode": "9200"; "city": "Baasrode"'),
    says: /onverwacht teken ;/,
  },
  {
    name: 'a missing closing brace',
    content: sample.trimEnd().replace(/\}$/, ''),
    says: /niet gesloten: ontbreekt er een \}/,
  },
  { name: 'a closing brace too many', content: `${sample.trimEnd()}\n}\n`, says: /er staat een \} te veel/ },
  {
    name: 'a comment',
    content: edit('  "updated":', '  // bijgewerkt door Kim\n  "updated":'),
    says: /commentaar \(\/\/\)/,
  },
  {
    name: 'single quotes',
    content: edit('"city": "Dendermonde"', "'city': 'Dendermonde'"),
    says: /enkel aanhalingsteken/,
  },
  { name: 'an empty file', content: '', says: /het bestand is leeg/ },
  {
    name: 'a hard space between values',
    content: edit('"updated": "', '"updated":\u00a0"'),
    says: /harde spatie/,
  },
  {
    name: 'a tab inside a text',
    content: edit('Kleine digitale vragen', 'Kleine\tdigitale vragen'),
    says: /een tab in een tekst/,
  },
  {
    // As a file saved as "ANSI" reads: the editor had it "Weggelaten", kept it, and saved it.
    name: 'an unreadable letter in a text',
    content: edit('"name": "Kim Bauwens",', '"name": "Kim Bauw\ufffdns",'),
    says: /contactpersoon Kim Bauw�ns, naam: onleesbaar teken � in deze tekst/,
    count: 1,
  },
  {
    name: 'a key given twice',
    content: edit('"name": "Kim Bauwens",', '"name": "Kim Bauwens",\n      "name": "Kim B.",'),
    says: /"name" staat twee keer in hetzelfde blok/,
  },
  {
    name: 'a day that does not exist',
    content: edit('"2026-12-08T10:30"', '"2026-02-30T10:30"'),
    says: /begin: geen geldige datum \(deze dag bestaat niet\)/,
  },
  {
    name: 'an http link',
    content: edit(
      '"https://www.facebook.com/profile.php?id=100088118940159"',
      '"http://www.facebook.com/profile.php?id=100088118940159"',
    ),
    says: /^regel \d+, Buurtpunt Bijloke, Facebookpagina, link: alleen links die beginnen met https:\/\//,
  },
  {
    name: 'a misspelt field',
    content: edit('"role": "Buurtopbouwwerker",', '"rol": "Buurtopbouwwerker",'),
    says: /"rol": onbekend veld "rol"/,
  },
  {
    name: 'a missing required field',
    content: edit('"name": "Kim Bauwens",', ''),
    says: /contactpersoon 2, naam: ontbreekt/,
  },
  {
    name: 'an end before its start',
    content: edit('"end": "2026-12-08T12:00"', '"end": "2026-12-08T09:00"'),
    says: /einde: moet na het begin/,
  },
  {
    name: 'an announcement that ends earlier on the day it begins',
    content: edit(
      '"visibleFrom": "2026-12-10",\n      "visibleUntil": "2027-01-03"',
      '"visibleFrom": "2026-12-10T18:00",\n      "visibleUntil": "2026-12-10T09:00"',
    ),
    says: /zichtbaar tot en met: ligt vóór "visibleFrom" \(2026-12-10T18:00\)$/,
  },
  {
    name: 'an announcement until 00:00 of its first day',
    content: edit('"visibleUntil": "2027-01-03"', '"visibleUntil": "2026-12-10T00:00"'),
    says: /zichtbaar tot en met: valt samen met "visibleFrom" \(2026-12-10\): de mededeling zou geen moment zichtbaar zijn; schrijf "2026-12-10" om ze die hele dag te tonen$/,
  },
  {
    name: 'a buurtpunt that does not exist',
    content: edit('"location": "hof-ten-rode"', '"location": "wastijne"'),
    says: /waar: onbekend buurtpunt "wastijne"/,
  },
  {
    name: 'an hour written 9u',
    content: edit('{ "from": "10:00", "until": "13:00" }', '{ "from": "10u", "until": "13:00" }'),
    says: /Buurtpunt Hof ten Rode, dinsdag, van: geen geldig uur/,
  },
  {
    name: 'a block from 09:00 to 09:00',
    content: edit('{ "from": "09:00", "until": "12:00" }', '{ "from": "09:00", "until": "09:00" }'),
    says: /donderdag, tot: is gelijk aan het beginuur/,
  },
  {
    name: 'closed and other hours at once',
    content: edit(
      '"closed": true, "note": "kerstvakantie" }],\n      "facebook": { "url"',
      '"closed": true, "hours": [{ "from": "10:00", "until": "12:00" }], "note": "kerstvakantie" }],\n      "facebook": { "url"',
    ),
    says: /uitzondering van 2026-12-24 \(kerstvakantie\), uren: kies "closed": true óf "hours"/,
  },
  {
    name: 'a wrong e-mail address',
    content: edit('"kim.bauwens@groepintro.be"', '"kim.bauwens(at)groepintro.be"'),
    says: /e-mailadres: geen geldig e-mailadres/,
  },
  {
    name: 'a wrong phone number',
    content: edit('"0471 61 21 50"', '"bel Kim"'),
    says: /telefoonnummer: geen geldig telefoonnummer/,
  },
  {
    name: 'a mobile number missing a digit',
    content: edit('"0473 52 99 03"', '"0473 52 99 0"'),
    says: /telefoonnummer: geen geldig Belgisch telefoonnummer: een gsm-nummer heeft 10 cijfers, bv\. 0470 12 34 56; een vast nummer 9, bv\. 052 37 85 00$/,
    count: 1,
  },
  {
    name: 'a link with a space',
    content: edit(
      '"https://www.facebook.com/profile.php?id=100088118940159"',
      '"https://www.facebook.com/buurt bijloke"',
    ),
    says: /^regel \d+, Buurtpunt Bijloke, Facebookpagina, link: een link mag geen spaties bevatten$/,
    count: 1,
  },
  {
    name: 'a buurtpunt id with a capital, used by two activities',
    content: edit('"id": "bijloke"', '"id": "Bijloke"'),
    says: /^regel 7, .*: alleen kleine letters, cijfers en streepjes/,
    count: 1,
  },
  {
    name: 'an announcement until a day that does not exist',
    content: edit('"visibleUntil": "2027-01-03"', '"visibleUntil": "2027-02-30"'),
    says: /zichtbaar tot en met: geen geldige datum \(deze dag bestaat niet\), verwacht bv\. 2026-12-01 of 2026-12-01T09:00$/,
    count: 1,
  },
  {
    name: 'a title of spaces only',
    content: edit('"title": "Andere buren leren kennen"', '"title": "   "'),
    says: /titel: mag niet leeg zijn/,
  },
  {
    name: 'a title too long',
    content: edit('"title": "Andere buren leren kennen"', `"title": "${'x'.repeat(121)}"`),
    says: /te lang: hoogstens 120 tekens/,
  },
  {
    name: 'three problems at once, reported in the order of the file',
    content: edit(
      '"image": "images/koffie.png"',
      '"image": "images/weg.png"',
      edit('"updated": "2026-11-27"', '"updated": "27/11/2026"', edit('"0473 52 99 03"', '"onbekend"')),
    ),
    says: /^regel 3, datum laatste wijziging: geen geldige datum/,
  },
];

/** A folder holding the variant and the sample's images (plus its own files). */
function folderOf(variant: Variant, index: number): string {
  const dir = path.join(tmp, `variant-${index}`);
  cpSync(path.join(dataDir, 'images'), path.join(dir, 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'content.json'), variant.content);
  for (const [file, body] of Object.entries(variant.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

/** What the editor reports after opening the folder: the repair view's problems, or the forms'. */
async function editorReport(
  dir: string,
): Promise<{ repair: Problem[] | null; forms: Problem[]; notices: string[] }> {
  const host = new FakeHost();
  const images = new ImagesController(host);
  const validation = new ValidationController(host);
  const session = new FolderSession(host, images, validation);
  await session.open(async () => diskFolder(dir));
  return {
    repair: session.repair ? session.repair.problems : null,
    forms: validation.problems,
    notices: session.notices,
  };
}

describe('validate, import and the editor agree on every broken variant', () => {
  assert.ok(VARIANTS.length >= 25);
  const store = ContentStore.inUserData(path.join(tmp, 'user-data'));

  VARIANTS.forEach((variant, index) => {
    it(`${variant.name}`, async () => {
      const dir = folderOf(variant, index);

      const outcome = await importFolder({ folder: dir, source: `map ${dir}`, medium: 'folder', store });
      assert.equal(outcome.kind, 'refused', JSON.stringify(outcome));
      const problems = outcome.kind === 'refused' ? outcome.problems : [];
      const described = problems.map(describeProblem);
      assert.ok(
        described.some((d) => variant.says.test(d)),
        `${String(variant.says)} in:\n${described.join('\n')}`,
      );
      if (variant.count !== undefined) assert.equal(problems.length, variant.count, described.join('\n'));
      assert.ok(
        problems.every((p) => p.line !== undefined || p.path === ''),
        'every problem has its line',
      );
      const lines = problems.map((p) => p.line ?? 0);
      assert.deepEqual(
        lines,
        [...lines].sort((a, b) => a - b),
        'sorted by line',
      );
      assert.ok(
        described.every((d) => !/[a-z]\[\d+\]/.test(d)),
        'places in words, no paths',
      );

      const printed: string[] = [];
      assert.equal(await validateCommand(dir, (l) => printed.push(l)), 1);
      // A photo that is missing or not a photo is fixed beside content.json, not in it.
      const where = problems.some(isInContentFile) ? path.join(dir, 'content.json') : dir;
      assert.equal(
        printed[0],
        `Niet in orde: ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in ${where}`,
      );
      assert.deepEqual(
        printed.slice(1),
        problems.map((p) => `  ${describeProblemWithPath(p)}`),
      );

      const editor = await editorReport(dir);
      if (editor.repair) {
        assert.deepEqual(
          editor.repair.map(describeProblem),
          described,
          'the repair view shows the same lines',
        );
      } else {
        const said = (ps: readonly Problem[]) => ps.map((p) => `${p.place ?? ''}: ${p.message}`).sort();
        const fromFile = problems.filter((p) => p.path !== '' && !p.message.startsWith('veldnaam'));
        assert.deepEqual(said(editor.forms), said(fromFile), 'the forms show the same problems');
        for (const p of problems.filter((q) => q.message.startsWith('veldnaam'))) {
          assert.ok(
            editor.notices.some((n) => n.includes(describeProblem(p))),
            'a removed key is told',
          );
        }
      }
    });
  });

  it('and all three call the sample itself In orde', async () => {
    const dir = folderOf({ name: 'sample', content: sample, says: /.*/ }, 999);
    const printed: string[] = [];
    assert.equal(await validateCommand(dir, (l) => printed.push(l)), 0);
    assert.match(printed[0] ?? '', /^In orde: /);
    const outcome = await importFolder({ folder: dir, source: 'map', medium: 'folder', store });
    assert.notEqual(outcome.kind, 'refused');
    const editor = await editorReport(dir);
    assert.equal(editor.repair, null);
    assert.deepEqual(editor.forms, []);
  });

  it('and all three call values with a space or a hard space around them In orde', async () => {
    let content = edit('"updated": "2026-11-27"', '"updated": " 2026-11-27"');
    content = edit(
      '{ "from": "09:00", "until": "12:00" }',
      '{ "from": "09:00\u00a0", "until": "12:00 " }',
      content,
    );
    content = edit(
      '"postalCode": "9200", "city": "Baasrode"',
      '"postalCode": "9200 ", "city": "Baasrode"',
      content,
    );
    content = edit('"kim.bauwens@groepintro.be"', '" kim.bauwens@groepintro.be"', content);
    content = edit('"052 37 85 00"', '"052 37 85 00 "', content);
    content = edit('"visibleUntil": "2027-01-03"', '"visibleUntil": "2027-01-03 "', content);
    const dir = folderOf({ name: 'spaces', content, says: /.*/ }, 998);
    const printed: string[] = [];
    assert.equal(await validateCommand(dir, (l) => printed.push(l)), 0, printed.join('\n'));
    assert.match(printed[0] ?? '', /^In orde: /);
    const outcome = await importFolder({ folder: dir, source: 'map', medium: 'folder', store });
    assert.notEqual(outcome.kind, 'refused', JSON.stringify(outcome));
    const editor = await editorReport(dir);
    assert.equal(editor.repair, null);
    assert.deepEqual(editor.forms, []);
  });
});
