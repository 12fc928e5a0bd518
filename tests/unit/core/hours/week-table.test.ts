/**
 * The week table says what holds on each date of this week, never the regular hours on a closed
 * day: table-driven at fixed instants (closures, other hours, public holidays, a closure from
 * mid-week, a week across new year, both DST weeks, no regular hours), then a property against statusAt.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Location } from '../../../../core/content/schema';
import { localDateOf } from '../../../../core/time/local-time';
import { statusAt } from '../../../../core/hours/status';
import { statusWords } from '../../../../core/hours/status-words';
import { carriedInto, regularWeekTable, weekTable, type WeekRow } from '../../../../core/hours/week-table';
import { formatWallClock } from '../../../../core/time/dutch-dates';
import { instant, location } from './arbitraries';
import { at, bijloke, hofTenRode, place } from './fixtures';

/** "Maandag gesloten", "Dinsdag 10:00 – 13:00 (vandaag)": one line per row. */
const lines = (rows: WeekRow[]) => rows.map((r) => `${r.name} ${r.hours}${r.today ? ' (vandaag)' : ''}`);

const mondays = { monday: [{ from: '09:00', until: '12:00' }] };

describe('week table', () => {
  it('shows the Christmas closure on every day of the week of Tuesday 29 December, today included', () => {
    const rows = weekTable(hofTenRode, '2026-12-29');
    assert.deepEqual(lines(rows), [
      'Maandag gesloten',
      'Dinsdag gesloten (vandaag)',
      'Woensdag gesloten',
      'Donderdag gesloten',
      'Vrijdag gesloten',
      'Zaterdag gesloten',
      'Zondag gesloten',
    ]);
    // Tuesday is marked as a change from the regular 10:00 – 13:00; the others were closed anyway.
    assert.deepEqual(
      rows.map((r) => [r.open, r.changed]),
      rows.map((r) => [false, r.day === 'tuesday']),
    );
  });

  it('runs Monday to Sunday across new year: Thursday 31 December closed, regular hours the week after', () => {
    assert.deepEqual(
      [weekTable(bijloke, '2027-01-01')[3]!.hours, weekTable(bijloke, '2027-01-01')[3]!.changed],
      ['gesloten', true],
    );
    assert.equal(weekTable(bijloke, '2027-01-04')[3]!.hours, '9:00 – 12:00');
    assert.equal(weekTable(bijloke, '2027-01-04')[3]!.changed, false);
  });

  it('closes from the day a closure starts mid-week, and not a day before', () => {
    const location = {
      ...hofTenRode,
      hours: { ...hofTenRode.hours, thursday: [{ from: '14:00', until: '16:00' }] },
    };
    // Without a closure the week is whole; with one from Wednesday 23, Tuesday 22 still opens.
    assert.deepEqual(
      lines(weekTable(location, '2026-12-15')).filter((l) => !l.includes(' gesloten')),
      ['Dinsdag 10:00 – 13:00 (vandaag)', 'Donderdag 14:00 – 16:00'],
    );
    const closing = {
      ...location,
      exceptions: [{ from: '2026-12-23', to: '2026-12-27', closed: true as const }],
    };
    assert.deepEqual(lines(weekTable(closing, '2026-12-21')).slice(1, 4), [
      'Dinsdag 10:00 – 13:00',
      'Woensdag gesloten',
      'Donderdag gesloten',
    ]);
  });

  it('says "gesloten (feestdag)" on a public holiday that takes the hours away, unless told to open', () => {
    // Easter Monday 2027 is 29 March; 1 May 2027 is a Saturday.
    const closedOnHolidays = place({ hours: mondays });
    assert.equal(weekTable(closedOnHolidays, '2027-03-31')[0]!.hours, 'gesloten (feestdag)');
    assert.equal(weekTable(closedOnHolidays, '2027-03-31')[0]!.changed, true);
    const open = place({ hours: mondays, publicHolidays: 'open' });
    assert.equal(weekTable(open, '2027-03-31')[0]!.hours, '9:00 – 12:00');
    // On a day it is closed anyway, the holiday is not worth a word.
    assert.equal(weekTable(closedOnHolidays, '2027-04-28')[5]!.hours, 'gesloten');
  });

  it('shows other hours from an exception, also on a holiday', () => {
    const location = place({
      hours: mondays,
      exceptions: [
        { from: '2026-12-05', hours: [{ from: '14:00', until: '17:00' }], note: 'kerstmarkt' },
        { from: '2027-03-29', hours: [{ from: '10:00', until: '11:00' }] },
      ],
    });
    const row = weekTable(location, '2026-12-01')[5]!;
    assert.deepEqual([row.name, row.hours, row.open, row.changed], ['Zaterdag', '14:00 – 17:00', true, true]);
    assert.equal(weekTable(location, '2027-03-29')[0]!.hours, '10:00 – 11:00');
  });

  it('says "middernacht" for a block until 24:00 and names the next morning for one past midnight', () => {
    const late = place({
      hours: { friday: [{ from: '20:00', until: '24:00' }], saturday: [{ from: '22:00', until: '02:00' }] },
    });
    const rows = weekTable(late, '2026-12-01');
    assert.deepEqual([rows[4]!.hours, rows[5]!.hours], ['20:00 – middernacht', '22:00 – 2:00']);
  });

  it('writes the hours as they happen in both DST weeks', () => {
    const night = place({
      hours: { sunday: [{ from: '01:30', until: '03:30' }], saturday: [{ from: '02:00', until: '02:30' }] },
      exceptions: [{ from: '2027-03-27', hours: [{ from: '02:30', until: '04:00' }] }],
    });
    // Spring: Sunday 28 March 2027, 2:00 → 3:00. Saturday's exception is an ordinary night.
    const spring = weekTable(night, '2027-03-28');
    assert.deepEqual([spring[5]!.hours, spring[6]!.hours], ['2:30 – 4:00', '1:30 – 3:30']);
    const gap = place({
      hours: {
        sunday: [
          { from: '02:00', until: '02:30' },
          { from: '02:30', until: '04:00' },
        ],
      },
    });
    // The first block lies wholly in the skipped hour; the second starts when the clock reaches 3:00.
    // The clock change is no change of hours: nothing in the list of changes would explain a mark.
    assert.deepEqual(weekTable(gap, '2027-03-28')[6]!, {
      day: 'sunday',
      name: 'Zondag',
      hours: '3:00 – 4:00',
      open: true,
      today: true,
      changed: false,
    });
    // Autumn: Sunday 25 October 2026, 3:00 → 2:00: the first 2:30 is meant.
    assert.equal(weekTable(gap, '2026-10-25')[6]!.hours, '2:00 – 2:30, 2:30 – 4:00');
    assert.equal(weekTable(gap, '2026-10-25')[6]!.changed, false);
  });

  it('does not mark a night opening whose end moves to 3:00 when the clock jumps in spring', () => {
    // Saturday 27 March 2027, 20:00 – 2:00: at 2:00 the clock jumps to 3:00, as the status says.
    const night = place({ hours: { saturday: [{ from: '20:00', until: '02:00' }] } });
    const spring = weekTable(night, '2027-03-27')[5]!;
    assert.deepEqual([spring.hours, spring.changed], ['20:00 – 3:00', false]);
    const autumn = weekTable(night, '2027-10-30')[5]!;
    assert.deepEqual([autumn.hours, autumn.changed], ['20:00 – 2:00', false]);
    // An exception that changes that night's hours is still a change.
    const later = place({
      hours: { saturday: [{ from: '20:00', until: '02:00' }] },
      exceptions: [{ from: '2027-03-27', hours: [{ from: '21:00', until: '02:00' }] }],
    });
    assert.equal(weekTable(later, '2027-03-27')[5]!.changed, true);
  });

  it("lists a day's blocks earliest first and never marks the order they are written in", () => {
    const hours = {
      monday: [
        { from: '13:30', until: '16:00' },
        { from: '09:00', until: '12:00' },
      ],
    };
    const row = weekTable(place({ hours }), '2026-12-07')[0]!;
    assert.deepEqual([row.hours, row.changed], ['9:00 – 12:00, 13:30 – 16:00', false]);
    assert.equal(regularWeekTable(place({ hours }))[0]!.hours, '9:00 – 12:00, 13:30 – 16:00');
    // An exception with the same blocks in the other order gives the same hours: no mark either.
    const same = place({ hours, exceptions: [{ from: '2026-12-07', hours: [...hours.monday].reverse() }] });
    assert.equal(weekTable(same, '2026-12-07')[0]!.changed, false);
  });

  describe("while last night's opening still runs", () => {
    /** Today's row at `now`. */
    const todayRow = (loc: Location, now: number) =>
      weekTable(loc, localDateOf(now), carriedInto(statusAt(loc, now), localDateOf(now))).find(
        (r) => r.today,
      )!;
    const sundayNight = { sunday: [{ from: '20:00', until: '02:00' }] };

    it('says "Maandag tot 2:00" just after midnight, then "gesloten" once it has closed', () => {
      const loc = place({ hours: sundayNight });
      const row = todayRow(loc, at('2026-12-07T00:30:00+01:00'));
      assert.deepEqual([row.name, row.hours, row.open, row.changed], ['Maandag', 'tot 2:00', true, false]);
      assert.equal(todayRow(loc, at('2026-12-07T02:00:00+01:00')).hours, 'gesloten');
    });

    it("says so for a one-day exception on the Sunday before, outside this week's table", () => {
      const loc = place({
        hours: { tuesday: [{ from: '10:00', until: '13:00' }] },
        exceptions: [{ from: '2027-01-03', hours: [{ from: '20:00', until: '02:00' }] }],
      });
      assert.equal(todayRow(loc, at('2027-01-04T00:30:00+01:00')).hours, 'tot 2:00');
    });

    it('reads as the days around it in the middle of an opening of several whole days', () => {
      const weekend = place({
        hours: { thursday: [{ from: '09:00', until: '12:00' }] },
        exceptions: [
          {
            from: '2026-12-04',
            to: '2026-12-06',
            hours: [{ from: '00:00', until: '24:00' }],
            note: 'buurtfeest',
          },
        ],
      });
      for (const now of ['2026-12-05T10:00:00+01:00', '2026-12-06T10:00:00+01:00']) {
        const row = todayRow(weekend, at(now));
        assert.deepEqual([row.hours, row.open], ['0:00 – middernacht', true], now);
      }
    });

    it("puts it before the day's own hours, and before a closure that follows it", () => {
      const loc = place({
        hours: { thursday: [{ from: '20:00', until: '02:00' }], friday: [{ from: '09:00', until: '12:00' }] },
      });
      assert.equal(todayRow(loc, at('2027-01-08T00:30:00+01:00')).hours, 'tot 2:00, 9:00 – 12:00');
      // An opening that began today is not carried: Friday 9:00 – 12:00 reads as always at 10:00.
      assert.equal(todayRow(loc, at('2027-01-08T10:00:00+01:00')).hours, '9:00 – 12:00');
      // Friday 1 January 2027 is New Year's Day: "Vandaag: gesloten vanaf 2:00 (Nieuwjaar)" below.
      const newYear = todayRow(loc, at('2027-01-01T00:30:00+01:00'));
      assert.deepEqual(
        [newYear.hours, newYear.open, newYear.changed],
        ['tot 2:00, daarna gesloten (feestdag)', true, true],
      );
    });
  });

  it('leaves the table out for a buurtpunt without regular hours, unless it opens this week', () => {
    assert.deepEqual(weekTable(place({}), '2026-12-01'), []);
    assert.deepEqual(regularWeekTable(place({})), []);
    const once = place({ exceptions: [{ from: '2026-12-03', hours: [{ from: '10:00', until: '12:00' }] }] });
    assert.deepEqual(
      weekTable(once, '2026-12-01')
        .filter((r) => r.open)
        .map((r) => `${r.name} ${r.hours}`),
      ['Donderdag 10:00 – 12:00'],
    );
    assert.equal(weekTable(once, '2026-12-08').length, 0);
  });

  it('shows the regular hours, undated and without today, when the clock cannot be trusted', () => {
    assert.deepEqual(
      regularWeekTable(hofTenRode)
        .filter((r) => r.open)
        .map((r) => `${r.name} ${r.hours}`),
      ['Dinsdag 10:00 – 13:00'],
    );
    assert.ok(regularWeekTable(hofTenRode).every((r) => !r.today && !r.changed));
  });

  it('never contradicts the status above it (property)', () => {
    fc.assert(
      fc.property(location, instant, (loc: Location, now: number) => {
        const today = localDateOf(now);
        const rows = weekTable(loc, today);
        if (rows.length === 0) return;
        assert.equal(rows.length, 7);
        const row = rows.find((r) => r.today);
        assert.ok(row, 'today is marked');
        assert.equal(row.open, !row.hours.startsWith('gesloten'));
        const status = statusAt(loc, now);
        const headline = statusWords(status, now).headline;
        // A closure today, as the headline says it, is what today's row says too.
        if (/^(Vandaag gesloten|Gesloten tot en met)/.test(headline))
          assert.equal(row.open, false, row.hours);
        // Open now in an opening that began today: today's row is open and names its start.
        const current = status.current;
        if (current && localDateOf(current.start) === today) {
          assert.ok(row.open, `open now, but today's row says ${row.hours}`);
          assert.ok(row.hours.includes(formatWallClock(current.start)), row.hours);
        }
        // Open now in one from last night: given `now`, today's row is open and begins "tot …" at
        // the end the status says; one that lasts all of today reads as without `now`. Marked alike.
        const atNow = weekTable(loc, today, carriedInto(status, today)).find((r) => r.today)!;
        if (current && localDateOf(current.start) < today && localDateOf(current.end) === today) {
          assert.ok(atNow.open, atNow.hours);
          assert.ok(atNow.hours.startsWith(`tot ${formatWallClock(current.end)}`), atNow.hours);
        } else if (current && localDateOf(current.start) < today) {
          // Open all of today and on: the row reads as it would without `now` (or "tot middernacht").
          assert.ok(atNow.open, atNow.hours);
          if (row.open) assert.equal(atNow.hours, row.hours);
        } else assert.equal(atNow.hours, row.hours);
        assert.equal(atNow.changed, row.changed);
      }),
      { numRuns: Number(process.env.HOURS_PROPERTY_RUNS ?? 400) },
    );
  });
});
