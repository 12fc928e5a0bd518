import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContent } from '../../../../core/content/validate';
import { newDraft, idFromName } from '../../../../core/editor/new-content';
import { readDraft } from '../../../../core/editor/read-draft';
import { sampleDraft } from './sample';

describe('reading a content file into the forms', () => {
  it('takes the sample content as it is', () => {
    const { draft, resets } = readDraft(sampleDraft());
    assert.deepEqual(resets, []);
    assert.deepEqual(draft, sampleDraft());
  });

  it('empties a list of the wrong kind and says so, keeping the rest', () => {
    const broken = { ...sampleDraft(), activities: 'zie Facebook' } as unknown;
    const { draft, resets } = readDraft(broken);
    assert.deepEqual(draft.activities, []);
    assert.equal(draft.locations.length, 2);
    assert.deepEqual(resets, ['activiteiten: was geen lijst en is leeggemaakt']);
  });

  it('repairs a weekday that is not a list of hours', () => {
    const c = sampleDraft() as unknown as { locations: { hours: Record<string, unknown> }[] };
    c.locations[0]!.hours.thursday = '9-12';
    const { draft, resets } = readDraft(c);
    assert.deepEqual(draft.locations[0]!.hours.thursday, []);
    assert.deepEqual(resets, ['Buurtpunt Bijloke, donderdag: was geen lijst en is leeggemaakt']);
  });

  it('keeps unknown fields and wrong values for validation to report', () => {
    const c = sampleDraft() as unknown as { contacts: Record<string, unknown>[] };
    c.contacts[0]!.fax = '052';
    c.contacts[0]!.phone = 473;
    const { draft } = readDraft(c);
    const result = validateContent(draft);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['contacts[0].phone', 'contacts[0].fax'],
    );
  });

  it('gives the forms every block even for an empty file', () => {
    const { draft, resets } = readDraft(null);
    assert.deepEqual(draft.activities, []);
    assert.deepEqual(draft.organisation, {});
    assert.deepEqual(draft.about, { aims: [] });
    assert.equal(resets.length, 1);
  });
});

describe('a new stick', () => {
  it('starts incomplete: the editor lists what to fill in rather than inventing content', () => {
    const result = validateContent(newDraft('2026-11-27'));
    assert.ok(!result.ok);
    assert.ok(result.problems.some((p) => p.path === 'locations[0].name'));
  });

  it('derives a location id from its name', () => {
    assert.equal(idFromName('Buurtpunt Hof ten Rode'), 'hof-ten-rode');
    assert.equal(idFromName('Wastijne (Serbos/Boonwijk)'), 'wastijne-serbos-boonwijk');
    assert.equal(idFromName(''), 'buurtpunt');
  });
});
