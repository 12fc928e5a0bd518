/**
 * One buurtpunt's block as a passer-by reads it (headline, detail, week table, list of changes) at
 * fixed instants, where the parts were once at odds: an extra opening inside a closure (the closure
 * lasts until the extra day, and comes back after it) and a night opening running into a closed day.
 * Then a property: the headline, the week table and the list never contradict each other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Location } from '../../../../core/content/schema';
import { hoursOn } from '../../../../core/hours/day-hours';
import { locationBlock } from '../../../../core/hours/location-block';
import { statusAt } from '../../../../core/hours/status';
import { weekTable } from '../../../../core/hours/week-table';
import { upcomingChanges } from '../../../../core/hours/upcoming';
import { formatWallClock } from '../../../../core/time/dutch-dates';
import { addDays, localDateOf, weekdayOf } from '../../../../core/time/local-time';
import { WEEKDAYS } from '../../../../core/time/weekdays';
import { at, place } from './fixtures';

interface Row {
  says: string;
  location: Location;
  now: string;
  headline: string;
  detail: string | null;
  /** The rows of the week table that are not "gesloten", as "Dinsdag 10:00 – 12:00". */
  open: string[];
  upcoming: string[];
}

/** Each row pins every sentence of the block at one instant (the touch screen's 60-day list). */
function check(rows: Row[]): void {
  for (const row of rows) {
    it(`${row.says} (${row.now})`, () => {
      const now = at(row.now);
      const block = locationBlock(row.location, now, localDateOf(now), { days: 60, max: 6 });
      assert.deepEqual(
        {
          headline: block.headline,
          detail: block.detail,
          open: block.week.filter((r) => r.open).map((r) => `${r.name} ${r.hours}`),
          upcoming: block.upcoming,
        },
        { headline: row.headline, detail: row.detail, open: row.open, upcoming: row.upcoming },
      );
    });
  }
}

const tuesdays = { tuesday: [{ from: '10:00', until: '13:00' }] };
const christmas = { from: '2026-12-22', to: '2027-01-03', closed: true, note: 'kerstvakantie' };
/** Hof ten Rode's hours, closed for Christmas, with one extra morning on Tuesday 29 December. */
const extraInside = place({
  hours: tuesdays,
  exceptions: [christmas, { from: '2026-12-29', hours: [{ from: '10:00', until: '12:00' }], note: 'extra' }],
});
/** The extra morning on the closure's first day. */
const extraFirst = place({
  hours: tuesdays,
  exceptions: [christmas, { from: '2026-12-22', hours: [{ from: '10:00', until: '12:00' }], note: 'extra' }],
});
/** An extra afternoon on the closure's last day, Sunday 3 January. */
const extraLast = place({
  hours: tuesdays,
  exceptions: [
    christmas,
    { from: '2027-01-03', hours: [{ from: '14:00', until: '17:00' }], note: 'nieuwjaarsreceptie' },
  ],
});

describe('location block: an extra opening inside a closure', () => {
  check([
    {
      says: 'on the first day, the closure lasts until the day before the extra opening',
      location: extraInside,
      now: '2026-12-22T11:00:00+01:00',
      headline: 'Gesloten tot en met 28 december (kerstvakantie)',
      detail: 'Opent dinsdag 29 december om 10:00 (extra)',
      open: [],
      upcoming: [
        'Tot en met 28 december: gesloten (kerstvakantie)',
        'Dinsdag 29 december: open 10:00 – 12:00 (extra)',
        '30 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
    {
      says: 'the day before the extra opening, the closure ends today',
      location: extraInside,
      now: '2026-12-28T11:00:00+01:00',
      headline: 'Vandaag gesloten (kerstvakantie)',
      detail: 'Opent dinsdag om 10:00 (extra)',
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: [
        'Vandaag: gesloten (kerstvakantie)',
        'Dinsdag 29 december: open 10:00 – 12:00 (extra)',
        '30 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
    {
      says: 'still so at 23:59',
      location: extraInside,
      now: '2026-12-28T23:59:00+01:00',
      headline: 'Vandaag gesloten (kerstvakantie)',
      detail: 'Opent dinsdag om 10:00 (extra)',
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: [
        'Vandaag: gesloten (kerstvakantie)',
        'Dinsdag 29 december: open 10:00 – 12:00 (extra)',
        '30 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
    {
      says: 'on the extra day it is open, and the closure comes back tomorrow',
      location: extraInside,
      now: '2026-12-29T11:00:00+01:00',
      headline: 'Nu open · tot 12:00 (extra)',
      detail: null,
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: ['Vandaag: open 10:00 – 12:00 (extra)', '30 december – 3 januari: gesloten (kerstvakantie)'],
    },
    {
      says: 'after the extra opening, the next regular one',
      location: extraInside,
      now: '2026-12-29T12:30:00+01:00',
      headline: 'Gesloten · opent dinsdag 5 januari om 10:00',
      detail: null,
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: ['Vandaag: open 10:00 – 12:00 (extra)', '30 december – 3 januari: gesloten (kerstvakantie)'],
    },
    {
      says: 'the day after, the closure has resumed until its own end',
      location: extraInside,
      now: '2026-12-30T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      // Not "dinsdag" alone: the table's Tuesday row below is the extra opening already past.
      detail: 'Opent dinsdag 5 januari om 10:00',
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: ['Tot en met 3 januari: gesloten (kerstvakantie)'],
    },
    {
      says: 'an extra opening on the first day: the closure begins the day after it',
      location: extraFirst,
      now: '2026-12-21T11:00:00+01:00',
      headline: 'Gesloten · opent dinsdag om 10:00 (extra)',
      detail: null,
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: [
        'Dinsdag 22 december: open 10:00 – 12:00 (extra)',
        '23 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
    {
      says: 'an extra opening on the first day: the day after, closed to the end',
      location: extraFirst,
      now: '2026-12-23T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      open: ['Dinsdag 10:00 – 12:00'],
      upcoming: ['Tot en met 3 januari: gesloten (kerstvakantie)'],
    },
    {
      says: 'an extra opening on the last day: the closure ends the day before',
      location: extraLast,
      now: '2026-12-28T11:00:00+01:00',
      headline: 'Gesloten tot en met 2 januari (kerstvakantie)',
      detail: 'Opent zondag om 14:00 (nieuwjaarsreceptie)',
      open: ['Zondag 14:00 – 17:00'],
      upcoming: [
        'Tot en met 2 januari: gesloten (kerstvakantie)',
        'Zondag 3 januari: open 14:00 – 17:00 (nieuwjaarsreceptie)',
      ],
    },
    {
      says: 'an extra opening on the last day: on the day before it, closed today only',
      location: extraLast,
      now: '2027-01-02T11:00:00+01:00',
      headline: 'Vandaag gesloten (kerstvakantie)',
      detail: 'Opent zondag om 14:00 (nieuwjaarsreceptie)',
      open: ['Zondag 14:00 – 17:00'],
      upcoming: [
        'Vandaag: gesloten (kerstvakantie)',
        'Zondag 3 januari: open 14:00 – 17:00 (nieuwjaarsreceptie)',
      ],
    },
  ]);
});

const mondayNight = { monday: [{ from: '20:00', until: '02:00' }] };
/** Open Monday 20:00 – Tuesday 2:00; Tuesday 8 December closed. */
const nightIntoLeave = place({
  hours: mondayNight,
  exceptions: [{ from: '2026-12-08', closed: true, note: 'verlof' }],
});
/** The same night, then closed until Thursday 10 December. */
const nightIntoLongLeave = place({
  hours: mondayNight,
  exceptions: [{ from: '2026-12-08', to: '2026-12-10', closed: true, note: 'verlof' }],
});
/** Thursday 20:00 – Friday 2:00 and Friday 10:00 – 12:00; Friday 25 December is Kerstmis. */
const nightIntoChristmas = place({
  hours: { thursday: [{ from: '20:00', until: '02:00' }], friday: [{ from: '10:00', until: '12:00' }] },
});

/** Closed for Christmas, and a day of leave inside it: still one closure for a passer-by. */
const leaveInside = place({
  hours: tuesdays,
  exceptions: [christmas, { from: '2026-12-29', closed: true, note: 'verlof' }],
});

describe('location block: a closed day inside a closure', () => {
  check([
    {
      says: 'the closure lasts to its own end, and the closed day inside it is not listed apart',
      location: leaveInside,
      now: '2026-12-23T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      open: [],
      upcoming: ['Tot en met 3 januari: gesloten (kerstvakantie)'],
    },
  ]);
});

/** Fridays only; closed 21–31 December, and New Year's Day is a Friday. */
const untilNewYear = place({
  hours: { friday: [{ from: '09:00', until: '12:00' }] },
  exceptions: [{ from: '2026-12-21', to: '2026-12-31', closed: true, note: 'kerstvakantie' }],
});
/** Thursdays only: a week of leave, the weekend, then Christmas from Monday. */
const leaveThenWeekend = place({
  hours: { thursday: [{ from: '09:00', until: '12:00' }] },
  exceptions: [
    { from: '2026-12-14', to: '2026-12-18', closed: true, note: 'verlof' },
    { from: '2026-12-21', to: '2027-01-03', closed: true, note: 'kerstvakantie' },
  ],
});
/** A week of leave right before the Christmas closure. */
const leaveBefore = place({
  hours: tuesdays,
  exceptions: [{ from: '2026-12-14', to: '2026-12-21', closed: true, note: 'verlof' }, christmas],
});

/** Open on Fridays only: Christmas 2026 and New Year's Day 2027 are both Fridays. */
const fridays = place({ hours: { friday: [{ from: '09:00', until: '12:00' }] } });

describe('location block: closures one after the other are one time closed', () => {
  check([
    {
      says: 'on a day of leave inside a closure, closed until the closure ends, without the one note',
      location: leaveInside,
      now: '2026-12-29T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari',
      detail: 'Opent dinsdag 5 januari om 10:00',
      open: [],
      upcoming: ['Vandaag: gesloten (verlof)', '30 december – 3 januari: gesloten (kerstvakantie)'],
    },
    {
      says: 'New Year’s Day after a closure: closed until then, the closure’s note kept',
      location: untilNewYear,
      now: '2026-12-30T10:00:00+01:00',
      headline: 'Gesloten tot en met 1 januari (kerstvakantie)',
      detail: 'Opent vrijdag 8 januari om 9:00',
      open: [],
      upcoming: [
        'Tot en met 31 december: gesloten (kerstvakantie)',
        'Vrijdag 1 januari: gesloten (Nieuwjaar)',
      ],
    },
    {
      says: 'Christmas, then New Year’s Day a week later on the one day it opens: under neither name',
      location: fridays,
      now: '2026-12-25T10:00:00+01:00',
      headline: 'Gesloten tot en met 1 januari',
      detail: 'Opent vrijdag 8 januari om 9:00',
      open: [],
      upcoming: ['Vandaag: gesloten (Kerstmis)', 'Vrijdag 1 januari: gesloten (Nieuwjaar)'],
    },
    {
      says: 'a week of leave, the weekend, then Christmas: closed until the end of both',
      location: leaveThenWeekend,
      now: '2026-12-15T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari',
      detail: 'Opent donderdag 7 januari om 9:00',
      open: [],
      upcoming: [
        'Tot en met 18 december: gesloten (verlof)',
        '21 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
    {
      says: 'leave right before Christmas: closed until the end of both',
      location: leaveBefore,
      now: '2026-12-15T11:00:00+01:00',
      headline: 'Gesloten tot en met 3 januari',
      detail: 'Opent dinsdag 5 januari om 10:00',
      open: [],
      upcoming: [
        'Tot en met 21 december: gesloten (verlof)',
        '22 december – 3 januari: gesloten (kerstvakantie)',
      ],
    },
  ]);
});

/** No regular hours, one open day: Saturday 5 December. */
const openDay = place({
  exceptions: [{ from: '2026-12-05', hours: [{ from: '14:00', until: '17:00' }], note: 'opendeurdag' }],
});

describe('location block: a buurtpunt without regular hours after its one open day', () => {
  check([
    {
      says: 'at closing, closed with nothing planned, as the row and the list of today say',
      location: openDay,
      now: '2026-12-05T17:00:00+01:00',
      headline: 'Gesloten',
      detail: 'Nog geen nieuwe opening gepland',
      open: ['Zaterdag 14:00 – 17:00'],
      upcoming: ['Vandaag: open 14:00 – 17:00 (opendeurdag)'],
    },
    {
      says: 'the day after, while this week’s table still shows it',
      location: openDay,
      now: '2026-12-06T10:00:00+01:00',
      headline: 'Gesloten',
      detail: 'Nog geen nieuwe opening gepland',
      open: ['Zaterdag 14:00 – 17:00'],
      upcoming: [],
    },
  ]);
});

describe('location block: a night opening running into a closed day', () => {
  check([
    {
      says: 'the evening before, once the opening runs, the closed day begins when it ends',
      location: nightIntoLeave,
      now: '2026-12-07T21:00:00+01:00',
      headline: 'Nu open · tot 2:00',
      detail: null,
      open: ['Maandag 20:00 – 2:00'],
      upcoming: ['Dinsdag 8 december: gesloten vanaf 2:00 (verlof)'],
    },
    {
      says: 'and a longer closure from that hour to its last day',
      location: nightIntoLongLeave,
      now: '2026-12-07T23:59:00+01:00',
      headline: 'Nu open · tot 2:00',
      detail: null,
      open: ['Maandag 20:00 – 2:00'],
      upcoming: ['8 december vanaf 2:00 tot en met 10 december: gesloten (verlof)'],
    },
    {
      says: 'before the opening begins, the closed day is listed as a day',
      location: nightIntoLeave,
      now: '2026-12-07T18:00:00+01:00',
      headline: 'Gesloten · opent vandaag om 20:00',
      detail: null,
      open: ['Maandag 20:00 – 2:00'],
      upcoming: ['Dinsdag 8 december: gesloten (verlof)'],
    },
    {
      says: 'while the night opening runs, the closure today begins when it ends',
      location: nightIntoLeave,
      now: '2026-12-08T01:00:00+01:00',
      headline: 'Nu open · tot 2:00',
      detail: null,
      // Today's row says so too, as last night's row may be last week's (on a Monday).
      open: ['Maandag 20:00 – 2:00', 'Dinsdag tot 2:00, daarna gesloten'],
      upcoming: ['Vandaag: gesloten vanaf 2:00 (verlof)'],
    },
    {
      says: 'also while counting down to its end',
      location: nightIntoLeave,
      now: '2026-12-08T01:59:59.999+01:00',
      headline: 'Sluit over 1 minuut',
      detail: 'Open tot 2:00',
      open: ['Maandag 20:00 – 2:00', 'Dinsdag tot 2:00, daarna gesloten'],
      upcoming: ['Vandaag: gesloten vanaf 2:00 (verlof)'],
    },
    {
      says: 'once it has ended, closed today',
      location: nightIntoLeave,
      now: '2026-12-08T02:00:00+01:00',
      headline: 'Vandaag gesloten (verlof)',
      detail: 'Opent maandag 14 december om 20:00',
      open: ['Maandag 20:00 – 2:00'],
      upcoming: ['Vandaag: gesloten (verlof)'],
    },
    {
      says: 'a closure of several days begins when the night opening ends',
      location: nightIntoLongLeave,
      now: '2026-12-08T01:00:00+01:00',
      headline: 'Nu open · tot 2:00',
      detail: null,
      open: ['Maandag 20:00 – 2:00', 'Dinsdag tot 2:00, daarna gesloten'],
      upcoming: ['Vandaag vanaf 2:00 tot en met 10 december: gesloten (verlof)'],
    },
    {
      says: 'a public holiday begins when the night opening ends',
      location: nightIntoChristmas,
      now: '2026-12-25T01:00:00+01:00',
      headline: 'Nu open · tot 2:00',
      detail: null,
      open: ['Donderdag 20:00 – 2:00', 'Vrijdag tot 2:00, daarna gesloten (feestdag)'],
      upcoming: ['Vandaag: gesloten vanaf 2:00 (Kerstmis)', 'Vrijdag 1 januari: gesloten (Nieuwjaar)'],
    },
  ]);
});

const hhmm = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
const interval = fc
  .record({ from: fc.integer({ min: 0, max: 95 }), until: fc.integer({ min: 1, max: 96 }) })
  .filter(({ from, until }) => from !== until)
  .map(({ from, until }) => ({ from: hhmm(from), until: until === 96 ? '24:00' : hhmm(until) }));

/**
 * Random weekly hours (past midnight too) with a closure and, inside or across it, a shorter
 * exception (closed or other hours); `now` somewhere from two days before the closure to two after.
 */
const nested = fc
  .record({
    days: fc.array(fc.array(interval, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 150 }),
    length: fc.integer({ min: 1, max: 20 }),
    innerAt: fc.integer({ min: -1, max: 21 }),
    innerLength: fc.integer({ min: 0, max: 2 }),
    innerHours: fc.option(fc.array(interval, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    minute: fc.integer({ min: -2 * 1440, max: 25 * 1440 }),
  })
  .map((r) => {
    const from = addDays('2026-10-15', r.start);
    const innerFrom = addDays(from, Math.min(r.innerAt, r.length));
    const inner = {
      from: innerFrom,
      to: addDays(innerFrom, r.innerLength),
      ...(r.innerHours ? { hours: r.innerHours } : { closed: true }),
      note: 'binnen',
    };
    const location = place({
      hours: Object.fromEntries(WEEKDAYS.map((d, i) => [d, r.days[i]!])),
      exceptions: [{ from, to: addDays(from, r.length), closed: true, note: 'lang' }, inner],
    });
    const now = at(`${from}T00:00:00+01:00`) + r.minute * 60_000;
    return { location, now };
  });

describe('location block: never at odds with itself (property)', () => {
  it('the closure in the headline is closed on the week table and is the list’s first changes', () => {
    fc.assert(
      fc.property(nested, ({ location, now }) => {
        const today = localDateOf(now);
        const status = statusAt(location, now);
        const reason = status.reason;
        if (reason === null) return;
        // Every day of this week that the headline says is closed, the table says so too.
        const monday = addDays(today, -WEEKDAYS.indexOf(weekdayOf(today)));
        weekTable(location, today).forEach((row, i) => {
          const date = addDays(monday, i);
          if (date >= today && date <= reason.lastDay) assert.equal(row.open, false, `${date}: ${row.hours}`);
        });
        // The list's first changes are closures one after the other, from today to the same last day,
        // and the one after them does not close the day after.
        const changes = upcomingChanges(location, today, 400);
        let expected = today;
        let i = 0;
        // Days closed anyway (no weekly hours, no exception) may lie between two of them.
        const closedAnyway = (d: string) => {
          const day = hoursOn(location, d);
          return day.kind === 'weekly' && day.intervals.length === 0;
        };
        for (; i < changes.length && expected <= reason.lastDay; i++) {
          const change = changes[i]!;
          while (expected < change.from && closedAnyway(expected)) expected = addDays(expected, 1);
          assert.equal(change.from, expected, `closure ${i} of the run to ${reason.lastDay}`);
          assert.notEqual(change.kind, 'hours');
          expected = addDays(change.to, 1);
        }
        assert.equal(expected, addDays(reason.lastDay, 1), 'the list reaches the headline’s last day');
        const after = changes[i];
        if (after?.from === expected) assert.equal(after.kind, 'hours', 'the run would go on');
      }),
      { numRuns: Number(process.env.HOURS_PROPERTY_RUNS ?? 400) },
    );
  });

  it('a weekday named alone is that day’s row in the week table under it, never last week’s', () => {
    const weekday = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
    const named = new RegExp(`opent ${weekday} om \\d|tot ${weekday} \\d{1,2}:\\d\\d`, 'i');
    fc.assert(
      fc.property(nested, ({ location, now }) => {
        const today = localDateOf(now);
        const status = statusAt(location, now);
        const block = locationBlock(location, now, today, { days: 60, max: 6 });
        const words = `${block.headline} ${block.detail ?? ''}`;
        const found = named.exec(words);
        const day = found?.[1] ?? found?.[2];
        if (day === undefined) return;
        const meant = found?.[1] !== undefined ? status.next?.start : status.current?.end;
        assert.ok(meant !== undefined, words);
        const date = localDateOf(meant);
        const sunday = addDays(today, 6 - WEEKDAYS.indexOf(weekdayOf(today)));
        assert.ok(date > today && date <= sunday, `${words} on ${today}: ${date}`);
      }),
      { numRuns: Number(process.env.HOURS_PROPERTY_RUNS ?? 400) },
    );
  });

  it('while open now, the list never says today is closed without the hour it closes', () => {
    fc.assert(
      fc.property(nested, ({ location, now }) => {
        const status = statusAt(location, now);
        if (status.current === null) return;
        const block = locationBlock(location, now, localDateOf(now), { days: 60, max: 6 });
        const first = block.upcoming[0] ?? '';
        // "Vandaag: gesloten vanaf 2:00 (…)", "Vandaag vanaf 2:00 tot en met 3 januari: gesloten (…)".
        if (/^(Vandaag[^:]*|Tot en met [^:]+): gesloten/.test(first))
          assert.ok(first.includes(`vanaf ${formatWallClock(status.current.end)}`), first);
      }),
      { numRuns: Number(process.env.HOURS_PROPERTY_RUNS ?? 400) },
    );
  });
});
