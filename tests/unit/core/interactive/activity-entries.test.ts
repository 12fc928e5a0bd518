import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityEntries } from '../../../../core/interactive/activity-entries';
import { UPCOMING_LIMIT } from '../../../../core/deck/activity-slides';
import { activity, brussels, contentWith } from '../deck/deck-fixtures';

describe('activity entries of the touch screen', () => {
  it('lists the sample’s activities soonest first with time, place, whole description and image', () => {
    const entries = activityEntries(contentWith(), brussels('2026-12-02T12:00'), true);
    assert.deepEqual(
      entries.map((e) => e.key),
      ['activity-0', 'activity-1', 'activity-2', 'activity-3'],
    );
    const soup = entries[0]!;
    assert.equal(soup.group, 'Morgen');
    assert.equal(soup.when, 'Morgen · 9:30 – 11:30');
    assert.equal(soup.place, 'Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde');
    assert.match(soup.description ?? '', /^Voorbeeldactiviteit \(verzonnen\): kom een kom soep/);
    assert.equal(soup.image, 'images/koffie.png');
    assert.equal(entries[1]!.image, null);
  });

  it('words the list as the rotation does on a clock that cannot be right: dates out, under their month', () => {
    const content = contentWith((c) => {
      c.updated = '2026-12-02';
      c.activities = [
        activity('Al voorbij', '2026-12-01T14:00', '2026-12-01T16:00'),
        activity('Soep en babbel', '2026-12-08T09:30', '2026-12-08T11:30'),
      ];
    });
    const entries = activityEntries(content, 0, false);
    assert.deepEqual(
      entries.map((e) => [e.group, e.when]),
      [['December 2026', 'dinsdag 8 december 2026 · 9:30 – 11:30']],
    );
  });

  it('drops an activity once it has ended, keeping the others’ keys', () => {
    const entries = activityEntries(contentWith(), brussels('2026-12-03T11:30'), true);
    assert.deepEqual(
      entries.map((e) => e.key),
      ['activity-1', 'activity-2', 'activity-3'],
    );
  });

  it('lists more activities than the rotation shows', () => {
    const content = contentWith((c) => {
      c.activities = Array.from({ length: UPCOMING_LIMIT + 4 }, (_, i) =>
        activity(
          `Activiteit ${i + 1}`,
          `2026-12-${String(i + 5).padStart(2, '0')}T10:00`,
          `2026-12-${String(i + 5).padStart(2, '0')}T11:00`,
        ),
      );
    });
    assert.equal(activityEntries(content, brussels('2026-12-01T10:00'), true).length, UPCOMING_LIMIT + 4);
  });

  it('gives an activity without description null, not an empty text', () => {
    const content = contentWith((c) => {
      c.activities = [activity('Zonder uitleg', '2026-12-05T10:00', '2026-12-05T11:00')];
    });
    assert.equal(activityEntries(content, brussels('2026-12-01T10:00'), true)[0]!.description, null);
  });

  it('says the time the clock shows for 2:30 on the night summer time begins, as the rotation does', () => {
    const content = contentWith((c) => {
      c.activities = [
        activity('Nachtwandeling', '2027-03-28T02:30', '2027-03-28T05:00'),
        activity('Nachtcafé', '2027-03-27T21:00', '2027-03-28T02:30'),
      ];
    });
    assert.deepEqual(
      activityEntries(content, brussels('2027-03-27T20:00'), true).map((e) => [e.title, e.group, e.when]),
      [
        ['Nachtcafé', 'Vandaag', 'Vandaag 21:00 – morgen 3:00'],
        ['Nachtwandeling', 'Morgen', 'Morgen · 3:00 – 5:00'],
      ],
    );
    // Its start stays as written: with the title, what makes it the same activity.
    assert.equal(activityEntries(content, brussels('2027-03-27T20:00'), true)[1]!.start, '2027-03-28T02:30');
  });
});
