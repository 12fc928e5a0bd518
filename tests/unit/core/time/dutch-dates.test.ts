import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { formatDayMonth, formatLongDate } from '../../../../core/time/dutch-dates';

describe('Dutch long dates', () => {
  it('says "donderdag 3 december" for 2026-12-03', () => {
    assert.equal(formatLongDate('2026-12-03'), 'donderdag 3 december');
  });

  it('adds the year when asked: "donderdag 14 januari 2027"', () => {
    assert.equal(formatLongDate('2027-01-14', true), 'donderdag 14 januari 2027');
  });

  it('says "3 december" and "3 december 2026" without the weekday', () => {
    assert.equal(formatDayMonth('2026-12-03'), '3 december');
    assert.equal(formatDayMonth('2026-12-03', true), '3 december 2026');
  });

  it('agrees with luxon in nl-BE for every day of 2026 to 2028', () => {
    let day = DateTime.fromISO('2026-01-01', { zone: 'Europe/Brussels', locale: 'nl-BE' });
    while (day.year < 2029) {
      assert.equal(formatLongDate(day.toISODate()!), day.toFormat('cccc d LLLL'));
      assert.equal(formatDayMonth(day.toISODate()!, true), day.toFormat('d LLLL yyyy'));
      day = day.plus({ days: 1 });
    }
  });
});
