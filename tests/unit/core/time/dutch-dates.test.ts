import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { formatLongDate } from '../../../../core/time/dutch-dates';

describe('Dutch long dates', () => {
  it('says "donderdag 3 december" for 2026-12-03', () => {
    assert.equal(formatLongDate('2026-12-03'), 'donderdag 3 december');
  });

  it('adds the year when asked: "donderdag 14 januari 2027"', () => {
    assert.equal(formatLongDate('2027-01-14', true), 'donderdag 14 januari 2027');
  });

  it('agrees with luxon in nl-BE for every day of 2026 to 2028', () => {
    let day = DateTime.fromISO('2026-01-01', { zone: 'Europe/Brussels', locale: 'nl-BE' });
    while (day.year < 2029) {
      assert.equal(formatLongDate(day.toISODate()!), day.toFormat('cccc d LLLL'));
      day = day.plus({ days: 1 });
    }
  });
});
