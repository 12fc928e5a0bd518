import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELOAD_BACKOFF, recordFailure } from '../../../../main/electron/crash-backoff';

const MIN = 60_000;

/** Records failures at the given instants and returns the delay chosen after each. */
function delaysAt(instants: number[]): number[] {
  let failures: number[] = [];
  return instants.map((now) => {
    const step = recordFailure(failures, now);
    failures = step.failures;
    return step.delayMs;
  });
}

describe('reload back-off', () => {
  it('reloads a second after a first crash', () => {
    assert.deepEqual(recordFailure([], 1_000_000), { failures: [1_000_000], delayMs: 1_000 });
  });

  it('doubles per recent failure and stops at a minute', () => {
    const instants = Array.from({ length: 9 }, (_, i) => i * 5_000);
    assert.deepEqual(
      delaysAt(instants),
      [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000],
    );
  });

  it('forgets failures after ten quiet minutes', () => {
    assert.deepEqual(delaysAt([0, 1_000, 2_000, 2_000 + 10 * MIN]), [1_000, 2_000, 4_000, 1_000]);
  });

  it('keeps only the failures inside the window, so memory stays small over months', () => {
    let failures: number[] = [];
    for (let day = 0; day < 365; day++) failures = recordFailure(failures, day * 24 * 60 * MIN).failures;
    assert.equal(failures.length, 1);
  });

  it('ignores instants from the future (a clock set back)', () => {
    assert.equal(recordFailure([5 * MIN, 6 * MIN], 1 * MIN).delayMs, RELOAD_BACKOFF.baseMs);
  });
});
