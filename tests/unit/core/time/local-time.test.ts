import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import {
  addDays,
  daysBetween,
  instantAt,
  localDateOf,
  localMinutesOf,
  nextMidnight,
  weekdayOf,
} from '../../../../core/time/local-time';
import { at } from '../hours/fixtures';

const HOUR = 3_600_000;

describe('local time in Europe/Brussels', () => {
  it('places ordinary wall times in winter and summer', () => {
    assert.equal(instantAt('2026-12-03', 9 * 60), at('2026-12-03T09:00:00+01:00'));
    assert.equal(instantAt('2026-07-21', 9 * 60), at('2026-07-21T09:00:00+02:00'));
    assert.equal(instantAt('2026-12-31', 24 * 60), at('2027-01-01T00:00:00+01:00'));
  });

  it('starts a time in the skipped spring hour at 03:00 summer time', () => {
    assert.equal(instantAt('2027-03-28', 2 * 60), at('2027-03-28T03:00:00+02:00'));
    assert.equal(instantAt('2027-03-28', 2 * 60 + 30), at('2027-03-28T03:00:00+02:00'));
    assert.equal(instantAt('2027-03-28', 2 * 60 + 59), at('2027-03-28T03:00:00+02:00'));
    assert.equal(instantAt('2027-03-28', 3 * 60), at('2027-03-28T03:00:00+02:00'));
    assert.equal(instantAt('2027-03-28', 1 * 60 + 59), at('2027-03-28T01:59:00+01:00'));
  });

  it('takes the first occurrence of a time in the repeated autumn hour', () => {
    assert.equal(instantAt('2026-10-25', 2 * 60 + 30), at('2026-10-25T02:30:00+02:00'));
    assert.equal(instantAt('2026-10-25', 3 * 60), at('2026-10-25T03:00:00+01:00'));
  });

  it('reads the Brussels day, not the UTC day, late in the evening and just after midnight', () => {
    assert.equal(localDateOf(at('2026-12-07T23:30:00+01:00')), '2026-12-07');
    assert.equal(localDateOf(at('2026-12-08T00:30:00+01:00')), '2026-12-08');
    assert.equal(localDateOf(at('2026-07-21T00:30:00+02:00')), '2026-07-21');
    assert.equal(localMinutesOf(at('2026-07-21T00:30:00+02:00')), 30);
    assert.equal(localMinutesOf(at('2026-10-25T02:30:00+01:00')), 150);
  });

  it('switches offset exactly at 01:00 UTC on both change days, read in any order', () => {
    const spring = at('2027-03-28T01:00:00Z');
    const autumn = at('2026-10-25T01:00:00Z');
    // Later instants first, so an hour looked up once cannot answer for its neighbour.
    assert.equal(localMinutesOf(spring), 3 * 60);
    assert.equal(localMinutesOf(spring - 1), 2 * 60 - 1);
    assert.equal(localMinutesOf(autumn), 2 * 60);
    assert.equal(localMinutesOf(autumn - 1), 3 * 60 - 1);
    assert.equal(localDateOf(at('2026-12-31T23:00:00Z')), '2027-01-01');
    assert.equal(localDateOf(at('2026-12-31T23:00:00Z') - 1), '2026-12-31');
  });

  it("reads the same Brussels wall clock as luxon's tz data every 37 minutes from 2026 to 2028", () => {
    const end = at('2029-01-01T00:00:00Z');
    for (let t = at('2026-01-01T00:00:00Z'); t < end; t += 37 * 60_000) {
      const luxon = DateTime.fromMillis(t, { zone: 'Europe/Brussels' });
      assert.equal(localDateOf(t), luxon.toISODate());
      assert.equal(localMinutesOf(t), luxon.hour * 60 + luxon.minute);
    }
  });

  it('finds the next midnight on 23- and 25-hour days', () => {
    const spring = at('2027-03-28T00:00:00+01:00');
    assert.equal(nextMidnight(spring) - spring, 23 * HOUR);
    const autumn = at('2026-10-25T00:00:00+02:00');
    assert.equal(nextMidnight(autumn) - autumn, 25 * HOUR);
    assert.equal(nextMidnight(at('2026-12-31T23:59:59.999+01:00')), at('2027-01-01T00:00:00+01:00'));
  });

  it('does calendar arithmetic on days', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
    assert.equal(daysBetween('2026-12-23', '2027-01-05'), 13);
    assert.equal(daysBetween('2027-03-27', '2027-03-29'), 2);
    assert.equal(weekdayOf('2026-12-07'), 'monday');
    assert.equal(weekdayOf('2027-03-28'), 'sunday');
  });
});
