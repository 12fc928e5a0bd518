/**
 * Property: `nextChangeAt` is exact. For random weekly hours (past midnight, 24:00, several blocks),
 * random exceptions and holidays, and instants biased towards both DST changes:
 *  1. it lies strictly after now (or is null);
 *  2. at nextChangeAt the state or the words (headline + detail) differ from those at now;
 *  3. at nextChangeAt − 1 ms and at a random instant in between they are the same as at now,
 *     so no change is ever missed. Each instant is evaluated from scratch with statusAt.
 * When it is null, the words stay the same for the next 60 days. HOURS_PROPERTY_RUNS=20000 digs deeper.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Location } from '../../../../core/content/schema';
import { WEEKDAYS } from '../../../../core/time/weekdays';
import { statusAt } from '../../../../core/hours/status';
import { statusWords } from '../../../../core/hours/status-words';
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

const location: fc.Arbitrary<Location> = fc
  .record({
    days: fc.array(fc.array(interval, { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    exceptions: fc.array(exception, { maxLength: 3 }),
    publicHolidays: fc.constantFrom('closed' as const, 'open' as const),
  })
  .map(({ days, exceptions, publicHolidays }) =>
    place({ hours: Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]!])), exceptions, publicHolidays }),
  );

const DST_DAYS = [at('2026-10-25T00:00:00+02:00'), at('2027-03-28T00:00:00+01:00')];
const instant = fc.oneof(
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

function seen(loc: Location, t: number): string {
  const status = statusAt(loc, t);
  const words = statusWords(status, t);
  return `${status.state} | ${words.headline} | ${words.detail ?? ''}`;
}

describe('statusAt: nextChangeAt property', () => {
  it('is in the future, the words change exactly there and not before', () => {
    fc.assert(
      fc.property(location, instant, fc.double({ min: 0, max: 1, noNaN: true }), (loc, now, fraction) => {
        const before = seen(loc, now);
        const next = statusAt(loc, now).nextChangeAt;
        if (next === null) {
          assert.equal(seen(loc, now + Math.floor(fraction * 60 * 86_400_000)), before);
          return;
        }
        assert.ok(next > now, `nextChangeAt ${next} not after ${now}`);
        assert.notEqual(seen(loc, next), before, `nothing changes at ${new Date(next).toISOString()}`);
        assert.equal(seen(loc, next - 1), before, 'changed before nextChangeAt');
        const between = now + Math.floor(fraction * (next - now - 1));
        assert.equal(seen(loc, between), before, `changed at ${new Date(between).toISOString()}`);
      }),
      { numRuns: Number(process.env.HOURS_PROPERTY_RUNS ?? 400) },
    );
  });
});
