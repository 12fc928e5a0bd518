import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isClockPlausible, planningInstant } from '../../../../core/hours/clock-plausibility';
import { at } from './fixtures';

const floor = { contentUpdated: '2026-11-27', buildDate: '2026-11-20' };

describe('isClockPlausible', () => {
  it('rejects a Raspberry Pi that booted in 1970', () => {
    assert.equal(isClockPlausible(0, floor), false);
  });

  it('rejects a clock before the content date or the build date', () => {
    assert.equal(isClockPlausible(at('2026-11-26T23:59:00+01:00'), floor), false);
    assert.equal(
      isClockPlausible(at('2026-12-01T12:00:00+01:00'), { ...floor, buildDate: '2026-12-02' }),
      false,
    );
  });

  it('accepts the content day itself, judged in Brussels even when UTC is still the day before', () => {
    assert.equal(isClockPlausible(at('2026-11-27T00:30:00+01:00'), floor), true);
    assert.equal(isClockPlausible(at('2027-06-01T12:00:00+02:00'), floor), true);
  });

  it('rejects a clock that is not a number', () => {
    assert.equal(isClockPlausible(Number.NaN, floor), false);
  });
});

describe('planningInstant', () => {
  it('is the clock itself when it can be right', () => {
    assert.equal(
      planningInstant(at('2026-12-03T10:00:00+01:00'), true, '2026-11-27'),
      at('2026-12-03T10:00:00+01:00'),
    );
  });

  it('is no earlier than the start of the content date, in Brussels, when it cannot be', () => {
    assert.equal(planningInstant(0, false, '2026-11-27'), at('2026-11-27T00:00:00+01:00'));
    assert.equal(planningInstant(Number.NaN, false, '2026-11-27'), at('2026-11-27T00:00:00+01:00'));
    // Behind, but already on the content date (the build date was later): its own time.
    assert.equal(
      planningInstant(at('2026-11-27T15:00:00+01:00'), false, '2026-11-27'),
      at('2026-11-27T15:00:00+01:00'),
    );
  });
});
