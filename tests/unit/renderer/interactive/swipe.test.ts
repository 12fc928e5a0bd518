import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SWIPE_MIN_PX, swipeDirection } from '../../../../renderer/interactive/swipe';

describe('swipe direction', () => {
  it('turns to the next page when the finger moves left, to the previous when it moves right', () => {
    assert.equal(swipeDirection(-200, 10), 'next');
    assert.equal(swipeDirection(200, -10), 'previous');
  });

  it('needs at least 60 px of horizontal travel', () => {
    assert.equal(SWIPE_MIN_PX, 60);
    assert.equal(swipeDirection(-59, 0), null);
    assert.equal(swipeDirection(-60, 0), 'next');
  });

  it('ignores moves that are mostly vertical (scrolling, or a sloppy tap)', () => {
    assert.equal(swipeDirection(-100, 80), null);
    assert.equal(swipeDirection(-150, 99), 'next');
    assert.equal(swipeDirection(20, 400), null);
  });
});
