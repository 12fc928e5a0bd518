/**
 * fast-check inputs for the opening-hours properties: random weekly hours (past midnight, 24:00,
 * several blocks), random exceptions and holiday settings, and instants biased towards both DST changes.
 */
import fc from 'fast-check';
import type { Location } from '../../../../core/content/schema';
import { WEEKDAYS } from '../../../../core/time/weekdays';
import { at, place } from './fixtures';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const interval = fc
  .record({ from: fc.integer({ min: 0, max: 95 }), until: fc.integer({ min: 1, max: 96 }) })
  // The schema refuses a block that ends when it starts, so content never holds one.
  .filter(({ from, until }) => from !== until)
  .map(({ from, until }) => ({ from: hhmm(from * 15), until: until === 96 ? '24:00' : hhmm(until * 15) }));

const dayInRange = fc
  .integer({ min: 0, max: 200 })
  .map((n) => new Date(Date.parse('2026-10-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10));

const exception = fc
  .record({
    from: dayInRange,
    length: fc.integer({ min: 0, max: 20 }),
    hours: fc.option(fc.array(interval, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    note: fc.option(fc.constantFrom('kerstvakantie', 'extra', 'opruim'), { nil: undefined }),
  })
  .map(({ from, length, hours, note }) => {
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
    return {
      from,
      ...(length > 0 ? { to } : {}),
      ...(hours ? { hours } : { closed: true }),
      ...(note ? { note } : {}),
    };
  });

/** A buurtpunt with random weekly hours, exceptions and holiday setting. */
export const location: fc.Arbitrary<Location> = fc
  .record({
    days: fc.array(fc.array(interval, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    exceptions: fc.array(exception, { maxLength: 3 }),
    publicHolidays: fc.constantFrom('closed' as const, 'open' as const),
  })
  .map(({ days, exceptions, publicHolidays }) =>
    place({ hours: Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]!])), exceptions, publicHolidays }),
  );

const DST_DAYS = [at('2026-10-25T00:00:00+02:00'), at('2027-03-28T00:00:00+01:00')];
/** An instant between October 2026 and April 2027, often near a DST change. */
export const instant = fc.oneof(
  fc.integer({ min: at('2026-10-15T00:00:00+02:00'), max: at('2027-04-15T00:00:00+02:00') }),
  fc
    .record({
      day: fc.constantFrom(...DST_DAYS),
      offset: fc.integer({ min: -86_400_000, max: 2 * 86_400_000 }),
    })
    .map(({ day, offset }) => day + offset),
  // Whole minutes, where interval edges and countdown ticks fall.
  fc
    .record({ day: fc.constantFrom(...DST_DAYS), minute: fc.integer({ min: -1440, max: 2880 }) })
    .map(({ day, minute }) => day + minute * 60_000),
);
