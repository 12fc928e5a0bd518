import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from '../../../../core/content/schema';
import type { OpeningState } from '../../../../core/hours/status';
import { statusAt } from '../../../../core/hours/status';
import { statusWords } from '../../../../core/hours/status-words';
import { at, bijloke, hofTenRode, place } from './fixtures';

interface Row {
  says: string;
  location: Location;
  now: string;
  state: OpeningState;
  headline: string;
  detail?: string;
  /** The instant the state or the words change next, or null. */
  changes: string | null;
}

/** Each row pins the state, both lines of words and the next change instant at one fixed instant. */
function check(rows: Row[]): void {
  for (const row of rows) {
    it(`${row.says} (${row.now})`, () => {
      const now = at(row.now);
      const status = statusAt(row.location, now);
      const words = statusWords(status, now);
      assert.deepEqual(
        { state: status.state, headline: words.headline, detail: words.detail },
        { state: row.state, headline: row.headline, detail: row.detail },
      );
      assert.equal(
        status.nextChangeAt === null ? null : new Date(status.nextChangeAt).toISOString(),
        row.changes === null ? null : new Date(at(row.changes)).toISOString(),
        'nextChangeAt',
      );
    });
  }
}

const twoBlocks = place({
  hours: {
    monday: [
      { from: '09:00', until: '12:00' },
      { from: '13:30', until: '16:00' },
    ],
  },
});
const lateFriday = place({
  hours: { friday: [{ from: '20:00', until: '02:00' }] },
  exceptions: [{ from: '2026-12-05', closed: true, note: 'opruim' }],
});
const saturdayNight = place({
  hours: { saturday: [{ from: '18:00', until: '24:00' }], sunday: [{ from: '00:00', until: '03:00' }] },
});
const untilMidnight = place({ hours: { saturday: [{ from: '18:00', until: '24:00' }] } });
const weekendFeast = place({
  hours: { thursday: [{ from: '09:00', until: '12:00' }] },
  exceptions: [
    { from: '2026-12-04', to: '2026-12-06', hours: [{ from: '00:00', until: '24:00' }], note: 'buurtfeest' },
  ],
});
const mondays = place({ hours: { monday: [{ from: '09:00', until: '12:00' }] } });
const nightOnSunday = place({ hours: { sunday: [{ from: '02:30', until: '05:00' }] } });
const sundayMorning = place({ hours: { sunday: [{ from: '10:00', until: '12:00' }] } });
const christmasMarket = {
  ...hofTenRode,
  exceptions: [
    ...hofTenRode.exceptions,
    { from: '2026-12-05', hours: [{ from: '14:00', until: '17:00' }], note: 'kerstmarkt' },
    { from: '2026-12-29', hours: [{ from: '10:00', until: '12:00' }], note: 'nieuwjaarsbabbel' },
  ],
};

describe('statusAt and statusWords: state boundaries (Bijloke, Thursday 9:00–12:00)', () => {
  check([
    {
      says: 'is closed 1 ms before the opening-soon hour',
      location: bijloke,
      now: '2026-12-03T07:59:59.999+01:00',
      state: 'closed',
      headline: 'Gesloten · opent vandaag om 9:00',
      changes: '2026-12-03T08:00:00+01:00',
    },
    {
      says: 'says "Opent over 60 minuten" exactly an hour before',
      location: bijloke,
      now: '2026-12-03T08:00:00+01:00',
      state: 'opening-soon',
      headline: 'Opent over 60 minuten',
      detail: 'Vandaag om 9:00',
      changes: '2026-12-03T08:01:00+01:00',
    },
    {
      says: 'counts the last seconds as 1 minuut',
      location: bijloke,
      now: '2026-12-03T08:59:30+01:00',
      state: 'opening-soon',
      headline: 'Opent over 1 minuut',
      detail: 'Vandaag om 9:00',
      changes: '2026-12-03T09:00:00+01:00',
    },
    {
      says: 'is open at 09:00:00 exactly',
      location: bijloke,
      now: '2026-12-03T09:00:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 12:00',
      changes: '2026-12-03T11:30:00+01:00',
    },
    {
      says: 'is still plainly open just before the last half hour',
      location: bijloke,
      now: '2026-12-03T11:29:59.999+01:00',
      state: 'open',
      headline: 'Nu open · tot 12:00',
      changes: '2026-12-03T11:30:00+01:00',
    },
    {
      says: 'says "Sluit over 30 minuten" at 11:30:00',
      location: bijloke,
      now: '2026-12-03T11:30:00+01:00',
      state: 'closing-soon',
      headline: 'Sluit over 30 minuten',
      detail: 'Open tot 12:00',
      changes: '2026-12-03T11:31:00+01:00',
    },
    {
      says: 'says "Sluit over 20 minuten" with 19 min 40 s left (minutes round up)',
      location: bijloke,
      now: '2026-12-03T11:40:20+01:00',
      state: 'closing-soon',
      headline: 'Sluit over 20 minuten',
      detail: 'Open tot 12:00',
      changes: '2026-12-03T11:41:00+01:00',
    },
    {
      says: 'says "Sluit over 1 minuut" in the last millisecond',
      location: bijloke,
      now: '2026-12-03T11:59:59.999+01:00',
      state: 'closing-soon',
      headline: 'Sluit over 1 minuut',
      detail: 'Open tot 12:00',
      changes: '2026-12-03T12:00:00+01:00',
    },
    {
      says: 'is closed at 12:00:00 exactly and names the date a week ahead',
      location: bijloke,
      now: '2026-12-03T12:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent donderdag 10 december om 9:00',
      changes: '2026-12-07T00:00:00+01:00',
    },
    {
      // The week table under it runs Monday to Sunday: its "Donderdag" row is still last Thursday.
      says: 'names the date on Friday of the week before, and the weekday alone from that Monday on',
      location: bijloke,
      now: '2026-12-04T10:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent donderdag 10 december om 9:00',
      changes: '2026-12-07T00:00:00+01:00',
    },
    {
      says: 'names the weekday within the same week and changes only when it becomes "vandaag"',
      location: bijloke,
      now: '2026-12-07T10:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent donderdag om 9:00',
      changes: '2026-12-10T00:00:00+01:00',
    },
  ]);
});

describe('statusAt and statusWords: Hof ten Rode (Tuesday 10:00–13:00) and the Christmas closure', () => {
  check([
    {
      says: 'says "opent dinsdag om 10:00" on Monday evening',
      location: hofTenRode,
      now: '2026-12-07T20:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent dinsdag om 10:00',
      changes: '2026-12-08T00:00:00+01:00',
    },
    {
      says: 'says "opent dinsdag om 10:00" late on Monday evening, when UTC is still Monday too',
      location: hofTenRode,
      now: '2026-12-07T23:59:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent dinsdag om 10:00',
      changes: '2026-12-08T00:00:00+01:00',
    },
    {
      says: 'says "vandaag" after midnight',
      location: hofTenRode,
      now: '2026-12-08T00:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent vandaag om 10:00',
      changes: '2026-12-08T09:00:00+01:00',
    },
    {
      says: 'counts down 45 minutes before opening',
      location: hofTenRode,
      now: '2026-12-08T09:15:00+01:00',
      state: 'opening-soon',
      headline: 'Opent over 45 minuten',
      detail: 'Vandaag om 10:00',
      changes: '2026-12-08T09:16:00+01:00',
    },
    {
      says: 'skips the closed period when the closure has not started yet',
      location: hofTenRode,
      now: '2026-12-21T18:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent dinsdag 5 januari om 10:00',
      changes: '2026-12-22T00:00:00+01:00',
    },
    {
      says: 'says "Gesloten tot en met 3 januari (kerstvakantie)" across new year',
      location: hofTenRode,
      now: '2026-12-23T12:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      changes: '2027-01-02T00:00:00+01:00',
    },
    {
      says: "keeps the date of a reopening next week, as the table's Tuesday row is this week's",
      location: hofTenRode,
      now: '2026-12-31T23:30:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      changes: '2027-01-02T00:00:00+01:00',
    },
    {
      says: 'says "tot en met morgen" the day before the closure ends',
      location: hofTenRode,
      now: '2027-01-02T09:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met morgen (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      changes: '2027-01-03T00:00:00+01:00',
    },
    {
      says: 'says "Vandaag gesloten" on the last closed day',
      location: hofTenRode,
      now: '2027-01-03T15:00:00+01:00',
      state: 'closed',
      headline: 'Vandaag gesloten (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      changes: '2027-01-04T00:00:00+01:00',
    },
    {
      says: 'closes Bijloke on its Thursday inside the closure',
      location: bijloke,
      now: '2026-12-24T10:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent donderdag 7 januari om 9:00',
      changes: '2027-01-02T00:00:00+01:00',
    },
  ]);
});

describe('statusAt and statusWords: extra openings', () => {
  check([
    {
      says: 'announces an extra opening on a Saturday with its note',
      location: christmasMarket,
      now: '2026-12-04T18:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent zaterdag om 14:00 (kerstmarkt)',
      changes: '2026-12-05T00:00:00+01:00',
    },
    {
      says: 'counts down to the extra opening',
      location: christmasMarket,
      now: '2026-12-05T13:30:00+01:00',
      state: 'opening-soon',
      headline: 'Opent over 30 minuten',
      detail: 'Vandaag om 14:00 (kerstmarkt)',
      changes: '2026-12-05T13:31:00+01:00',
    },
    {
      says: 'is open during the extra opening',
      location: christmasMarket,
      now: '2026-12-05T15:00:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 17:00 (kerstmarkt)',
      changes: '2026-12-05T16:30:00+01:00',
    },
    {
      says: 'lets a one-day opening inside a closed period win, and the closure end the day before',
      location: christmasMarket,
      now: '2026-12-28T12:00:00+01:00',
      state: 'closed',
      headline: 'Vandaag gesloten (kerstvakantie)',
      detail: 'Opent dinsdag om 10:00 (nieuwjaarsbabbel)',
      changes: '2026-12-29T00:00:00+01:00',
    },
    {
      says: 'says the closure lasts until the day before the one-day opening inside it',
      location: christmasMarket,
      now: '2026-12-22T10:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met 28 december (kerstvakantie)',
      detail: 'Opent dinsdag 29 december om 10:00 (nieuwjaarsbabbel)',
      changes: '2026-12-27T00:00:00+01:00',
    },
    {
      says: 'gives the closure its own end again once the one-day opening is past',
      location: christmasMarket,
      now: '2026-12-30T10:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten tot en met 3 januari (kerstvakantie)',
      detail: 'Opent dinsdag 5 januari om 10:00',
      // "Gesloten tot en met morgen" from Saturday.
      changes: '2027-01-02T00:00:00+01:00',
    },
  ]);
});

describe('statusAt and statusWords: public holidays', () => {
  check([
    {
      says: 'is closed on Easter Monday 2027 and names it',
      location: mondays,
      now: '2027-03-29T10:00:00+02:00',
      state: 'closed',
      headline: 'Vandaag gesloten (Paasmaandag)',
      detail: 'Opent maandag 5 april om 9:00',
      changes: '2027-03-30T00:00:00+02:00',
    },
    {
      says: 'skips Easter Monday when announcing the next opening',
      location: mondays,
      now: '2027-03-28T20:00:00+02:00',
      state: 'closed',
      headline: 'Gesloten · opent maandag 5 april om 9:00',
      changes: '2027-03-29T00:00:00+02:00',
    },
    {
      says: 'opens on Easter Monday when publicHolidays is "open"',
      location: { ...mondays, publicHolidays: 'open' },
      now: '2027-03-29T10:00:00+02:00',
      state: 'open',
      headline: 'Nu open · tot 12:00',
      changes: '2027-03-29T11:30:00+02:00',
    },
    {
      says: 'opens on Easter Monday when an exception gives hours',
      location: {
        ...mondays,
        exceptions: [{ from: '2027-03-29', hours: [{ from: '10:00', until: '11:00' }], note: 'paaseieren' }],
      },
      now: '2027-03-29T10:00:00+02:00',
      state: 'open',
      headline: 'Nu open · tot 11:00 (paaseieren)',
      changes: '2027-03-29T10:30:00+02:00',
    },
    {
      says: 'does not mention a holiday on a day the buurtpunt is closed anyway',
      location: hofTenRode,
      now: '2027-03-29T10:00:00+02:00',
      state: 'closed',
      headline: 'Gesloten · opent dinsdag om 10:00',
      changes: '2027-03-30T00:00:00+02:00',
    },
    {
      says: 'closes Bijloke on Ascension Day (always a Thursday)',
      location: bijloke,
      now: '2027-05-06T10:00:00+02:00',
      state: 'closed',
      headline: 'Vandaag gesloten (O.L.H. Hemelvaart)',
      detail: 'Opent donderdag 13 mei om 9:00',
      changes: '2027-05-07T00:00:00+02:00',
    },
  ]);
});

describe('statusAt and statusWords: daylight saving time', () => {
  check([
    {
      says: 'opens an interval written 02:30 at 03:00 on the spring-forward day (03:00 shown)',
      location: nightOnSunday,
      now: '2027-03-28T01:30:00+01:00',
      state: 'opening-soon',
      headline: 'Opent over 30 minuten',
      detail: 'Vandaag om 3:00',
      changes: '2027-03-28T01:31:00+01:00',
    },
    {
      says: 'is closed 61 minutes before that opening, counting real minutes across the change',
      location: nightOnSunday,
      now: '2027-03-28T00:59:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent vandaag om 3:00',
      changes: '2027-03-28T01:00:00+01:00',
    },
    {
      says: 'is open at 03:00 summer time',
      location: nightOnSunday,
      now: '2027-03-28T03:00:00+02:00',
      state: 'open',
      headline: 'Nu open · tot 5:00',
      changes: '2027-03-28T04:30:00+02:00',
    },
    {
      says: 'opens an ordinary Sunday morning on the spring-forward day on time',
      location: sundayMorning,
      now: '2027-03-28T09:30:00+02:00',
      state: 'opening-soon',
      headline: 'Opent over 30 minuten',
      detail: 'Vandaag om 10:00',
      changes: '2027-03-28T09:31:00+02:00',
    },
    {
      says: 'opens 02:30 at its first occurrence (summer time) on the fall-back day',
      location: nightOnSunday,
      now: '2026-10-25T02:30:00+02:00',
      state: 'open',
      headline: 'Nu open · tot 5:00',
      changes: '2026-10-25T04:30:00+01:00',
    },
    {
      says: 'stays open through the repeated hour',
      location: nightOnSunday,
      now: '2026-10-25T02:15:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 5:00',
      changes: '2026-10-25T04:30:00+01:00',
    },
    {
      says: 'counts the repeated hour when announcing a Sunday morning opening on the fall-back day',
      location: sundayMorning,
      now: '2026-10-25T00:30:00+02:00',
      state: 'closed',
      headline: 'Gesloten · opent vandaag om 10:00',
      changes: '2026-10-25T09:00:00+01:00',
    },
  ]);
});

describe('statusAt and statusWords: unusual hours', () => {
  check([
    {
      says: 'stays open past midnight and says "tot 2:00"',
      location: lateFriday,
      now: '2026-12-04T23:00:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 2:00',
      changes: '2026-12-05T01:30:00+01:00',
    },
    {
      says: 'finishes a night opening even when the next day is closed by an exception',
      location: lateFriday,
      now: '2026-12-05T01:45:00+01:00',
      state: 'closing-soon',
      headline: 'Sluit over 15 minuten',
      detail: 'Open tot 2:00',
      changes: '2026-12-05T01:46:00+01:00',
    },
    {
      says: 'gives the closure after the night opening',
      location: lateFriday,
      now: '2026-12-05T02:00:00+01:00',
      state: 'closed',
      headline: 'Vandaag gesloten (opruim)',
      detail: 'Opent vrijdag 11 december om 20:00',
      changes: '2026-12-06T00:00:00+01:00',
    },
    {
      says: 'merges 18:00–24:00 with Sunday 00:00–03:00 (no "Sluit" at 23:30)',
      location: saturdayNight,
      now: '2026-12-05T23:45:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 3:00',
      changes: '2026-12-06T02:30:00+01:00',
    },
    {
      says: 'says "tot middernacht" for 24:00',
      location: untilMidnight,
      now: '2026-12-05T22:00:00+01:00',
      state: 'open',
      headline: 'Nu open · tot middernacht',
      changes: '2026-12-05T23:30:00+01:00',
    },
    {
      says: 'says "tot zondag middernacht" for an opening of days, not "tot maandag 0:00"',
      location: weekendFeast,
      now: '2026-12-04T10:00:00+01:00',
      state: 'open',
      headline: 'Nu open · tot zondag middernacht (buurtfeest)',
      changes: '2026-12-06T00:00:00+01:00',
    },
    {
      says: 'handles two blocks a day: closing the first',
      location: twoBlocks,
      now: '2026-12-07T11:45:00+01:00',
      state: 'closing-soon',
      headline: 'Sluit over 15 minuten',
      detail: 'Open tot 12:00',
      changes: '2026-12-07T11:46:00+01:00',
    },
    {
      says: 'handles two blocks a day: the lunch break',
      location: twoBlocks,
      now: '2026-12-07T12:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent vandaag om 13:30',
      changes: '2026-12-07T12:30:00+01:00',
    },
    {
      says: 'handles two blocks a day: the second block',
      location: twoBlocks,
      now: '2026-12-07T13:30:00+01:00',
      state: 'open',
      headline: 'Nu open · tot 16:00',
      changes: '2026-12-07T15:30:00+01:00',
    },
    {
      says: 'is unknown for a location without any hours, and never changes',
      location: place({}),
      now: '2026-12-07T12:00:00+01:00',
      state: 'unknown',
      headline: 'Openingsuren nog niet bekend',
      changes: null,
    },
    {
      says: 'announces a single dated opening of a location without weekly hours',
      location: place({ exceptions: [{ from: '2026-12-09', hours: [{ from: '14:00', until: '16:00' }] }] }),
      now: '2026-12-07T12:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten · opent woensdag om 14:00',
      changes: '2026-12-09T00:00:00+01:00',
    },
    {
      says: 'is closed, not unknown, once that dated opening is over: its hours were given',
      location: place({ exceptions: [{ from: '2026-12-09', hours: [{ from: '14:00', until: '16:00' }] }] }),
      now: '2026-12-09T16:00:00+01:00',
      state: 'closed',
      headline: 'Gesloten',
      detail: 'Nog geen nieuwe opening gepland',
      changes: null,
    },
    {
      says: 'terminates for a location closed for longer than the horizon, naming the year',
      location: place({
        hours: { monday: [{ from: '09:00', until: '12:00' }] },
        exceptions: [{ from: '2026-01-01', to: '2028-12-31', closed: true, note: 'verbouwing' }],
      }),
      now: '2026-12-07T12:00:00+01:00',
      state: 'closed',
      // New Year's Day, a Monday it would open, follows the closure: closed until then.
      headline: 'Gesloten tot en met 1 januari 2029 (verbouwing)',
      changes: null,
    },
  ]);
});

describe('statusAt: the returned openings', () => {
  it('gives the current interval and the next opening as instants', () => {
    const status = statusAt(hofTenRode, at('2026-12-08T11:00:00+01:00'));
    assert.deepEqual(status.current, {
      start: at('2026-12-08T10:00:00+01:00'),
      end: at('2026-12-08T13:00:00+01:00'),
    });
    assert.deepEqual(status.next, {
      start: at('2026-12-15T10:00:00+01:00'),
      end: at('2026-12-15T13:00:00+01:00'),
    });
    assert.equal(status.reason, null);
  });

  it('gives the closure reason with its last day', () => {
    const status = statusAt(hofTenRode, at('2026-12-23T12:00:00+01:00'));
    assert.deepEqual(status.reason, { kind: 'exception', note: 'kerstvakantie', lastDay: '2027-01-03' });
  });

  it('is quick enough to run for every location at every change', () => {
    const closedForYears = place({
      hours: { monday: [{ from: '09:00', until: '12:00' }] },
      exceptions: [{ from: '2026-01-01', to: '2028-12-31', closed: true }],
    });
    const t0 = performance.now();
    statusAt(closedForYears, at('2026-12-07T12:00:00+01:00'));
    assert.ok(performance.now() - t0 < 500, 'worst case (a year without openings) under 0.5 s');
  });
});
