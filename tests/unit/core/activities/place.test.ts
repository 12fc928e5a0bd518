import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePlace } from '../../../../core/activities/place';
import { activity, contentWith } from '../deck/deck-fixtures';

describe('activity place', () => {
  const content = contentWith((c) => {
    c.activities = [
      activity('Bij het buurtpunt', '2026-12-01T10:00', '2026-12-01T11:00', { location: 'hof-ten-rode' }),
      activity('In de tuin', '2026-12-01T10:00', '2026-12-01T11:00', { place: 'in de tuin' }),
      { title: 'Vrij', start: '2026-12-01T10:00', end: '2026-12-01T11:00', place: 'Kerk van Baasrode' },
    ];
  });
  const placeOf = (i: number) => describePlace(content.activities[i]!, content.locations);

  it('resolves a location id to the buurtpunt’s name and address', () => {
    assert.equal(placeOf(0), 'Buurtpunt Hof ten Rode, Hof ten Rode 78, 9200 Baasrode');
  });

  it('adds the free place text to a location, or shows it alone', () => {
    assert.equal(placeOf(1), 'Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde · in de tuin');
    assert.equal(placeOf(2), 'Kerk van Baasrode');
  });
});
