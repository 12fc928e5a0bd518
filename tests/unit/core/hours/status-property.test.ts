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
import { statusAt } from '../../../../core/hours/status';
import { statusWords } from '../../../../core/hours/status-words';
import { instant, location } from './arbitraries';

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
