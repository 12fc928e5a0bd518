import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activityGroup,
  describeActivityTime,
  instantOfLocal,
} from '../../../../core/activities/activity-time';
import { isSkippedLocal, shownLocal } from '../../../../core/time/skipped-hour';
import { brussels } from '../deck/deck-fixtures';

describe('activity time in words', () => {
  const today = '2026-12-01'; // a Tuesday

  it('says "Vandaag · 14:00 – 16:00" for this afternoon', () => {
    assert.equal(
      describeActivityTime('2026-12-01T14:00', '2026-12-01T16:00', today),
      'Vandaag · 14:00 – 16:00',
    );
  });

  it('says "Morgen · 9:30 – 11:30" for tomorrow morning, without a leading zero', () => {
    assert.equal(
      describeActivityTime('2026-12-02T09:30', '2026-12-02T11:30', today),
      'Morgen · 9:30 – 11:30',
    );
  });

  it('says "donderdag 3 december · 9:30 – 11:30" for a later day', () => {
    assert.equal(
      describeActivityTime('2026-12-03T09:30', '2026-12-03T11:30', today),
      'donderdag 3 december · 9:30 – 11:30',
    );
  });

  it('writes the year only for a day in another year more than half a year away', () => {
    assert.equal(
      describeActivityTime('2027-01-14T10:00', '2027-01-14T12:00', today),
      'donderdag 14 januari · 10:00 – 12:00',
    );
    assert.equal(
      describeActivityTime('2027-09-02T10:00', '2027-09-02T12:00', today),
      'donderdag 2 september 2027 · 10:00 – 12:00',
    );
  });

  it('names both days for an activity across midnight, and says "middernacht" for one ending as its day does', () => {
    assert.equal(
      describeActivityTime('2026-12-04T20:00', '2026-12-05T02:00', today),
      'vrijdag 4 december 20:00 – zaterdag 5 december 2:00',
    );
    assert.equal(
      describeActivityTime('2026-12-01T20:00', '2026-12-02T02:00', today),
      'Vandaag 20:00 – morgen 2:00',
    );
    assert.equal(
      describeActivityTime('2026-12-01T20:00', '2026-12-02T00:00', today),
      'Vandaag · 20:00 – middernacht',
    );
    // Over more days, the midnight a day ends with, not the next day at 0:00.
    assert.equal(
      describeActivityTime('2026-11-30T10:00', '2026-12-03T00:00', today),
      'Gisteren 10:00 – morgen middernacht',
    );
    assert.equal(
      describeActivityTime('2026-12-04T10:00', '2026-12-06T00:00', today),
      'vrijdag 4 december 10:00 – zaterdag 5 december middernacht',
    );
  });

  it('says "Gisteren 20:00 – vandaag 2:00" for one under way since yesterday', () => {
    assert.equal(
      describeActivityTime('2026-11-30T20:00', '2026-12-01T02:00', today),
      'Gisteren 20:00 – vandaag 2:00',
    );
  });
});

describe('activity times on the nights the clock changes', () => {
  const today = '2027-03-25'; // a Thursday; summer time begins on Sunday 28 March 2027

  it('shows 2:30 on the spring night as 3:00, the time the clock shows when the activity begins', () => {
    assert.equal(
      describeActivityTime('2027-03-28T02:30', '2027-03-28T05:00', today),
      'zondag 28 maart · 3:00 – 5:00',
    );
    assert.equal(
      describeActivityTime('2027-03-28T02:30', '2027-03-28T05:00', '2027-03-28'),
      'Vandaag · 3:00 – 5:00',
    );
    // The screen's time is the instant the app sorts and plans by.
    assert.equal(instantOfLocal('2027-03-28T02:30'), Date.parse('2027-03-28T01:00:00Z'));
    assert.equal(instantOfLocal('2027-03-28T02:30'), brussels('2027-03-28T03:00'));
  });

  it('shows an end in the skipped hour as 3:00 too, also across midnight', () => {
    assert.equal(
      describeActivityTime('2027-03-28T01:30', '2027-03-28T02:30', today),
      'zondag 28 maart · 1:30 – 3:00',
    );
    assert.equal(
      describeActivityTime('2027-03-27T21:00', '2027-03-28T02:30', today),
      'zaterdag 27 maart 21:00 – zondag 28 maart 3:00',
    );
  });

  it('leaves 2:30 on a normal night and on the autumn night (the repeated hour) as written', () => {
    assert.equal(
      describeActivityTime('2027-03-21T02:30', '2027-03-21T05:00', today),
      'zondag 21 maart · 2:30 – 5:00',
    );
    assert.equal(
      describeActivityTime('2027-10-31T02:30', '2027-10-31T05:00', '2027-10-28'),
      'zondag 31 oktober · 2:30 – 5:00',
    );
    assert.equal(
      describeActivityTime('2027-10-30T21:00', '2027-10-31T02:30', '2027-10-28'),
      'zaterdag 30 oktober 21:00 – zondag 31 oktober 2:30',
    );
  });

  const table: [written: string, shown: string][] = [
    ['2027-03-28T01:59', '2027-03-28T01:59'],
    ['2027-03-28T02:00', '2027-03-28T03:00'],
    ['2027-03-28T02:30', '2027-03-28T03:00'],
    ['2027-03-28T02:59', '2027-03-28T03:00'],
    ['2027-03-28T03:00', '2027-03-28T03:00'],
    ['2026-03-29T02:30', '2026-03-29T03:00'],
    ['2027-03-21T02:30', '2027-03-21T02:30'],
    ['2027-10-31T02:30', '2027-10-31T02:30'],
    ['2026-12-03T09:30', '2026-12-03T09:30'],
  ];
  for (const [written, shown] of table) {
    it(`reads "${written}" as the clock shows it: "${shown}"`, () => {
      assert.equal(shownLocal(written), shown);
      assert.equal(isSkippedLocal(written), written !== shown);
    });
  }
});

describe('activity groups', () => {
  const table: [now: string, start: string, group: string][] = [
    // Tuesday 1 December 2026, 10:00
    ['2026-12-01T10:00', '2026-12-01T15:00', 'Vandaag'],
    ['2026-12-01T10:00', '2026-12-01T09:00', 'Vandaag'], // under way
    ['2026-12-01T10:00', '2026-12-02T09:00', 'Morgen'],
    ['2026-12-01T10:00', '2026-12-03T09:00', 'Deze week'],
    ['2026-12-01T10:00', '2026-12-06T18:00', 'Deze week'], // Sunday ends the week
    ['2026-12-01T10:00', '2026-12-07T09:00', 'Later'], // next Monday
    // across midnight
    ['2026-11-30T23:59', '2026-12-01T09:00', 'Morgen'],
    ['2026-12-01T00:01', '2026-12-01T09:00', 'Vandaag'],
    ['2026-11-30T23:59', '2026-12-02T09:00', 'Deze week'],
    ['2026-12-01T00:01', '2026-12-02T09:00', 'Morgen'],
    // across a week boundary
    ['2026-12-04T12:00', '2026-12-06T09:00', 'Deze week'], // Friday → Sunday
    ['2026-12-04T12:00', '2026-12-07T09:00', 'Later'], // Friday → next Monday
    ['2026-12-05T12:00', '2026-12-06T09:00', 'Morgen'], // Saturday → Sunday
    ['2026-12-06T12:00', '2026-12-07T09:00', 'Morgen'], // Sunday → Monday
    ['2026-12-06T12:00', '2026-12-08T09:00', 'Later'], // Sunday → next Tuesday
    ['2026-12-06T23:59', '2026-12-08T09:00', 'Later'],
    ['2026-12-07T00:00', '2026-12-08T09:00', 'Morgen'],
    ['2026-12-07T00:00', '2026-12-09T09:00', 'Deze week'],
    // the night the clocks go forward (Sunday 28 March 2027)
    ['2027-03-27T23:30', '2027-03-28T09:30', 'Morgen'],
    ['2027-03-28T03:30', '2027-03-28T09:30', 'Vandaag'],
  ];
  for (const [now, start, group] of table) {
    it(`puts an activity at ${start} under "${group}" at ${now}`, () => {
      assert.equal(activityGroup(start, brussels(now)), group);
    });
  }
});

describe('content date-times as instants', () => {
  it('reads them as Brussels wall-clock time, winter and summer', () => {
    assert.equal(instantOfLocal('2026-12-03T09:30'), Date.parse('2026-12-03T08:30:00Z'));
    assert.equal(instantOfLocal('2027-03-28T09:30'), Date.parse('2027-03-28T07:30:00Z'));
  });
});
