import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoursOverview } from '../../../../core/interactive/hours-overview';
import { brussels, configFor, contentWith } from '../deck/deck-fixtures';

describe('hours overview of the touch screen', () => {
  const content = contentWith();
  const now = brussels('2026-12-01T10:00');

  it('puts the screen’s own buurtpunt first and shows every weekday', () => {
    const blocks = hoursOverview(content, configFor('hof-ten-rode'), now, true);
    assert.deepEqual(
      blocks.map((b) => b.id),
      ['hof-ten-rode', 'bijloke'],
    );
    for (const block of blocks) assert.equal(block.week.length, 7);
    assert.deepEqual(
      blocks[1]!.week.filter((r) => r.open).map((r) => `${r.name} ${r.hours}`),
      ['Donderdag 9:00 – 12:00'],
    );
  });

  it('lists the Christmas closure three weeks ahead, beyond the status slide’s 14 days', () => {
    const [hof, bijloke] = hoursOverview(content, configFor('hof-ten-rode'), now, true);
    assert.deepEqual(hof!.upcoming, ['22 december – 3 januari: gesloten (kerstvakantie)']);
    assert.deepEqual(bijloke!.upcoming, ['24 december – 3 januari: gesloten (kerstvakantie)']);
  });

  it('says whether it is open now, in the status slide’s words', () => {
    const [hof] = hoursOverview(content, configFor('hof-ten-rode'), now, true);
    assert.equal(hof!.state, 'open');
    assert.equal(hof!.headline, 'Nu open · tot 13:00');
  });

  it('shows every buurtpunt in full, with its week, even with many buurtpunten', () => {
    const many = contentWith((c) => {
      const extra = structuredClone(c.locations[0]!);
      extra.id = 'derde';
      extra.name = 'Derde buurtpunt';
      c.locations.push(extra);
    });
    const blocks = hoursOverview(many, configFor(), now, true);
    assert.deepEqual(
      blocks.map((b) => [b.id, b.week.length]),
      [
        ['bijloke', 7],
        ['hof-ten-rode', 7],
        ['derde', 7],
      ],
    );
  });

  it('shows only the weekly hours when the clock cannot be trusted', () => {
    const [hof] = hoursOverview(content, configFor('hof-ten-rode'), now, false);
    assert.equal(hof!.state, 'unknown');
    assert.equal(hof!.headline, null);
    assert.deepEqual(hof!.upcoming, []);
    assert.equal(
      hof!.week.some((r) => r.today),
      false,
    );
  });
});
