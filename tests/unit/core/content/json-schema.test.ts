/**
 * The shipped JSON Schema (data/content.schema.json, compiled by ajv as draft 2020-12, the way
 * editors use it through "$schema") never refuses what the kiosk accepts. Checked on the sample, on
 * the cases named in issue 14 and on a generated corpus of variants: letter case of extensions and
 * schemes, spaces around text, unicode, optional fields left out, dates and times at their edges.
 * Where the schema is looser (a 31st of February, an end before its start) is fine and listed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { setAtPath } from '../../../../core/editor/draft-path';
import { validateContent } from '../../../../core/content/validate';

const sampleText = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');
const schema = JSON.parse(
  readFileSync(new URL('../../../../data/content.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);
const sample = () => JSON.parse(sampleText) as Record<string, unknown>;

type Step = string | number;

/** The sample with `value` at `path` (undefined removes the field). */
function variant(changes: readonly (readonly [readonly Step[], unknown])[]): unknown {
  return changes.reduce<unknown>((c, [path, value]) => setAtPath(c, path, value), sample());
}

/** Fails when the kiosk accepts `content` and the schema does not. */
function assertSchemaNotStricter(content: unknown, label: string): void {
  if (!validateContent(content).ok) return;
  assert.ok(
    schemaAccepts(content),
    `${label}: the kiosk accepts it, the schema refuses: ${ajv.errorsText(schemaAccepts.errors)}`,
  );
}

const TEXTS = [
  'x',
  '  x  ',
  '\tx\n',
  '\u00a0Breicafé\u00a0',
  '\ufeffx',
  'x'.repeat(120),
  ` ${'x'.repeat(120)} `,
  `${' '.repeat(30)}${'x'.repeat(120)}\n`,
  'x'.repeat(121),
  '😀'.repeat(60),
  '😀'.repeat(61),
  'é'.repeat(120),
  ' ',
  '',
  'Het “buurtpunt” van ’t Keur',
];
const IMAGES = [
  'images/IMG_2041.JPG',
  'images/foto.Jpeg',
  'IMAGES/KOFFIE.PNG',
  'images/x.WebP',
  'images/a b.png',
  'images/sub/dir/x.jpg',
  'images/x.gif',
  'images/../x.png',
  '/x.png',
  'images/ümlaut.png',
  ' images/x.png',
];
const LINKS = [
  'HTTPS://www.facebook.com/x',
  'Https://www.facebook.com/profile.php?id=1',
  'https://x.be',
  'https://xn--bcher-kva.example/pad/ü',
  'http://www.facebook.com/x',
  'https://',
  'https://x.be/ a',
  ` https://x.be`,
];
const DATES = [
  '2026-12-03',
  '2028-02-29',
  '2026-02-29',
  '2026-13-01',
  '2026-1-01',
  ' 2026-12-03',
  '2026-12-03T14:00',
];
const MOMENTS = [
  '2026-12-03T14:00',
  '2026-12-03T00:00',
  '2026-12-03T23:59',
  '2026-12-03t14:00',
  '2026-12-03T24:00',
  '2026-12-03T14:00:00',
  '2026-02-30T10:00',
  '2026-12-03 14:00',
];
const TIMES = ['09:00', '00:00', '23:59', '24:00', '9:00', ' 09:00', '09:00 ', '12:60'];
const OTHER = [1, true, null, [], {}];

/** Where each kind of value goes in the sample. */
const FIELDS: readonly [readonly Step[], readonly unknown[]][] = [
  [['title'], TEXTS],
  [['locations', 0, 'name'], TEXTS],
  [['locations', 1, 'buurt'], TEXTS],
  [['locations', 0, 'address', 'street'], TEXTS],
  [['locations', 0, 'exceptions', 0, 'note'], TEXTS],
  [['locations', 1, 'facebook', 'note'], TEXTS],
  [['activities', 0, 'title'], TEXTS],
  [
    ['activities', 1, 'description'],
    [...TEXTS, 'x'.repeat(2000), ` ${'x'.repeat(2000)} `],
  ],
  [['activities', 2, 'place'], TEXTS],
  [['announcements', 0, 'text'], TEXTS],
  [['contacts', 0, 'role'], TEXTS],
  [['about', 'buurten', 0], TEXTS],
  [['activities', 0, 'image'], IMAGES],
  [['announcements', 1, 'image'], IMAGES],
  [['locations', 0, 'facebook', 'url'], LINKS],
  [['updated'], DATES],
  [['locations', 0, 'exceptions', 0, 'from'], DATES],
  [['locations', 0, 'exceptions', 0, 'to'], DATES],
  [
    ['announcements', 0, 'visibleFrom'],
    [...DATES, ...MOMENTS],
  ],
  [['activities', 1, 'start'], MOMENTS],
  [['activities', 1, 'end'], MOMENTS],
  [['locations', 1, 'hours', 'tuesday', 0, 'from'], TIMES],
  [['locations', 1, 'hours', 'tuesday', 0, 'until'], TIMES],
  [
    ['contacts', 1, 'email'],
    ['Kim@GroepIntro.BE', 'kim@x.b', 'kim@groepintro.be ', 'kim.bauwens+kiosk@groepintro.be'],
  ],
  [
    ['contacts', 1, 'phone'],
    ['+32 471 61 21 50', '0471/61.21.50', '0471 61 21 50 ', '052 37 85 00'],
  ],
  [
    ['locations', 0, 'id'],
    ['bijloke', 'Bijloke', 'hof-ten-rode', '-x'],
  ],
  [
    ['locations', 0, 'publicHolidays'],
    ['open', 'closed', 'Open'],
  ],
];

/** Optional fields (and defaulted lists) that may be left out. */
const OPTIONAL: readonly (readonly Step[])[] = [
  ['title'],
  ['$schema'],
  ['services'],
  ['activities'],
  ['contacts'],
  ['announcements'],
  ['locations', 0, 'exceptions'],
  ['locations', 0, 'publicHolidays'],
  ['locations', 0, 'facebook'],
  ['locations', 0, 'exceptions', 0, 'to'],
  ['activities', 0, 'image'],
  ['activities', 0, 'description'],
  ['announcements', 0, 'visibleFrom'],
  ['announcements', 0, 'visibleUntil'],
  ['organisation', 'description'],
  ['about', 'participation'],
  ['about', 'buurten'],
];

describe('the shipped JSON Schema', () => {
  it('compiles as draft 2020-12 and accepts the sample', () => {
    assert.equal(schemaAccepts(sample()), true, ajv.errorsText(schemaAccepts.errors));
  });

  it('accepts the cases of issue 14: IMG_2041.JPG, HTTPS://…, text too long only before trimming', () => {
    const cases = [
      variant([[['activities', 0, 'image'], 'images/IMG_2041.JPG']]),
      variant([
        [['locations', 0, 'facebook', 'url'], 'HTTPS://www.facebook.com/profile.php?id=100088118940159'],
      ]),
      variant([[['activities', 0, 'title'], `   ${'x'.repeat(120)}   `]]),
    ];
    for (const content of cases) {
      assert.equal(validateContent(content).ok, true);
      assert.equal(schemaAccepts(content), true, ajv.errorsText(schemaAccepts.errors));
    }
  });

  it('refuses nothing the kiosk accepts, value by value', () => {
    for (const [path, values] of FIELDS) {
      for (const value of [...values, ...OTHER])
        assertSchemaNotStricter(variant([[path, value]]), `${path.join('.')} = ${JSON.stringify(value)}`);
    }
    for (const path of OPTIONAL)
      assertSchemaNotStricter(variant([[path, undefined]]), `without ${path.join('.')}`);
  });

  it('refuses nothing the kiosk accepts, in a generated corpus of combined variants', () => {
    const change = fc.oneof(
      fc
        .constantFrom(...FIELDS)
        .chain(([path, values]) =>
          fc.constantFrom(...values, ...OTHER).map((value) => [path, value] as const),
        ),
      fc.constantFrom(...OPTIONAL).map((path) => [path, undefined] as const),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const content = variant(changes);
        if (validateContent(content).ok) accepted++;
        assertSchemaNotStricter(content, JSON.stringify(changes));
      }),
      { numRuns: 1500, seed: 1414 },
    );
    assert.ok(accepted > 300, `the corpus should hold many accepted variants (${accepted})`);
  });

  it('is looser than the kiosk where JSON Schema cannot say it (fine: validate says it)', () => {
    const looser = {
      'a 31st of February': variant([[['activities', 0, 'start'], '2027-02-31T10:00']]),
      'an end before its start': variant([[['activities', 0, 'end'], '2026-12-03T08:00']]),
      'closed and hours at once': variant([
        [['locations', 0, 'exceptions', 0, 'hours'], [{ from: '09:00', until: '12:00' }]],
      ]),
      'a buurtpunt that does not exist': variant([[['activities', 0, 'location'], 'wastijne']]),
      'text of spaces only': variant([[['activities', 0, 'title'], '   ']]),
      'a block ending when it starts': variant([
        [['locations', 0, 'hours', 'thursday'], [{ from: '09:00', until: '09:00' }]],
      ]),
    };
    for (const [label, content] of Object.entries(looser)) {
      assert.equal(validateContent(content).ok, false, label);
      assert.equal(schemaAccepts(content), true, `${label}: ${ajv.errorsText(schemaAccepts.errors)}`);
    }
  });
});
