import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateContentText } from '../../../../core/content/validate';
import { imageRefs } from '../../../../core/import/image-refs';
import { formatDateTimeNl, importNotice, importReport } from '../../../../core/import/import-wording';

const sample = validateContentText(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
);
if (!sample.ok) throw new Error('sample content must be valid');
const content = sample.content;
const problems = [1, 2, 3, 4].map((n) => ({
  path: `activities[${n}].start`,
  place: `activiteit "Activiteit ${n}", begin`,
  message: 'geen geldige datum',
  line: 10 * n,
}));

describe('import wording', () => {
  it('writes Brussels time whatever the machine zone, across the DST change', () => {
    assert.equal(formatDateTimeNl('2026-07-01T10:00:00Z'), 'woensdag 1 juli 2026 om 12:00');
    assert.equal(formatDateTimeNl('2026-12-01T10:00:00Z'), 'dinsdag 1 december 2026 om 11:00');
  });

  it('leaves the year out on screen by the screen’s one rule, keeps it in the report', () => {
    const now = Date.parse('2026-12-03T09:00:00Z');
    assert.equal(formatDateTimeNl('2026-12-01T10:00:00Z', now), 'dinsdag 1 december om 11:00');
    assert.equal(
      formatDateTimeNl('2026-03-01T10:00:00Z', Date.parse('2027-01-05T09:00:00Z')),
      'zondag 1 maart 2026 om 11:00',
    );
    assert.equal(formatDateTimeNl('geen datum', now), 'geen datum');
  });

  it('says "Nieuwe inhoud geladen (n activiteiten)" and that the stick may go', () => {
    const notice = importNotice({ kind: 'imported', content }, '2026-11-27T10:00:00Z', true)!;
    assert.equal(notice.kind, 'import-ok');
    assert.equal(notice.title, `Nieuwe inhoud geladen (${content.activities.length} activiteiten)`);
    assert.equal(notice.hint, 'Je mag de USB-stick nu uittrekken.');
  });

  it('counts every problem in the title, shows the first three in words, points at verslag.txt', () => {
    const notice = importNotice({ kind: 'refused', problems }, '2026-11-27T10:00:00Z', true)!;
    assert.equal(notice.title, 'Inhoud van de USB-stick niet gebruikt: 4 fouten');
    assert.deepEqual(notice.details, [
      'regel 10, activiteit "Activiteit 1", begin: geen geldige datum',
      'regel 20, activiteit "Activiteit 2", begin: geen geldige datum',
      'regel 30, activiteit "Activiteit 3", begin: geen geldige datum',
      '… en nog 1 fout',
    ]);
    assert.equal(
      notice.hint,
      'De volledige lijst van 4 fouten staat in verslag.txt in de map buurtkiosk op de stick.',
    );
    assert.equal(
      importNotice({ kind: 'refused', problems: problems.slice(0, 1) }, 'x', false)!.title,
      'Inhoud van de USB-stick niet gebruikt: 1 fout',
    );
  });

  it('never shows a field path on the public screen, even for a problem without a place', () => {
    const bare = [{ path: 'activities[0].start', message: 'geen geldige datum', line: 7 }];
    const notice = importNotice({ kind: 'refused', problems: bare }, 'x', true)!;
    assert.deepEqual(notice.details, ['regel 7: geen geldige datum']);
  });

  it('raises no notice for content already on screen', () => {
    assert.equal(importNotice({ kind: 'unchanged', content }, '2026-11-27T10:00:00Z', true), null);
  });

  it('lists every problem, numbered, in the report', () => {
    const report = importReport(
      { kind: 'refused', problems },
      '2026-11-27T10:00:00Z',
      'USB-stick KIOSK',
      'stick',
    );
    assert.match(report, /^Tijd: +vrijdag 27 november 2026 om 11:00$/m);
    assert.match(report, /^Bron: +USB-stick KIOSK$/m);
    assert.match(report, /^Resultaat: NIET GEBRUIKT, 4 fouten\. De vorige inhoud blijft op het scherm\.$/m);
    assert.match(report, /^4\. regel 40, activiteit "Activiteit 4", begin: geen geldige datum$/m);
    assert.doesNotMatch(report, /activities\[/);
    assert.match(report, /en steek de stick opnieuw in\.$/m);
  });

  it('tells a folder import to read the folder again, not to insert a stick', () => {
    const report = importReport({ kind: 'refused', problems }, '2026-11-27T10:00:00Z', 'map /x', 'folder');
    assert.match(report, /en lees de map opnieuw in\.$/m);
    assert.doesNotMatch(report, /stick/);
  });

  it('finds image fields in valid and in broken content alike', () => {
    assert.deepEqual(
      imageRefs({
        activities: [{}, { image: 'a.png' }, 'kapot'],
        announcements: [{ image: 7 }, { image: 'b.jpg' }],
      }),
      [
        { steps: ['activities', 1, 'image'], file: 'a.png' },
        { steps: ['announcements', 1, 'image'], file: 'b.jpg' },
      ],
    );
    assert.deepEqual(imageRefs(null), []);
  });
});
