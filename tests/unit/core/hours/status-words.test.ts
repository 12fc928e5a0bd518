import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { LocationStatus } from '../../../../core/hours/status';
import { dayText, stateLabel, statusWords } from '../../../../core/hours/status-words';
import { formatWallClock } from '../../../../core/time/dutch-dates';
import { at } from './fixtures';

const closed = (fields: Partial<LocationStatus>): LocationStatus => ({
  state: 'closed',
  current: null,
  next: null,
  reason: null,
  nextChangeAt: null,
  ...fields,
});

describe('status words', () => {
  it('names days: vandaag, a weekday for six days, a date from a week, the year when far', () => {
    assert.equal(dayText('2026-12-07', '2026-12-07'), 'vandaag');
    assert.equal(dayText('2026-12-08', '2026-12-07'), 'dinsdag');
    assert.equal(dayText('2026-12-13', '2026-12-07'), 'zondag');
    assert.equal(dayText('2026-12-14', '2026-12-07'), 'maandag 14 december');
    assert.equal(dayText('2027-11-01', '2026-12-07'), 'maandag 1 november 2027');
  });

  it('writes 24-hour times without a leading zero, in Brussels, through both DST changes', () => {
    // Every 7 minutes through both DST change days, as luxon writes H:mm in Brussels.
    for (const day of ['2026-10-25T00:00:00+02:00', '2027-03-28T00:00:00+01:00']) {
      for (let t = at(day); t < at(day) + 86_400_000; t += 7 * 60_000) {
        assert.equal(
          formatWallClock(t),
          DateTime.fromMillis(t, { zone: 'Europe/Brussels' }).toFormat('H:mm'),
        );
      }
    }
  });

  it('labels the indicator with the state now, never the countdown', () => {
    assert.deepEqual(
      (['open', 'closing-soon', 'closed', 'opening-soon', 'unknown'] as const).map(stateLabel),
      ['Open', 'Open', 'Gesloten', 'Gesloten', 'Onbekend'],
    );
  });

  it('leaves out the parentheses when a closure has no note', () => {
    const now = at('2026-12-23T12:00:00+01:00');
    const status = closed({ reason: { kind: 'exception', lastDay: '2027-01-03' } });
    assert.deepEqual(statusWords(status, now), { headline: 'Gesloten tot en met 3 januari' });
  });

  it('says plainly that no opening is planned', () => {
    assert.deepEqual(statusWords(closed({}), at('2026-12-23T12:00:00+01:00')), {
      headline: 'Gesloten',
      detail: 'Nog geen nieuwe opening gepland',
    });
  });

  it('says "tot middernacht" for an opening that ends as today does', () => {
    const now = at('2026-12-07T21:00:00+01:00');
    const status: LocationStatus = {
      ...closed({}),
      state: 'open',
      current: { start: at('2026-12-07T20:00:00+01:00'), end: at('2026-12-08T00:00:00+01:00') },
    };
    assert.deepEqual(statusWords(status, now), { headline: 'Nu open · tot middernacht' });
  });

  it('names the day an opening of more than a night ends', () => {
    const now = at('2026-12-07T10:00:00+01:00');
    const status: LocationStatus = {
      ...closed({}),
      state: 'open',
      current: { start: at('2026-12-07T09:00:00+01:00'), end: at('2026-12-09T14:00:00+01:00') },
    };
    assert.deepEqual(statusWords(status, now), { headline: 'Nu open · tot woensdag 14:00' });
  });
});
