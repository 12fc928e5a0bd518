import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProblemIndex, isWithin, nearestFieldPath } from '../../../../core/editor/problem-index';

describe('problem index', () => {
  const index = new ProblemIndex([
    { path: 'activities[3].start', message: 'vul de datum in' },
    { path: 'activities[3].start', message: 'tweede' },
    { path: 'activities[30].title', message: 'vul dit in' },
    { path: 'locations[0].hours.thursday[0].until', message: 'vul een geldig uur in' },
  ]);

  it('gives each field exactly its own messages', () => {
    assert.deepEqual(index.at('activities[3].start'), ['vul de datum in', 'tweede']);
    assert.deepEqual(index.at('activities[3]'), []);
  });

  it('counts problems inside a section without mixing up activities[3] and activities[30]', () => {
    assert.equal(index.countWithin('activities[3]'), 2);
    assert.equal(index.countWithin('activities'), 3);
    assert.equal(index.countWithin('locations[0].hours'), 1);
    assert.equal(index.size, 4);
  });

  it('treats a path as inside itself and its parents only', () => {
    assert.ok(isWithin('about.aims[0].title', 'about'));
    assert.ok(!isWithin('aboutx', 'about'));
    assert.ok(isWithin('anything', ''));
  });

  it('focuses the nearest enclosing field when a problem has no field of its own', () => {
    const fields = new Set(['activities[3]', 'activities[3].title']);
    assert.equal(
      nearestFieldPath('activities[3].colour', (p) => fields.has(p)),
      'activities[3]',
    );
    assert.equal(
      nearestFieldPath('activities[3].title', (p) => fields.has(p)),
      'activities[3].title',
    );
    assert.equal(
      nearestFieldPath('organisation.fax', (p) => fields.has(p)),
      null,
    );
  });
});
