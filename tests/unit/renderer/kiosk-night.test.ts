import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { driftOf } from '../../../renderer/kiosk-night';

describe('night clock drift', () => {
  it('moves the clock a little every minute and stays near the centre', () => {
    const start = Date.parse('2026-03-10T22:00:00+01:00');
    const seen = new Set<string>();
    for (let m = 0; m < 24 * 60; m++) {
      const { x, y } = driftOf(start + m * 60_000);
      assert.ok(Math.abs(x) <= 6 && Math.abs(y) <= 5, `${x},${y}`);
      seen.add(`${x},${y}`);
    }
    assert.ok(seen.size > 50);
    assert.notDeepEqual(driftOf(start), driftOf(start + 60_000));
    assert.deepEqual(driftOf(start), driftOf(start + 59_000));
  });
});
