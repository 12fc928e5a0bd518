import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputToUntil, untilToInput } from '../../../../core/editor/hours-input';

describe('opening-hour inputs', () => {
  it('shows "until midnight" (24:00) as 00:00 in a time input and saves it back as 24:00', () => {
    assert.equal(untilToInput('24:00'), '00:00');
    assert.equal(inputToUntil('00:00'), '24:00');
  });

  it('leaves ordinary times alone', () => {
    assert.equal(untilToInput('12:00'), '12:00');
    assert.equal(inputToUntil('12:30'), '12:30');
    assert.equal(untilToInput(undefined), '');
  });
});
