import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LaneKeeper, type SlideRef } from '../../../../renderer/rotation/lanes';

const status: SlideRef = { key: 'status', kind: 'status' };
const activities: SlideRef = { key: 'activities-1', kind: 'activities' };
const activities2: SlideRef = { key: 'activities-2', kind: 'activities' };
const facebook: SlideRef = { key: 'facebook', kind: 'facebook' };
const about: SlideRef = { key: 'about', kind: 'about' };

/** "role:key[+laid]" per lane, "-" for an empty one. */
function lanesOf(keeper: LaneKeeper): string[] {
  return keeper.lanes.map((lane) =>
    lane ? `${lane.role}:${lane.key}${lane.role === 'ahead' && lane.laid ? '+laid' : ''}` : '-',
  );
}

describe('the rotation lanes', () => {
  it('prepares the next slide in the other lane, built first and then laid out', () => {
    const keeper = new LaneKeeper();
    keeper.show(activities, facebook);
    assert.deepEqual(lanesOf(keeper), ['shown:activities-1', '-']);
    assert.equal(keeper.wanted, true);
    keeper.prepare();
    assert.deepEqual(lanesOf(keeper), ['shown:activities-1', 'ahead:facebook']);
    assert.equal(keeper.wanted, false);
    assert.equal(keeper.unlaid, true);
    keeper.layOut();
    assert.deepEqual(lanesOf(keeper), ['shown:activities-1', 'ahead:facebook+laid']);
    assert.equal(keeper.unlaid, false);
  });

  it('shows a prepared slide in its own lane, so its elements stay, and empties the other at once', () => {
    const keeper = new LaneKeeper();
    keeper.show(activities, facebook);
    keeper.prepare();
    keeper.layOut();
    keeper.show(facebook, about);
    assert.deepEqual(lanesOf(keeper), ['-', 'shown:facebook']);
    assert.equal(keeper.shownKey, 'facebook');
    keeper.prepare();
    assert.deepEqual(lanesOf(keeper), ['ahead:about', 'shown:facebook']);
  });

  it('draws a slide that was not prepared in the lane of the one it replaces, dropping a stale one', () => {
    const keeper = new LaneKeeper();
    keeper.show(activities, facebook);
    keeper.prepare();
    // The deck changed: about comes next instead of facebook.
    keeper.show(about, activities);
    assert.deepEqual(lanesOf(keeper), ['shown:about', '-']);
  });

  it('keeps a prepared slide while it is still the next one, whatever else is re-rendered', () => {
    const keeper = new LaneKeeper();
    keeper.show(activities, facebook);
    keeper.prepare();
    keeper.layOut();
    keeper.show(activities, facebook); // the minute's re-render
    assert.deepEqual(lanesOf(keeper), ['shown:activities-1', 'ahead:facebook+laid']);
  });

  it('does not prepare the status slide, a second page of the same kind, or the slide itself', () => {
    for (const [shown, next] of [
      [about, status],
      [activities, activities2],
      [facebook, facebook],
    ] as const) {
      const keeper = new LaneKeeper();
      keeper.show(shown, next);
      assert.equal(keeper.wanted, false, `${shown.key} → ${next.key}`);
      keeper.prepare();
      assert.deepEqual(lanesOf(keeper), [`shown:${shown.key}`, '-']);
    }
  });

  it('empties both lanes when nothing is to be shown', () => {
    const keeper = new LaneKeeper();
    keeper.show(activities, facebook);
    keeper.prepare();
    keeper.show(null, null);
    assert.deepEqual(lanesOf(keeper), ['-', '-']);
    assert.equal(keeper.shownKey, null);
  });
});
