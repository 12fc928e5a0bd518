import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import {
  dayTile,
  formatDateTime,
  formatDayMonth,
  formatEndOnDay,
  formatLongDate,
  formatWallClock,
  showsYear,
} from '../../../../core/time/dutch-dates';

const at = (iso: string) => Date.parse(iso);

describe('Dutch long dates', () => {
  it('says "donderdag 3 december" for 2026-12-03 seen in the same weeks', () => {
    assert.equal(formatLongDate('2026-12-03', '2026-12-01'), 'donderdag 3 december');
  });

  it('says "3 december" without the weekday', () => {
    assert.equal(formatDayMonth('2026-12-03', '2026-11-20'), '3 december');
  });

  it('agrees with luxon in nl-BE for every day of 2026 to 2028', () => {
    let day = DateTime.fromISO('2026-01-01', { zone: 'Europe/Brussels', locale: 'nl-BE' });
    while (day.year < 2029) {
      const date = day.toISODate()!;
      assert.equal(formatLongDate(date, date), day.toFormat('cccc d LLLL'));
      assert.equal(formatDayMonth(date, null), day.toFormat('d LLLL yyyy'));
      day = day.plus({ days: 1 });
    }
  });
});

describe('the one rule for the year', () => {
  // [date, today, shown?]: another calendar year and more than half a year away.
  const cases: [string, string | null, boolean][] = [
    ['2027-01-03', '2026-12-29', false], // "Gesloten tot en met 3 januari" at Christmas
    ['2027-01-14', '2026-12-01', false], // the nieuwjaarsdrink, six weeks ahead
    ['2027-06-29', '2026-12-31', false], // 180 days: still within half a year
    ['2027-06-30', '2026-12-31', true], // 181 days
    ['2027-09-02', '2026-12-01', true],
    ['2027-11-01', '2026-12-07', true],
    ['2026-12-20', '2026-01-02', false], // far, but this year: no year needed
    ['2026-11-27', '2027-01-05', false], // an import seen early next year
    ['2026-03-01', '2027-01-05', true], // an import from last spring
    ['2026-11-27', null, true], // a record read at an unknown later day (verslag.txt)
  ];
  for (const [date, today, shown] of cases) {
    it(`${shown ? 'names' : 'leaves out'} the year of ${date} seen on ${today ?? 'an unknown day'}`, () => {
      assert.equal(showsYear(date, today), shown);
      assert.equal(formatDayMonth(date, today).endsWith(date.slice(0, 4)), shown);
      assert.equal(formatLongDate(date, today).endsWith(date.slice(0, 4)), shown);
    });
  }
});

describe('clock and date-time words', () => {
  it('writes 24-hour wall-clock times without a leading zero, in Brussels', () => {
    assert.equal(formatWallClock(at('2026-12-03T09:05:00+01:00')), '9:05');
    assert.equal(formatWallClock(at('2026-07-21T21:30:00+02:00')), '21:30');
    assert.equal(formatWallClock(at('2026-12-04T00:00:00+01:00')), '0:00');
  });

  it('ends an opening at "middernacht" only at the midnight that closes its own day', () => {
    assert.equal(formatEndOnDay(at('2026-12-04T00:00:00+01:00'), '2026-12-03'), 'middernacht');
    // Summer time and the night of the clock change keep the word.
    assert.equal(formatEndOnDay(at('2026-07-22T00:00:00+02:00'), '2026-07-21'), 'middernacht');
    assert.equal(formatEndOnDay(at('2026-03-30T00:00:00+02:00'), '2026-03-29'), 'middernacht');
    // Midnight a day later, or a minute before midnight, is a clock time.
    assert.equal(formatEndOnDay(at('2026-12-05T00:00:00+01:00'), '2026-12-03'), '0:00');
    assert.equal(formatEndOnDay(at('2026-12-03T23:59:00+01:00'), '2026-12-03'), '23:59');
    assert.equal(formatEndOnDay(at('2026-12-04T02:00:00+01:00'), '2026-12-03'), '2:00');
  });

  it('says "vrijdag 27 november om 14:03", with the year by the rule', () => {
    const imported = at('2026-11-27T14:03:00+01:00');
    assert.equal(formatDateTime(imported, '2026-12-01'), 'vrijdag 27 november om 14:03');
    assert.equal(formatDateTime(imported, null), 'vrijdag 27 november 2026 om 14:03');
  });

  it('gives an activity without a photo a calendar leaf: "20 dec", "3 mrt"', () => {
    assert.deepEqual(dayTile('2026-12-20'), { day: '20', month: 'dec' });
    assert.deepEqual(dayTile('2027-03-03'), { day: '3', month: 'mrt' });
    assert.deepEqual(dayTile('2027-05-01'), { day: '1', month: 'mei' });
  });
});
