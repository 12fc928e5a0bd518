import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePath } from '../../../../core/content/problem';
import { getAtPath, moveItem, setAtPath } from '../../../../core/editor/draft-path';

describe('draft paths', () => {
  it('writes a nested value without touching the original', () => {
    const draft = { activities: [{ title: 'a' }, { title: 'b' }], contacts: [] };
    const next = setAtPath(draft, ['activities', 1, 'title'], 'c');
    assert.equal(next.activities[1]!.title, 'c');
    assert.equal(draft.activities[1]!.title, 'b');
    assert.equal(next.activities[0], draft.activities[0], 'untouched branches are shared');
    assert.equal(next.contacts, draft.contacts);
  });

  it('removes an optional field when given undefined instead of writing empty text', () => {
    const next = setAtPath({ a: { description: 'x', title: 't' } }, ['a', 'description'], undefined);
    assert.deepEqual(next, { a: { title: 't' } });
  });

  it('creates the blocks along a path that does not exist yet', () => {
    assert.deepEqual(setAtPath({}, ['hours', 'thursday'], []), { hours: { thursday: [] } });
  });

  it('appends at the end of a list but refuses an index past it', () => {
    assert.deepEqual(setAtPath({ l: [1] }, ['l', 1], 2), { l: [1, 2] });
    assert.throws(() => setAtPath({ l: [1] }, ['l', 3], 2));
  });

  it('refuses keys that would reach the prototype', () => {
    assert.throws(() => setAtPath({}, ['__proto__', 'polluted'], true));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reads a value by path and undefined past a missing step', () => {
    const draft = { locations: [{ hours: { thursday: [{ from: '09:00' }] } }] };
    assert.equal(getAtPath(draft, ['locations', 0, 'hours', 'thursday', 0, 'from']), '09:00');
    assert.equal(getAtPath(draft, ['locations', 3, 'hours']), undefined);
  });

  it('parses the problem path format back into steps', () => {
    assert.deepEqual(parsePath('locations[1].hours.thursday[0].until'), [
      'locations',
      1,
      'hours',
      'thursday',
      0,
      'until',
    ]);
    assert.deepEqual(parsePath(''), []);
  });

  it('moves an item up or down and ignores moves past either end', () => {
    assert.deepEqual(moveItem(['a', 'b', 'c'], 2, 1), ['a', 'c', 'b']);
    assert.deepEqual(moveItem(['a', 'b'], 0, -1), ['a', 'b']);
  });
});
