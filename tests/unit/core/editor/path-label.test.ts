import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePath, sectionOf } from '../../../../core/editor/path-label';
import { sampleDraft } from './sample';

describe('where a problem is, in words', () => {
  const draft = sampleDraft();

  it('names an activity by its title and the field as the form calls it', () => {
    assert.equal(
      describePath('activities[1].start', draft),
      'Activiteiten › Voorbeeld: hulp bij je smartphone › datum en beginuur',
    );
  });

  it('names a block of opening hours by buurtpunt, weekday and number', () => {
    assert.equal(
      describePath('locations[0].hours.thursday[0].until', draft),
      'Buurtpunten en uren › Buurtpunt Bijloke › openingsuren › donderdag, blok 1 › tot',
    );
  });

  it('names an exception by its note', () => {
    assert.equal(
      describePath('locations[1].exceptions[0].to', draft),
      'Buurtpunten en uren › Buurtpunt Hof ten Rode › uitzondering 1 (kerstvakantie) › laatste dag',
    );
  });

  it('numbers an item that has no title yet', () => {
    assert.equal(describePath('activities[9].title', draft), 'Activiteiten › activiteit 10 › titel');
  });

  it('quotes a field the form does not know', () => {
    assert.equal(describePath('contacts[1].fax', draft), 'Contactpersonen › Kim Bauwens › "fax"');
  });

  it('puts each problem in the tab that shows its field', () => {
    assert.equal(sectionOf('locations[0].exceptions[0].from'), 'locations');
    assert.equal(sectionOf('organisation.email'), 'general');
    assert.equal(sectionOf('colour'), 'general');
    assert.equal(sectionOf(''), 'general');
  });
});
