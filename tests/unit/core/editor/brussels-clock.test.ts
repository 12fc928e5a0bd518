import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brusselsLocalDateTime, instantOfBrusselsLocal } from '../../../../core/editor/brussels-clock';

describe('Brussels wall clock in the editor', () => {
  it('reads winter and summer time whatever the machine zone', () => {
    assert.equal(brusselsLocalDateTime(Date.parse('2026-12-08T08:55:00Z')), '2026-12-08T09:55');
    assert.equal(brusselsLocalDateTime(Date.parse('2026-07-07T07:55:30Z')), '2026-07-07T09:55');
  });

  it('turns "Tuesday 9:55" into the right instant in winter and in summer', () => {
    assert.equal(instantOfBrusselsLocal('2026-12-08T09:55'), Date.parse('2026-12-08T08:55:00Z'));
    assert.equal(instantOfBrusselsLocal('2026-07-07T09:55'), Date.parse('2026-07-07T07:55:00Z'));
  });

  it('takes the first 02:30 on the autumn night the hour repeats', () => {
    assert.equal(instantOfBrusselsLocal('2026-10-25T02:30'), Date.parse('2026-10-25T00:30:00Z'));
  });

  it('takes a time in the skipped spring hour as the moment the clock jumps to 03:00', () => {
    const t = instantOfBrusselsLocal('2026-03-29T02:30');
    assert.equal(brusselsLocalDateTime(t), '2026-03-29T03:00');
  });

  it('gives NaN for something that is not a date and time', () => {
    assert.ok(Number.isNaN(instantOfBrusselsLocal('dinsdag')));
    assert.ok(Number.isNaN(instantOfBrusselsLocal('2026-02-30T10:00')));
  });
});
