import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTDOWN_SECONDS, idleState } from '../../../../renderer/interactive/idle-timer';

describe('idle timer', () => {
  const last = 1_000_000;
  const minute = 60_000;

  it('shows nothing until the last 10 seconds and wakes exactly when they start', () => {
    assert.deepEqual(idleState(last, last, minute), {
      idle: false,
      remainingSeconds: null,
      nextChangeAt: last + minute - COUNTDOWN_SECONDS * 1000,
    });
    assert.equal(idleState(last, last + 49_999, minute).remainingSeconds, null);
  });

  it('counts 10, 9, … 1 and wakes once per second', () => {
    const counted: (number | null)[] = [];
    let at = last + 50_000;
    while (!idleState(last, at, minute).idle) {
      const state = idleState(last, at, minute);
      counted.push(state.remainingSeconds);
      assert.equal(state.nextChangeAt - at, 1000);
      at = state.nextChangeAt;
    }
    assert.deepEqual(counted, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert.equal(at, last + minute);
  });

  it('rounds a part of a second up, so the screen never shows 0 s', () => {
    assert.equal(idleState(last, last + 59_001, minute).remainingSeconds, 1);
    assert.equal(idleState(last, last + 52_500, minute).remainingSeconds, 8);
    assert.equal(idleState(last, last + 52_500, minute).nextChangeAt, last + 53_000);
  });

  it('is idle at the timeout and after it', () => {
    assert.equal(idleState(last, last + minute, minute).idle, true);
    assert.equal(idleState(last, last + 5 * minute, minute).idle, true);
  });

  it('counts down the whole wait when the timeout is shorter than the countdown', () => {
    assert.equal(idleState(last, last, 5_000).remainingSeconds, 5);
  });
});
