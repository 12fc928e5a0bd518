/**
 * The offsets the handler sends so the renderer starts without Intl: every instant they cover gives
 * the same Brussels wall clock as ICU, DST changes included, and anything outside them or malformed
 * falls back to ICU. The header's words without Intl match nl-BE's Intl word for word.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  intlZoneOffset,
  localDateOf,
  localMinutesOf,
  useZoneOffsets,
} from '../../../../core/time/local-time';
import { formatDayOf, formatWallClock } from '../../../../core/time/dutch-dates';
import { computeZoneOffsets, isZoneOffsets, offsetFromList } from '../../../../core/time/zone-offsets';

const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2036, 0, 1);
const offsets = computeZoneOffsets(FROM, TO, intlZoneOffset);
after(() => useZoneOffsets(null));

describe('Brussels offsets as a list of changes', () => {
  it('has the two changes of each year, on the last Sundays of March and October at 01:00 UTC', () => {
    assert.deepEqual(offsets.changes[0], [FROM, HOUR]);
    assert.equal(offsets.changes.length, 1 + 2 * 12);
    for (const [since, offset] of offsets.changes.slice(1)) {
      const at = new Date(since);
      assert.equal(at.getUTCDay(), 0, at.toISOString());
      assert.equal(at.getUTCHours(), 1, at.toISOString());
      assert.ok(at.getUTCDate() > 24, at.toISOString());
      assert.equal(offset, at.getUTCMonth() === 2 ? 2 * HOUR : HOUR, at.toISOString());
    }
  });

  it('gives ICU’s offset at and around every change', () => {
    for (const [since] of offsets.changes) {
      for (const t of [since - HOUR, since - 1000, since - 1, since, since + 1, since + HOUR]) {
        if (t < FROM) continue;
        assert.equal(offsetFromList(offsets, t), intlZoneOffset(t - (t % 1000)), new Date(t).toISOString());
      }
    }
  });

  it('gives ICU’s offset at any instant it covers, and nothing outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO - 1 }), (t) => {
        assert.equal(offsetFromList(offsets, t), intlZoneOffset(t - (t % 1000)));
      }),
      { numRuns: 2000 },
    );
    assert.equal(offsetFromList(offsets, FROM - 1), undefined);
    assert.equal(offsetFromList(offsets, TO), undefined);
    assert.equal(offsetFromList(offsets, Number.NaN), undefined);
  });

  it('accepts only a well-formed list from the wire', () => {
    assert.equal(isZoneOffsets(offsets), true);
    assert.equal(isZoneOffsets(JSON.parse(JSON.stringify(offsets))), true);
    for (const bad of [
      null,
      3,
      {},
      { from: 0, to: 1, changes: [] },
      { from: 0, to: 1, changes: [[0]] },
      { from: 'a', to: 1, changes: [[0, 0]] },
    ]) {
      assert.equal(isZoneOffsets(bad), false, JSON.stringify(bad));
    }
  });
});

describe('the time of day with the list, without it, and with a broken one', () => {
  const summer = Date.parse('2026-07-01T08:05:00Z');
  const spring = Date.parse('2026-03-29T01:00:00Z'); // 03:00 CEST, just after the change
  const autumn = Date.parse('2026-10-25T00:30:00Z'); // 02:30 CEST, the first 02:30
  const afterAutumn = Date.parse('2026-10-25T01:30:00Z'); // 02:30 CET, the second
  const farAway = Date.parse('1970-01-01T00:00:05Z'); // a Pi without a clock: outside the list

  for (const [label, list] of [
    ['with the list', offsets],
    ['without it', null],
    ['with a broken one', { from: 0, to: 9e15, changes: 'x' }],
  ] as const) {
    it(label, () => {
      useZoneOffsets(list);
      assert.equal(localMinutesOf(summer), 10 * 60 + 5);
      assert.equal(localMinutesOf(spring), 3 * 60);
      assert.equal(localMinutesOf(autumn), 2 * 60 + 30);
      assert.equal(localMinutesOf(afterAutumn), 2 * 60 + 30);
      assert.equal(localDateOf(farAway), '1970-01-01');
      assert.equal(localMinutesOf(farAway), 60);
    });
  }
});

describe('the header’s words without Intl', () => {
  const time = new Intl.DateTimeFormat('nl-BE', {
    timeZone: 'Europe/Brussels',
    hour: 'numeric',
    minute: '2-digit',
  });
  const day = new Intl.DateTimeFormat('nl-BE', {
    timeZone: 'Europe/Brussels',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });

  it('match nl-BE’s Intl word for word, with the list and without it', () => {
    for (const list of [offsets, null]) {
      useZoneOffsets(list);
      fc.assert(
        fc.property(fc.integer({ min: FROM, max: TO - 1 }), (t) => {
          assert.equal(formatWallClock(t), time.format(t));
          assert.equal(formatDayOf(t), day.format(t));
        }),
        { numRuns: 1000 },
      );
    }
    useZoneOffsets(offsets);
    assert.equal(formatWallClock(Date.parse('2026-11-27T08:05:00Z')), '9:05');
    assert.equal(formatDayOf(Date.parse('2026-11-27T08:05:00Z')), 'vrijdag 27 november');
  });
});
