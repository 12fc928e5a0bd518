/**
 * Every JSON syntax mistake staff make by hand gets its own message with the line and column where
 * it is fixed. The sample content is broken at a known line, so the lines are those of a real file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineWith, sample, withLine } from './broken-sample';
import { describeProblem } from '../../../../core/content/problem';
import { parseJsonSafely } from '../../../../core/content/safe-json';

/** The one problem of unreadable text, as staff read it. */
function syntaxError(text: string): string {
  const result = parseJsonSafely(text);
  assert.equal(result.ok, false, 'the text should not be readable');
  assert.equal(result.problems.length, 1);
  return describeProblem(result.problems[0]!);
}

describe('JSON syntax errors in a real content.json', () => {
  it("names Word's curly quotes “ ” around a value, with the line and column of the first one", () => {
    const n = lineWith('"title": "Voorbeeld: hulp bij je smartphone"');
    const text = withLine(n, (l) =>
      l.replace('"Voorbeeld: hulp bij je smartphone"', '“Voorbeeld: hulp bij je smartphone”'),
    );
    assert.equal(
      syntaxError(text),
      `regel ${n}, kolom 16: gekruld aanhalingsteken “ (zoals Word of Outlook het zet): JSON vraagt hier een recht aanhalingsteken "`,
    );
  });

  it('names curly quotes around a key', () => {
    const n = lineWith('"name": "Kim Bauwens"');
    const text = withLine(n, (l) => l.replace('"name"', '“name”'));
    assert.equal(
      syntaxError(text),
      `regel ${n}, kolom 7: gekruld aanhalingsteken “ (zoals Word of Outlook het zet): JSON vraagt hier een recht aanhalingsteken "`,
    );
  });

  it('names the single curly quotes ‘ ’ too', () => {
    const n = lineWith('"role": "Buurtopbouwwerker"');
    const text = withLine(n, (l) => l.replace('"Buurtopbouwwerker"', '‘Buurtopbouwwerker’'));
    assert.match(syntaxError(text), new RegExp(`^regel ${n}, kolom 15: gekruld aanhalingsteken ‘ `));
  });

  it('names a text opened with " and closed with ” (Word changed only the last one)', () => {
    const n = lineWith('"role": "Buurtopbouwwerker"');
    const text = withLine(n, (l) => l.replace('Buurtopbouwwerker"', 'Buurtopbouwwerker”'));
    assert.equal(
      syntaxError(text),
      `regel ${n}, kolom 33: deze tekst sluit met een gekruld aanhalingsteken ” (zoals Word of Outlook het zet): JSON vraagt een recht aanhalingsteken "`,
    );
  });

  it('finds that closing ” also when the next field is on the same line', () => {
    const n = lineWith('"address": { "street": "Vlotgraslaan 16"');
    const text = withLine(n, (l) => l.replace('Vlotgraslaan 16"', 'Vlotgraslaan 16”'));
    assert.match(
      syntaxError(text),
      new RegExp(`^regel ${n}, kolom 46: deze tekst sluit met een gekruld aanhalingsteken ”`),
    );
  });

  it('keeps curly quotes and apostrophes that are part of a text (’t Keur)', () => {
    assert.ok(sample.includes('’t Keur'));
    const n = lineWith('"title": "Kleine digitale vragen"');
    const text = withLine(n, (l) => l.replace('Kleine digitale vragen', 'De “kleine” digitale vragen'));
    assert.equal(parseJsonSafely(text).ok, true);
  });

  it('names the line where a comma is missing, not the line after it', () => {
    const n = lineWith('"phone": "0471 61 21 50",');
    const text = withLine(n, (l) => l.replace('50",', '50"'));
    assert.equal(
      syntaxError(text),
      `regel ${n}, kolom 31: er ontbreekt een komma op het einde van deze regel (vóór de waarde op regel ${n + 1})`,
    );
  });

  it('names a missing comma between two items of a list, at the end of the first', () => {
    const n = lineWith('"title": "Voorbeeld: hulp bij je smartphone"') - 2; // the "}," closing the first activity
    const text = withLine(n, (l) => l.replace('},', '}'));
    assert.equal(
      syntaxError(text),
      `regel ${n}, kolom 6: er ontbreekt een komma op het einde van deze regel (vóór de waarde op regel ${n + 1})`,
    );
  });

  it('names a missing comma between two values on one line', () => {
    assert.equal(
      syntaxError('{ "from": "09:00" "until": "12:00" }'),
      'regel 1, kolom 18: er ontbreekt een komma tussen twee waarden',
    );
  });

  it('names a trailing comma on the line of the comma, in a block and in a list', () => {
    const n = lineWith('"email": "jonas.vanlaere@groepintro.be"');
    assert.equal(
      syntaxError(withLine(n, (l) => `${l},`)),
      `regel ${n}, kolom 46: komma te veel: na het laatste item van een blok { } komt geen komma`,
    );
    const b = lineWith('"buurten": [');
    assert.equal(
      syntaxError(withLine(b, (l) => l.replace('"Hof ten Rode"]', '"Hof ten Rode",]'))),
      `regel ${b}, kolom 98: komma te veel: na het laatste item van een lijst [ ] komt geen komma`,
    );
  });

  it('names an unclosed string at its opening quote', () => {
    const n = lineWith('"city": "Baasrode"');
    const text = withLine(n, (l) => l.replace('"Baasrode"', '"Baasrode'));
    assert.match(
      syntaxError(text),
      new RegExp(
        `^regel ${n}, kolom \\d+: deze tekst heeft geen afsluitend aanhalingsteken ": zet er een " achter \\(op dezelfde regel\\)$`,
      ),
    );
  });

  it('names a stray character where a comma belongs', () => {
    const n = lineWith('"postalCode": "9200", "city": "Dendermonde"');
    const text = withLine(n, (l) => l.replace('"9200",', '"9200";'));
    assert.match(
      syntaxError(text),
      new RegExp(`^regel ${n}, kolom \\d+: onverwacht teken ;: hier hoort een komma of }$`),
    );
  });

  it('names a stray character where a value belongs', () => {
    assert.equal(
      syntaxError('{\n  "closed": =true\n}'),
      'regel 2, kolom 13: onverwacht teken =: hier hoort een waarde, bv. "tekst", true, false, een lijst [ … ] of een blok { … }',
    );
  });

  it('names a missing closing brace at the end, with the line that opened the block', () => {
    const text = sample.trimEnd().replace(/\}$/, '');
    const last = text.trimEnd().split('\n').length;
    assert.match(
      syntaxError(text),
      new RegExp(
        `^regel ${last}, kolom \\d+: het bestand houdt op, maar het blok \\{ van regel 1 is niet gesloten: ontbreekt er een \\}\\?$`,
      ),
    );
  });

  it('names a list left open before the next field, with the line of its [', () => {
    const open = lineWith('"services": [');
    const close = lineWith('{ "title": "Een idee of melding over of voor de buurt" }') + 1; // "],"
    const expected = `regel ${close + 1}, kolom 3: de lijst [ van regel ${open} is niet gesloten: ontbreekt er een ] vóór deze regel?`;
    assert.equal(syntaxError(withLine(close, () => '  ,')), expected);
    assert.equal(syntaxError(withLine(close, () => '')), expected);
  });

  it('names a wrong closing bracket with the line of the one it should close', () => {
    const n = lineWith('"hours": { "thursday": [{ "from": "09:00", "until": "12:00" }] }');
    const text = withLine(n, (l) => l.replace('"12:00" }] }', '"12:00" }} }'));
    assert.match(
      syntaxError(text),
      new RegExp(
        `^regel ${n}, kolom \\d+: hier staat \\}, maar de lijst \\[ van regel ${n} moet eerst gesloten worden met \\]$`,
      ),
    );
  });

  it('names one closing brace too many', () => {
    const text = `${sample.trimEnd()}\n}\n`;
    const last = sample.trimEnd().split('\n').length;
    assert.equal(
      syntaxError(text),
      `regel ${last + 1}, kolom 1: er staat een } te veel: de inhoud was al afgesloten op regel ${last}`,
    );
  });

  it('names text after the end', () => {
    assert.equal(
      syntaxError('{ "a": 1 }\n{ "b": 2 }'),
      'regel 2, kolom 1: na het einde van de inhoud (regel 1) staat nog iets: haal het weg',
    );
  });

  it('names a // or /* comment and a # line', () => {
    const n = lineWith('"updated":');
    assert.equal(
      syntaxError(withLine(n, (l) => `  // laatst gewijzigd\n${l}`)),
      `regel ${n}, kolom 3: commentaar (//) kan niet in JSON: haal het weg`,
    );
    assert.equal(
      syntaxError('{\n  /* uit */ "a": 1\n}'),
      'regel 2, kolom 3: commentaar (/*) kan niet in JSON: haal het weg',
    );
    assert.equal(
      syntaxError('# inhoud\n{}'),
      'regel 1, kolom 1: commentaar (#) kan niet in JSON: haal het weg',
    );
  });

  it("names single quotes 'like this'", () => {
    const n = lineWith('"city": "Dendermonde"');
    assert.equal(
      syntaxError(withLine(n, (l) => l.replace('"city"', "'city'"))),
      `regel ${n}, kolom 71: enkel aanhalingsteken ': JSON vraagt dubbele aanhalingstekens, bv. "title" in plaats van 'title'`,
    );
  });

  it('accepts a byte-order mark at the start (Notepad), and counts columns without it', () => {
    assert.equal(parseJsonSafely(`\ufeff${sample}`).ok, true);
    assert.equal(
      syntaxError('\ufeff{ "a": 1,}'),
      'regel 1, kolom 9: komma te veel: na het laatste item van een blok { } komt geen komma',
    );
  });

  it('names a byte-order mark or a hard space in the middle of the file', () => {
    const n = lineWith('"updated":');
    assert.equal(
      syntaxError(withLine(n, (l) => `\ufeff${l}`)),
      `regel ${n}, kolom 1: onzichtbaar teken (BOM-teken, U+FEFF) buiten een tekst: haal het weg of vervang het door een gewone spatie`,
    );
    assert.equal(
      syntaxError(withLine(n, (l) => l.replace('": "', '":\u00a0"'))),
      `regel ${n}, kolom 13: onzichtbaar teken (harde spatie, U+00A0) buiten een tekst: haal het weg of vervang het door een gewone spatie`,
    );
    assert.match(
      syntaxError('{\u200b"a": 1}'),
      /^regel 1, kolom 2: onzichtbaar teken \(nulbreedte-spatie, U\+200B\)/,
    );
  });

  it('names an empty file, also one with only spaces and newlines', () => {
    assert.equal(
      syntaxError(''),
      'regel 1, kolom 1: het bestand is leeg: de inhoud begint met { en eindigt met }',
    );
    assert.equal(
      syntaxError('  \r\n\n'),
      'regel 1, kolom 1: het bestand is leeg: de inhoud begint met { en eindigt met }',
    );
  });

  it('names a key without quotes, and a value without quotes', () => {
    assert.equal(
      syntaxError('{\n  title: "x"\n}'),
      'regel 2, kolom 3: veldnaam zonder aanhalingstekens: schrijf "title"',
    );
    assert.equal(
      syntaxError('{\n  "from": 09:00\n}'),
      'regel 2, kolom 11: tekst zonder aanhalingstekens (09:00): zet tekst tussen rechte aanhalingstekens "…"',
    );
    assert.equal(
      syntaxError('{\n  "title": Breicafé"\n}'),
      'regel 2, kolom 12: het aanhalingsteken " vooraan ontbreekt: schrijf "Breicafé"',
    );
  });

  it('names True and NULL written with capitals', () => {
    assert.equal(
      syntaxError('{ "closed": True }'),
      'regel 1, kolom 13: schrijf true met kleine letters (niet True)',
    );
    assert.equal(syntaxError('[NULL]'), 'regel 1, kolom 2: schrijf null met kleine letters (niet NULL)');
  });

  it('names a missing colon, a missing value and two commas in a row', () => {
    assert.equal(
      syntaxError('{\n  "title" "x"\n}'),
      'regel 2, kolom 11: na de veldnaam "title" ontbreekt een dubbelpunt :',
    );
    assert.equal(
      syntaxError('{\n  "title": ,\n  "a": 1\n}'),
      'regel 2, kolom 12: na "title": ontbreekt een waarde',
    );
    assert.equal(
      syntaxError('["a",,"b"]'),
      "regel 1, kolom 6: twee komma's na elkaar: haal er één weg (of vul de ontbrekende waarde in)",
    );
  });

  it('names a tab, a control character and a lone backslash inside a text', () => {
    assert.equal(
      syntaxError('{\n  "text": "a\tb"\n}'),
      'regel 2, kolom 13: een tab in een tekst kan niet in JSON: vervang hem door een spatie',
    );
    assert.match(
      syntaxError('{ "a": "x\u0007" }'),
      /^regel 1, kolom 10: een onzichtbaar stuurteken \(U\+0007\) in een tekst/,
    );
    assert.equal(
      syntaxError('{ "image": "images\\koffie.png" }'),
      'regel 1, kolom 19: \\k kan niet in een tekst: een \\ schrijf je als \\\\ (bv. "C:\\\\Gebruikers"), of bedoel je een / ?',
    );
  });

  it('names the other places a value, a key or a bracket goes wrong', () => {
    assert.equal(
      syntaxError('[\n  ,1\n]'),
      'regel 2, kolom 3: hier ontbreekt een waarde (of staat er een komma te veel)',
    );
    assert.equal(
      syntaxError('{\n  = 1\n}'),
      'regel 2, kolom 3: onverwacht teken =: hier hoort een veldnaam tussen aanhalingstekens, bv. "title"',
    );
    assert.equal(
      syntaxError('{\n  "a": 1,\n  { "b": 2 }\n}'),
      'regel 3, kolom 3: onverwacht teken {: hier hoort een veldnaam tussen aanhalingstekens (ontbreekt er een } op een vorige regel?)',
    );
    assert.equal(
      syntaxError('{\n  "a": [1, 2]\n]'),
      'regel 3, kolom 1: hier staat ], maar het blok { van regel 1 moet eerst gesloten worden met }',
    );
    assert.equal(
      syntaxError('{ "city": "Baasrode” },\n  "x": 1 }'),
      'regel 1, kolom 20: deze tekst sluit met een gekruld aanhalingsteken ” (zoals Word of Outlook het zet): JSON vraagt een recht aanhalingsteken "',
    );
    assert.equal(
      syntaxError('{ "title”: "x" }'),
      'regel 1, kolom 9: deze tekst sluit met een gekruld aanhalingsteken ” (zoals Word of Outlook het zet): JSON vraagt een recht aanhalingsteken "',
    );
  });

  it('counts lines ended by \\r\\n and by a lone \\r like an editor does', () => {
    assert.equal(
      syntaxError('{\r\n  "a": 1\r\n  "b": 2\r\n}'),
      'regel 2, kolom 9: er ontbreekt een komma op het einde van deze regel (vóór de waarde op regel 3)',
    );
    assert.equal(
      syntaxError('{\r  "a": 1,\r}'),
      'regel 2, kolom 9: komma te veel: na het laatste item van een blok { } komt geen komma',
    );
  });

  it('says a file saved as "ANSI" (Word\'s curly quotes as bytes that are not UTF-8) must be saved as UTF-8', () => {
    const ansi = Buffer.from('{\n  "title": \x93Breicaf\xe9\x94\n}', 'latin1').toString('utf8');
    assert.equal(
      syntaxError(ansi),
      'regel 2, kolom 12: onleesbaar teken � (het bestand is niet als UTF-8 opgeslagen; stond hier een gekruld aanhalingsteken?): sla het op als UTF-8 en zet hier een recht aanhalingsteken "',
    );
  });

  it('names an é of a file saved as "ANSI" (Windows-1252) inside a text, which would show as Caf�', () => {
    const ansi = Buffer.from('{\n  "title": "Caf\xe9 De Kapel"\n}', 'latin1').toString('utf8');
    const result = parseJsonSafely(ansi);
    // Read on, so that a screen's config.json keeps its other fields; content.json is refused for it.
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok ? result.problems.map(describeProblem) : [], [
      'regel 2, kolom 16, title: onleesbaar teken � in deze tekst: het bestand is niet als UTF-8 opgeslagen (bv. als "ANSI"), zodat é, ë of ç hier niet te lezen zijn; sla het op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)',
    ]);
    // The same text saved as UTF-8 is fine.
    const utf8 = parseJsonSafely('{\n  "title": "Café De Kapel"\n}');
    assert.deepEqual(utf8.ok && utf8.problems, []);
  });

  it('names a control character written as an escape (\\u0000) as it names a raw one; \\n and \\t stay', () => {
    assert.equal(
      syntaxError('{"title": "Buurt\\u0000punt"}'),
      'regel 1, kolom 17: een onzichtbaar stuurteken (U+0000) in een tekst: haal het weg',
    );
    assert.equal(parseJsonSafely('{"title": "a\\u000ab\\tc\\u0009d"}').ok, true);
  });

  it('says a file of zero bytes only (a stick pulled out while saving) is damaged, not UTF-16', () => {
    assert.equal(
      syntaxError('\u0000'.repeat(4096)),
      'regel 1: het bestand is beschadigd: het begint met nullen in plaats van tekst (bv. omdat de stick tijdens het opslaan uitgetrokken werd); sla het opnieuw op',
    );
  });

  it('says a UTF-16 ("Unicode") file must be saved as UTF-8', () => {
    const utf16 = Buffer.from('{"a": 1}', 'utf16le').toString('utf8');
    assert.equal(
      syntaxError(utf16),
      'regel 1: het bestand is opgeslagen als UTF-16 ("Unicode"): sla het op als UTF-8',
    );
  });
});

describe('JSON that parses but is refused', () => {
  it('refuses a key given twice in one block, naming both lines', () => {
    const n = lineWith('"title": "Voorbeeld: kerstwandeling door de buurt"');
    const text = withLine(n, (l) => `${l}\n      "title": "Kerstwandeling",`);
    const result = parseJsonSafely(text);
    assert.ok(result.ok);
    assert.deepEqual(result.problems.map(describeProblem), [
      `regel ${n + 1}, activities[2].title: "title" staat twee keer in hetzelfde blok (regel ${n} en regel ${n + 1}): laat er één weg`,
    ]);
    assert.equal(
      (result.value as { activities: { title: string }[] }).activities[2]!.title,
      'Voorbeeld: kerstwandeling door de buurt',
    );
  });

  it('allows the same key in different blocks', () => {
    const result = parseJsonSafely('[{ "title": "a" }, { "title": "b" }]');
    assert.ok(result.ok);
    assert.deepEqual(result.problems, []);
  });

  it('never lets __proto__, constructor or prototype reach an object', () => {
    const result = parseJsonSafely(
      '{ "__proto__": { "polluted": true }, "a": { "constructor": 1, "prototype": 2 } }',
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['__proto__', 'a.constructor', 'a.prototype'],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.value), Object.prototype);
    assert.deepEqual(Object.keys((result.value as { a: object }).a), []);
  });

  it('keeps lists to 5000 items and says so once', () => {
    const result = parseJsonSafely(`{ "activities": [${'1,'.repeat(6000)}1] }`);
    assert.ok(result.ok);
    assert.deepEqual(result.problems.map(describeProblem), [
      'regel 1, activities: te veel items (hoogstens 5000)',
    ]);
    assert.equal((result.value as { activities: unknown[] }).activities.length, 5000);
  });

  it('refuses 10,000-deep nesting without recursion and says how deep it went', () => {
    const result = parseJsonSafely('['.repeat(10_000) + ']'.repeat(10_000));
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.message), [
      'te diep genest (10000 niveaus, hoogstens 32)',
    ]);
  });

  it('reads what JSON.parse reads, to the same value', () => {
    for (const text of [
      sample,
      '"x"',
      '[1, -2.5e3, 0, true, false, null]',
      '{"a": "\\u00e9\\n\\"\\\\\\/", "b": {}}',
      '{"𝄞": "\\ud834\\udd1e"}',
    ]) {
      const result = parseJsonSafely(text);
      assert.ok(result.ok, text);
      assert.deepEqual(result.value, JSON.parse(text));
    }
  });

  it('gives the line of every value, and of its block when a field is missing', () => {
    const result = parseJsonSafely(sample);
    assert.ok(result.ok);
    assert.equal(result.lineOf('activities[1].start'), lineWith('"start": "2026-12-08T10:30"'));
    assert.equal(result.lineOf('locations[1].hours.tuesday[0].until'), lineWith('"tuesday": [{'));
    assert.equal(
      result.lineOf('activities[1].image'),
      lineWith('"title": "Voorbeeld: hulp bij je smartphone"') - 1,
    );
  });
});
