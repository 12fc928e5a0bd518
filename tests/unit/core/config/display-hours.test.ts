import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brusselsMinutes, isDisplayOn } from '../../../../core/config/display-hours';

/** Epoch ms of a Brussels wall-clock time given with its UTC offset. */
const at = (iso: string) => Date.parse(iso);

describe('display hours', () => {
  const day = { on: '07:30', off: '22:00' };

  it('is always on without display hours', () => {
    assert.equal(isDisplayOn(null, at('2026-01-01T03:00:00+01:00')), true);
  });

  it('switches on at the on-hour and off at the off-hour, Brussels time (winter)', () => {
    assert.equal(isDisplayOn(day, at('2026-01-14T07:29:59+01:00')), false);
    assert.equal(isDisplayOn(day, at('2026-01-14T07:30:00+01:00')), true);
    assert.equal(isDisplayOn(day, at('2026-01-14T21:59:59+01:00')), true);
    assert.equal(isDisplayOn(day, at('2026-01-14T22:00:00+01:00')), false);
  });

  it('uses summer time in summer, whatever the machine zone', () => {
    // 05:30 UTC is 07:30 in Brussels in July.
    assert.equal(isDisplayOn(day, at('2026-07-14T05:29:00Z')), false);
    assert.equal(isDisplayOn(day, at('2026-07-14T05:30:00Z')), true);
  });

  it('spans midnight when off comes before on', () => {
    const night = { on: '18:00', off: '02:00' };
    assert.equal(isDisplayOn(night, at('2026-03-02T23:30:00+01:00')), true);
    assert.equal(isDisplayOn(night, at('2026-03-02T01:59:00+01:00')), true);
    assert.equal(isDisplayOn(night, at('2026-03-02T02:00:00+01:00')), false);
    assert.equal(isDisplayOn(night, at('2026-03-02T12:00:00+01:00')), false);
  });

  it('turns on after the spring-forward gap and reads the wall clock on both DST days', () => {
    // 29 March 2026: 02:00 → 03:00. 01:59 +01:00 is before, 03:00 +02:00 is one minute later.
    assert.equal(brusselsMinutes(at('2026-03-29T01:59:00+01:00')), 119);
    assert.equal(brusselsMinutes(at('2026-03-29T03:00:00+02:00')), 180);
    assert.equal(isDisplayOn({ on: '02:30', off: '04:00' }, at('2026-03-29T03:00:00+02:00')), true);
    // 25 October 2026: 03:00 → 02:00, so 02:30 happens twice.
    assert.equal(brusselsMinutes(at('2026-10-25T02:30:00+02:00')), 150);
    assert.equal(brusselsMinutes(at('2026-10-25T02:30:00+01:00')), 150);
  });
});
