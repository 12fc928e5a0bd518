import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDisplayOn } from '../../../../core/config/display-hours';

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

  it('turns on after the spring-forward gap', () => {
    // 29 March 2026: 02:00 → 03:00; 03:00 +02:00 is one minute after 01:59 +01:00.
    assert.equal(isDisplayOn({ on: '02:30', off: '04:00' }, at('2026-03-29T01:59:00+01:00')), false);
    assert.equal(isDisplayOn({ on: '02:30', off: '04:00' }, at('2026-03-29T03:00:00+02:00')), true);
  });

  /** On/off every 15 minutes from `from` to `to` (inclusive), as "ON"/"off" per step. */
  const steps = (hours: { on: string; off: string }, from: string, to: string) => {
    const out: string[] = [];
    for (let t = at(from); t <= at(to); t += 15 * 60_000) out.push(isDisplayOn(hours, t) ? 'ON' : 'off');
    return out;
  };

  it('goes off once at the first 2:30 of the autumn night and stays off through the repeated hour', () => {
    // 31 October 2027: 03:00 +02:00 → 02:00 +01:00, so the wall clock shows 2:00 – 2:59 twice.
    const night = { on: '07:00', off: '02:30' };
    assert.deepEqual(steps(night, '2027-10-31T01:45:00+02:00', '2027-10-31T03:00:00+01:00'), [
      'ON', // 1:45
      'ON', // 2:00
      'ON', // 2:15
      'off', // 2:30 (summer time): off here, once
      'off', // 2:45
      'off', // 2:00 again (winter time): stays off
      'off', // 2:15
      'off', // 2:30
      'off', // 2:45
      'off', // 3:00
    ]);
    assert.equal(isDisplayOn(night, at('2027-10-31T06:59:00+01:00')), false);
    assert.equal(isDisplayOn(night, at('2027-10-31T07:00:00+01:00')), true);
  });

  it('switches on once in the autumn night when the on-hour falls in the repeated hour', () => {
    const day = { on: '02:30', off: '23:00' };
    assert.deepEqual(steps(day, '2027-10-31T02:15:00+02:00', '2027-10-31T02:45:00+01:00'), [
      'off', // 2:15 (summer time)
      'ON', // 2:30 (summer time): the first 2:30 is meant
      'ON', // 2:45
      'ON', // 2:00 again: not back off
      'ON', // 2:15
      'ON', // 2:30
      'ON', // 2:45
    ]);
  });

  it('takes an on- or off-hour in the skipped spring hour as the moment the clock jumps to 3:00', () => {
    // 28 March 2027: 02:00 +01:00 → 03:00 +02:00.
    const offInGap = { on: '07:00', off: '02:30' };
    assert.equal(isDisplayOn(offInGap, at('2027-03-28T01:59:00+01:00')), true);
    assert.equal(isDisplayOn(offInGap, at('2027-03-28T03:00:00+02:00')), false);
    const onInGap = { on: '02:30', off: '23:00' };
    assert.equal(isDisplayOn(onInGap, at('2027-03-28T01:59:00+01:00')), false);
    assert.equal(isDisplayOn(onInGap, at('2027-03-28T03:00:00+02:00')), true);
    // Both in the gap: that night the screen has no off hours at all.
    const offHalfHour = { on: '02:30', off: '02:00' };
    assert.equal(isDisplayOn(offHalfHour, at('2027-03-28T01:59:00+01:00')), true);
    assert.equal(isDisplayOn(offHalfHour, at('2027-03-28T03:00:00+02:00')), true);
  });
});
