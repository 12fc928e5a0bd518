/**
 * Mistakes staff make in content.json whose message once sent them the wrong way: each is pinned as
 * staff read it (line, place, message), on the sample content broken at a known line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineWith, lines, sample, withLine } from './broken-sample';
import {
  describeProblem,
  describeProblemWithPath,
  isInContentFile,
  sortByLine,
} from '../../../../core/content/problem';
import { parseJsonSafely } from '../../../../core/content/safe-json';
import { validateContentText } from '../../../../core/content/validate';

/** Every problem of a content.json text, as the screen and verslag.txt show them. */
function problemsOf(text: string): string[] {
  const result = validateContentText(text);
  assert.equal(result.ok, false, 'the content should be refused');
  return result.ok ? [] : result.problems.map(describeProblem);
}

/** The sample as a value, changed by `change`, written out as staff's editors do. */
function changed(change: (c: Record<string, unknown>) => void): string {
  const content = JSON.parse(sample) as Record<string, unknown>;
  change(content);
  return JSON.stringify(content, null, 2);
}

describe('a straight quote inside a text', () => {
  it('points at the quote that ended the text too early, not at a missing comma', () => {
    const n = lineWith('"name": "Kim Bauwens"');
    const text = withLine(n, (l) => l.replace('"Kim Bauwens"', '"Kim "de baas" Bauwens"'));
    const column = lines[n - 1]!.indexOf('"Kim') + 6; // the quote after "Kim "
    assert.deepEqual(problemsOf(text), [
      `regel ${n}, kolom ${column}: aanhalingsteken " midden in een tekst: schrijf \\" of gebruik ‘ ’`,
    ]);
  });

  it('also with a comma inside the quoted words, or a quote just before the end', () => {
    const n = lineWith('"title": "Voorbeeld: hulp bij je smartphone"');
    const column = lines[n - 1]!.indexOf('"Voorbeeld') + 13;
    for (const quoted of ['"Voorbeeld: "hulp, uitleg" bij je smartphone"', '"Voorbeeld: "hulp""']) {
      const text = withLine(n, (l) => l.replace('"Voorbeeld: hulp bij je smartphone"', quoted));
      assert.deepEqual(problemsOf(text), [
        `regel ${n}, kolom ${column}: aanhalingsteken " midden in een tekst: schrijf \\" of gebruik ‘ ’`,
      ]);
    }
  });

  it('still names a missing comma or a stray character between two fields on one line', () => {
    const n = lineWith('"postalCode": "9200", "city": "Dendermonde"');
    const column = lines[n - 1]!.indexOf('"9200"') + 7;
    assert.deepEqual(problemsOf(withLine(n, (l) => l.replace('"9200",', '"9200"'))), [
      `regel ${n}, kolom ${column}: er ontbreekt een komma tussen twee waarden`,
    ]);
    assert.deepEqual(problemsOf(withLine(n, (l) => l.replace('"9200",', '"9200";'))), [
      `regel ${n}, kolom ${column}: onverwacht teken ;: hier hoort een komma of }`,
    ]);
  });
});

describe('a required field that is missing', () => {
  it('names the key to add, with an example of its value', () => {
    const n = lineWith('"title": "Voorbeeld: hulp bij je smartphone"');
    const text = lines.filter((l, i) => !(i > n && i < n + 4 && l.includes('"end"'))).join('\n');
    assert.deepEqual(problemsOf(text), [
      `regel ${n - 1}, activiteit "Voorbeeld: hulp bij je smartphone", einde: ontbreekt (voeg "end" toe, bv. "end": "2026-12-03T16:00")`,
    ]);
  });

  it('names a missing block by its key, as the command line did only in brackets', () => {
    const text = changed((c) => delete c.organisation);
    const result = validateContentText(text);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(describeProblemWithPath), [
      'regel 1, Sociaal Huis: ontbreekt (voeg "organisation": { … } toe)  [organisation]',
    ]);
  });

  it('gives the first day of an exception as a date, an hour of a day as an hour', () => {
    const text = changed((c) => {
      const [bijloke] = c.locations as { hours: { thursday: object[] }; exceptions: object[] }[];
      bijloke!.hours.thursday = [{ until: '12:00' }];
      bijloke!.exceptions = [{ closed: true }];
    });
    const problems = problemsOf(text).map((p) => p.replace(/^regel \d+, /, ''));
    assert.deepEqual(problems, [
      'Buurtpunt Bijloke, donderdag, van: ontbreekt (voeg "from" toe, bv. "from": "09:00")',
      'Buurtpunt Bijloke, uitzondering 1, eerste dag: ontbreekt (voeg "from" toe, bv. "from": "2026-12-24")',
    ]);
  });
});

describe('an invisible character in a field name', () => {
  it('shows it as [U+200B] and says it is there, next to the field it hides', () => {
    const n = lineWith('"updated"');
    const text = withLine(n, (l) => l.replace('"updated"', '"upd\u200bated"'));
    assert.deepEqual(problemsOf(text), [
      'regel 1, datum laatste wijziging: ontbreekt (voeg "updated" toe, bv. "updated": "2026-12-03")',
      `regel ${n}, veld "upd[U+200B]ated": onbekend veld "upd[U+200B]ated" (er staat een onzichtbaar teken in: typ de veldnaam opnieuw)`,
    ]);
  });

  it('shows it in a field name inside an item too, and on the command line', () => {
    const n = lineWith('"name": "Kim Bauwens"');
    const text = withLine(n, (l) => l.replace('"name"', '"name\u200b"'));
    const result = validateContentText(text);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(describeProblemWithPath), [
      `regel ${n - 1}, contactpersoon 2, naam: ontbreekt (voeg "name": "…" toe)  [contacts[1].name]`,
      `regel ${n}, contactpersoon 2, "name[U+200B]": onbekend veld "name[U+200B]" (er staat een onzichtbaar teken in: typ de veldnaam opnieuw)  [contacts[1].name[U+200B]]`,
    ]);
  });

  it('names an item whose title is only invisible characters by its number', () => {
    const n = lineWith('"title": "Voorbeeld: hulp bij je smartphone"');
    const text = withLine(n, (l) => l.replace('Voorbeeld: hulp bij je smartphone', '\u200b'));
    assert.deepEqual(problemsOf(text), [
      `regel ${n}, activiteit 2, titel: mag niet leeg zijn (er staan alleen onzichtbare tekens in)`,
    ]);
  });
});

describe('nesting too deep', () => {
  it('gives the line and column of the bracket one level too deep, so it is a content.json problem', () => {
    const n = lineWith('"name": "Kim Bauwens"');
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    const text = withLine(n, (l) => l.replace('"Kim Bauwens"', deep));
    const column = lines[n - 1]!.indexOf('"Kim') + 1 + 29; // in a contact in a list: the 30th [ is level 33
    const result = parseJsonSafely(text);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(describeProblem), [
      `regel ${n}, kolom ${column}: te diep genest (43 niveaus, hoogstens 32)`,
    ]);
    assert.ok(result.problems.every(isInContentFile));
  });
});

describe('a list longer than the reader keeps', () => {
  it('says only the schema’s own, lower limit', () => {
    const text = changed((c) => {
      const [first] = c.activities as object[];
      c.activities = Array.from({ length: 5001 }, () => first);
    });
    const line = text.split('\n').findIndex((l) => l.includes('"activities"')) + 1;
    assert.deepEqual(problemsOf(text), [`regel ${line}, activiteiten: hoogstens 2000 activiteiten`]);
  });

  it('keeps the reader’s note where the schema has no lower limit', () => {
    const reader = { path: 'x', line: 2, message: 'te veel items (hoogstens 5000)', maxItems: 5000 };
    const schema = { path: 'x', line: 2, message: 'hoogstens 9000 items', maxItems: 9000 };
    assert.deepEqual(sortByLine([reader, schema]), [reader]);
    assert.deepEqual(sortByLine([reader, { ...schema, path: 'y' }]), [reader, { ...schema, path: 'y' }]);
  });
});
