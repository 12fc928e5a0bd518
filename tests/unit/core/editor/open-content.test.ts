import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import { openContent } from '../../../../core/editor/open-content';
import { repeatedKeyContent } from '../../../support/hostile-content';

describe('the editor opening a content.json', () => {
  it('shows a file that repeats a key 150,000 times for repair with 200 places and a count, as the importer does', () => {
    const opened = openContent(repeatedKeyContent(150_000), '2026-12-03');
    assert.equal(opened.kind, 'repair');
    const lines = opened.kind === 'repair' ? opened.problems.map(describeProblem) : [];
    assert.equal(lines.length, 201);
    assert.match(lines[0]!, /veld "a": "a" staat twee keer in hetzelfde blok/);
    assert.equal(
      lines.at(-1),
      '… en nog 149.799 fouten die hier niet apart staan; verbeter eerst de fouten hierboven',
    );
  });
});
