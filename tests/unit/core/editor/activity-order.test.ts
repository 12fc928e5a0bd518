import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isPastActivity,
  sortNewestFirst,
  withoutPastActivities,
} from '../../../../core/editor/activity-order';

const a = (start: string, end = start) => ({ title: start, start, end });

describe('activity order in the editor', () => {
  it('lists the latest activity first', () => {
    const sorted = sortNewestFirst([a('2026-12-03T09:30'), a('2027-01-14T10:00'), a('2026-12-19T14:00')]);
    assert.deepEqual(
      sorted.map((x) => x.start),
      ['2027-01-14T10:00', '2026-12-19T14:00', '2026-12-03T09:30'],
    );
  });

  it('keeps a new activity without a date on top', () => {
    const sorted = sortNewestFirst([a('2026-12-03T09:30'), { title: 'nieuw', start: 'T', end: 'T' }]);
    assert.equal(sorted[0]!.title, 'nieuw');
  });

  it('calls an activity past once its end has gone by, not at its start', () => {
    const soup = a('2026-12-03T09:30', '2026-12-03T11:30');
    assert.equal(isPastActivity(soup, '2026-12-03T10:00'), false);
    assert.equal(isPastActivity(soup, '2026-12-03T11:30'), true);
    assert.equal(isPastActivity({ start: 'T', end: 'T' }, '2026-12-03T11:30'), false);
  });

  it('removes only the past activities', () => {
    const left = withoutPastActivities(
      [a('2026-12-03T09:30', '2026-12-03T11:30'), a('2026-12-19T14:00', '2026-12-19T16:00')],
      '2026-12-10T12:00',
    );
    assert.deepEqual(
      left.map((x) => x.start),
      ['2026-12-19T14:00'],
    );
  });
});
