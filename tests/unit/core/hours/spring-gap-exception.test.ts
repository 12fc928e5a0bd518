/**
 * An exception whose blocks lie wholly in the hour the clock skips in spring (2:00 → 3:00 on the last
 * Sunday of March) never opens: validate says "dit blok valt weg", and the status, the week table
 * and the list of changes all say the same. The list read "open 3:00 – 3:00" and a closure around
 * such a day ended before it ("Gesloten tot en met 28 maart" while closed until 5 April).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from '../../../../core/content/schema';
import { locationBlock } from '../../../../core/hours/location-block';
import { at, place } from './fixtures';

const LOOK = { days: 14, max: 10 };
const TEN_TO_NOON = [{ from: '10:00', until: '12:00' }];

/** What a passer-by reads of the block at `iso`: headline, detail, Sunday's row, the changes. */
function read(location: Location, iso: string) {
  const block = locationBlock(location, at(iso), iso.slice(0, 10), LOOK);
  return {
    headline: block.headline,
    detail: block.detail,
    sunday: block.week.find((row) => row.day === 'sunday')?.hours,
    upcoming: block.upcoming,
  };
}

describe('an exception block wholly inside the hour skipped in spring', () => {
  it('is left out of the list of changes, as it is of the week table', () => {
    const location = place({
      hours: { sunday: TEN_TO_NOON },
      exceptions: [{ from: '2026-03-29', hours: [{ from: '02:10', until: '02:40' }, ...TEN_TO_NOON] }],
    });
    assert.deepEqual(read(location, '2026-03-27T10:00:00+01:00'), {
      headline: 'Gesloten · opent zondag om 10:00',
      detail: null,
      sunday: '10:00 – 12:00',
      upcoming: ['Zondag 29 maart: open 10:00 – 12:00'],
    });
  });

  it('makes a day with no other block a closed day, in the list as in the table and the status', () => {
    const location = place({
      hours: { sunday: TEN_TO_NOON },
      exceptions: [{ from: '2026-03-29', hours: [{ from: '02:00', until: '02:30' }], note: 'nachtcafé' }],
    });
    assert.deepEqual(read(location, '2026-03-27T10:00:00+01:00'), {
      headline: 'Gesloten · opent zondag 5 april om 10:00',
      detail: null,
      sunday: 'gesloten',
      upcoming: ['Zondag 29 maart: gesloten (nachtcafé)'],
    });
    assert.deepEqual(read(location, '2026-03-29T12:00:00+02:00'), {
      headline: 'Vandaag gesloten (nachtcafé)',
      detail: 'Opent zondag 5 april om 10:00',
      sunday: 'gesloten',
      upcoming: ['Vandaag: gesloten (nachtcafé)'],
    });
  });

  it('does not end a closure around it: closed until 5 April, also on that Sunday', () => {
    const location = place({
      hours: { sunday: TEN_TO_NOON, monday: TEN_TO_NOON },
      exceptions: [
        { from: '2026-03-23', to: '2026-04-05', closed: true, note: 'verbouwing' },
        { from: '2026-03-29', hours: [{ from: '02:00', until: '02:30' }], note: 'nachtcafé' },
      ],
    });
    // Easter Monday (6 April) follows the closure: one time closed to a passer-by.
    assert.deepEqual(read(location, '2026-03-25T12:00:00+01:00'), {
      headline: 'Gesloten tot en met 6 april (verbouwing)',
      detail: 'Opent zondag 12 april om 10:00',
      sunday: 'gesloten',
      upcoming: ['Tot en met 5 april: gesloten (verbouwing)', 'Maandag 6 april: gesloten (Paasmaandag)'],
    });
    assert.deepEqual(read(location, '2026-03-29T12:00:00+02:00'), {
      headline: 'Gesloten tot en met 6 april',
      detail: 'Opent zondag 12 april om 10:00',
      sunday: 'gesloten',
      upcoming: [
        'Vandaag: gesloten (nachtcafé)',
        '30 maart – 5 april: gesloten (verbouwing)',
        'Maandag 6 april: gesloten (Paasmaandag)',
      ],
    });
  });

  it('lists apart the Sunday of a longer exception whose other blocks still open, as the table shows it', () => {
    const location = place({
      hours: { sunday: TEN_TO_NOON },
      exceptions: [
        {
          from: '2026-03-28',
          to: '2026-03-30',
          hours: [{ from: '02:15', until: '02:45' }, ...TEN_TO_NOON],
          note: 'nachtwake',
        },
      ],
    });
    assert.deepEqual(read(location, '2026-03-27T10:00:00+01:00'), {
      headline: 'Gesloten · opent zaterdag om 2:15 (nachtwake)',
      detail: null,
      sunday: '10:00 – 12:00',
      upcoming: [
        'Zaterdag 28 maart: open 2:15 – 2:45, 10:00 – 12:00 (nachtwake)',
        'Zondag 29 maart: open 10:00 – 12:00 (nachtwake)',
        'Maandag 30 maart: open 2:15 – 2:45, 10:00 – 12:00 (nachtwake)',
      ],
    });
    // From the Sunday on, the same: that day's hours, then the rest of the run.
    assert.deepEqual(read(location, '2026-03-29T12:00:00+02:00').upcoming, [
      'Vandaag: open 10:00 – 12:00 (nachtwake)',
      'Maandag 30 maart: open 2:15 – 2:45, 10:00 – 12:00 (nachtwake)',
    ]);
  });

  it("cuts a run of decades at its spring Sunday, and leaves whole one whose 2 o'clock block is real then", () => {
    // The schema sets no longest span; the list is planned again every minute.
    const nightWatch = (from: string, until: string) =>
      place({
        hours: { sunday: TEN_TO_NOON },
        exceptions: [{ from: '2026-03-01', to: '2099-12-31', hours: [{ from, until }, ...TEN_TO_NOON] }],
      });
    assert.deepEqual(read(nightWatch('02:15', '02:45'), '2026-03-27T10:00:00+01:00').upcoming, [
      'Tot en met 28 maart: open 2:15 – 2:45, 10:00 – 12:00',
      'Zondag 29 maart: open 10:00 – 12:00',
      // Then up to the eve of the next spring Sunday.
      '30 maart – 27 maart 2027: open 2:15 – 2:45, 10:00 – 12:00',
    ]);
    assert.deepEqual(read(nightWatch('02:00', '04:00'), '2026-03-27T10:00:00+01:00').upcoming, [
      'Tot en met 31 december 2099: open 2:00 – 4:00, 10:00 – 12:00',
    ]);
  });

  it('closes only the Sunday of an exception that goes on the next day, where its block is real', () => {
    const location = place({
      hours: { sunday: TEN_TO_NOON, monday: TEN_TO_NOON },
      exceptions: [
        { from: '2026-03-29', to: '2026-03-30', hours: [{ from: '02:15', until: '02:45' }], note: 'nacht' },
      ],
    });
    assert.deepEqual(read(location, '2026-03-27T10:00:00+01:00'), {
      headline: 'Gesloten · opent maandag 30 maart om 2:15 (nacht)',
      detail: null,
      sunday: 'gesloten',
      upcoming: [
        'Zondag 29 maart: gesloten (nacht)',
        'Maandag 30 maart: open 2:15 – 2:45 (nacht)',
        'Maandag 6 april: gesloten (Paasmaandag)',
      ],
    });
  });
});
