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
    assert.equal(notice.hint, 'U mag de USB-stick nu uittrekken.');
  });

  it('counts every problem in the title, shows the first three, points at the report', () => {
    const notice = importNotice({ kind: 'refused', problems }, '2026-11-27T10:00:00Z', true)!;
    assert.equal(notice.title, 'USB-stick niet gebruikt: 4 fouten');
    assert.deepEqual(notice.details, [
      'regel 10, activities[1].start: geen geldige datum',
      'regel 20, activities[2].start: geen geldige datum',
      'regel 30, activities[3].start: geen geldige datum',
    ]);
    assert.match(notice.hint!, /buurtkiosk\/verslag\.txt/);
    assert.equal(
      importNotice({ kind: 'refused', problems: problems.slice(0, 1) }, 'x', false)!.title,
      'USB-stick niet gebruikt: 1 fout',
    );
  });

  it('raises no notice for content already on screen', () => {
    assert.equal(importNotice({ kind: 'unchanged', content }, '2026-11-27T10:00:00Z', true), null);
  });

  it('lists every problem, numbered, in the report', () => {
    const report = importReport({ kind: 'refused', problems }, '2026-11-27T10:00:00Z', 'USB-stick KIOSK');
    assert.match(report, /^Tijd: +vrijdag 27 november 2026 om 11:00$/m);
    assert.match(report, /^Bron: +USB-stick KIOSK$/m);
    assert.match(report, /^Resultaat: NIET GEBRUIKT, 4 fouten\. De vorige inhoud blijft op het scherm\.$/m);
    assert.match(report, /^4\. regel 40, activities\[4\]\.start: geen geldige datum$/m);
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
