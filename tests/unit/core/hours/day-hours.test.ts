import assert from 'node:assert/strict';
import type { Location } from '../../../../core/content/schema';
import { describe, it } from 'node:test';
import { exceptionOn, hasWeeklyHours, hoursOn, lastDayInForce } from '../../../../core/hours/day-hours';
import { openingsFrom } from '../../../../core/hours/openings';
import { addDays } from '../../../../core/time/local-time';
import { at, bijloke, place } from './fixtures';

describe('hoursOn: which hours apply on a day', () => {
  it('uses the weekly hours on an ordinary day', () => {
    assert.deepEqual(hoursOn(bijloke, '2026-12-03'), {
      kind: 'weekly',
      intervals: [{ from: '09:00', until: '12:00' }],
    });
    assert.deepEqual(hoursOn(bijloke, '2026-12-04'), { kind: 'weekly', intervals: [] });
  });

  it('lets the shortest exception win, and the last written among equals', () => {
    const loc = place({
      hours: { thursday: [{ from: '09:00', until: '12:00' }] },
      exceptions: [
        { from: '2026-12-20', to: '2027-01-05', closed: true, note: 'lang' },
        { from: '2026-12-30', hours: [{ from: '10:00', until: '11:00' }], note: 'eerste' },
        { from: '2026-12-30', hours: [{ from: '14:00', until: '15:00' }], note: 'tweede' },
      ],
    });
    assert.equal(exceptionOn(loc, '2026-12-29')?.note, 'lang');
    assert.equal(exceptionOn(loc, '2026-12-30')?.note, 'tweede');
    assert.equal(exceptionOn(loc, '2027-01-06'), undefined);
  });

  it('ends the run of an exception where a shorter one inside it takes over, by the same rule, unless both are closed', () => {
    const loc = place({
      exceptions: [
        { from: '2026-12-20', to: '2027-01-05', closed: true, note: 'lang' },
        { from: '2026-12-24', to: '2026-12-25', closed: true, note: 'kerst' },
        { from: '2026-12-30', hours: [{ from: '10:00', until: '11:00' }], note: 'extra' },
        // Longer than "lang" (it loses) and as long as "kerst" but written before it (it loses too).
        { from: '2026-12-22', to: '2027-01-10', closed: true, note: 'langer' },
        { from: '2026-12-23', to: '2026-12-24', closed: true, note: 'vroeger' },
      ],
    });
    const [lang, kerst, extra] = loc.exceptions;
    // Closed days inside it ("vroeger", "kerst") keep the closure going; the opening on the 30th ends it.
    assert.equal(lastDayInForce(loc, lang!, '2026-12-20'), '2026-12-29');
    assert.equal(exceptionOn(loc, '2026-12-23')?.note, 'vroeger');
    assert.equal(lastDayInForce(loc, kerst!, '2026-12-24'), '2026-12-25');
    assert.equal(lastDayInForce(loc, lang!, '2026-12-26'), '2026-12-29');
    assert.equal(lastDayInForce(loc, extra!, '2026-12-30'), '2026-12-30');
    assert.equal(lastDayInForce(loc, lang!, '2026-12-31'), '2027-01-05');
    // Each run ends on a day exceptionOn still gives it, and the next day it gives another.
    for (const [ex, date] of [
      [lang!, '2026-12-20'],
      [lang!, '2026-12-26'],
      [lang!, '2026-12-31'],
    ] as const) {
      const last = lastDayInForce(loc, ex, date);
      assert.equal(exceptionOn(loc, last), ex);
      assert.notEqual(exceptionOn(loc, addDays(last, 1)), ex);
    }
  });

  it('closes on a public holiday only when it takes hours away', () => {
    const loc = place({ hours: { thursday: [{ from: '09:00', until: '12:00' }] } });
    assert.deepEqual(hoursOn(loc, '2027-05-06'), {
      kind: 'holiday',
      intervals: [],
      holiday: 'O.L.H. Hemelvaart',
    });
    assert.deepEqual(hoursOn(loc, '2027-03-29'), { kind: 'weekly', intervals: [] });
    assert.equal(hoursOn({ ...loc, publicHolidays: 'open' }, '2027-05-06').kind, 'weekly');
  });

  it('knows whether there are weekly hours at all', () => {
    assert.equal(hasWeeklyHours(bijloke), true);
    assert.equal(hasWeeklyHours(place({ hours: { monday: [] } })), false);
  });
});

describe('openingsFrom: the stream of openings', () => {
  it('ignores an empty interval and one wholly inside the skipped spring hour', () => {
    // The schema refuses an empty block; the engine still must not trip over one (defence in depth).
    const loc: Location = {
      ...place({}),
      hours: {
        sunday: [
          { from: '02:10', until: '02:50' },
          { from: '10:00', until: '10:00' },
          { from: '11:00', until: '12:00' },
        ],
      },
    };
    assert.deepEqual(
      [...openingsFrom(loc, '2027-03-28', 1)],
      [{ start: at('2027-03-28T11:00:00+02:00'), end: at('2027-03-28T12:00:00+02:00') }],
    );
  });

  it('merges overlapping and touching intervals into one opening', () => {
    const loc = place({
      hours: {
        monday: [
          { from: '09:00', until: '11:00' },
          { from: '10:30', until: '12:00' },
          { from: '22:00', until: '24:00' },
        ],
        tuesday: [{ from: '00:00', until: '01:00' }],
      },
    });
    assert.deepEqual(
      [...openingsFrom(loc, '2026-12-07', 2)],
      [
        { start: at('2026-12-07T09:00:00+01:00'), end: at('2026-12-07T12:00:00+01:00') },
        { start: at('2026-12-07T22:00:00+01:00'), end: at('2026-12-08T01:00:00+01:00') },
      ],
    );
  });
});
