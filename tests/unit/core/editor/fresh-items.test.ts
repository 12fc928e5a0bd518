import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setAtPath } from '../../../../core/editor/draft-path';
import { FreshItems } from '../../../../core/editor/fresh-items';

const problem = (path: string) => ({ path, message: 'x' });

describe('new items start quiet', () => {
  it('keeps a new list item quiet until a field of it is edited, and follows it when the list is reordered', () => {
    const fresh = new FreshItems();
    const before = { activities: [{ title: 'oud' }] };
    const added = setAtPath(before, ['activities'], [{ title: '' }, ...before.activities]);
    fresh.noteEdit(before, ['activities'], added);
    assert.equal(fresh.isQuiet(problem('activities[0].title'), added), true);
    assert.equal(fresh.isQuiet(problem('activities[1].title'), added), false, 'an existing item speaks');

    const typed = setAtPath(added, ['activities', 0, 'title'], 'Breicafé');
    fresh.noteEdit(added, ['activities', 0, 'title'], typed);
    assert.equal(fresh.isQuiet(problem('activities[0].title'), typed), false);
    assert.equal(fresh.isQuiet(problem('activities[0].start'), typed), true);

    const moved = setAtPath(typed, ['activities'], [typed.activities[1], typed.activities[0]]);
    fresh.noteEdit(typed, ['activities'], moved, []);
    assert.equal(fresh.isQuiet(problem('activities[1].start'), moved), true);
    assert.equal(fresh.isQuiet(problem('activities[1].title'), moved), false);
  });

  it('counts only the fields named as touched when a whole item is replaced', () => {
    const fresh = new FreshItems();
    const draft = { activities: [{ start: '', end: '' }] };
    fresh.markNew(draft.activities[0]);
    const dated = setAtPath(draft, ['activities', 0], { start: '2026-12-10T', end: '2026-12-10T' });
    fresh.noteEdit(draft, ['activities', 0], dated, ['activities[0].start']);
    assert.equal(fresh.isQuiet(problem('activities[0].start'), dated), false);
    assert.equal(fresh.isQuiet(problem('activities[0].end'), dated), true);
  });

  it('forgets everything on clear', () => {
    const fresh = new FreshItems();
    const draft = { a: {} };
    fresh.markNew(draft);
    assert.equal(fresh.isQuiet(problem('a'), draft), true);
    fresh.clear();
    assert.equal(fresh.isQuiet(problem('a'), draft), false);
  });
});
