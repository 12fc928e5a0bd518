import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutBlock, cutToFit } from '../../../../core/deck/status-fit';
import { blocksFit } from '../../../../core/deck/status-room';
import type { LocationBlock } from '../../../../core/hours/location-block';
import { NAME_120, NOTE_120 } from '../../../support/status-content';

const DAYS = ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'];
const SIX = '8:00 – 9:00, 9:30 – 10:30, 11:00 – 12:00, 13:00 – 14:00, 14:30 – 15:30, 16:00 – 17:00';
const HEADER = 'Buurtpunt Hof ten Rode';

/** A block as the status slide words it: `hours` every day, these changes. */
function block(fields: Partial<LocationBlock> & { hours?: string } = {}): LocationBlock {
  const { hours = '10:00 – 13:00', ...rest } = fields;
  return {
    id: 'hof-ten-rode',
    name: 'Buurtpunt Hof ten Rode',
    address: 'Hof ten Rode 78, 9200 Baasrode',
    state: 'closed',
    label: 'Gesloten',
    headline: 'Gesloten · opent dinsdag om 10:00',
    detail: null,
    week: DAYS.map((name, i) => ({
      day: 'monday',
      name,
      hours,
      open: true,
      today: i === 3,
      changed: false,
    })),
    upcoming: ['Dinsdag 8 december: gesloten (personeelsvergadering)'],
    ...rest,
  };
}

describe('a block too tall for a page of its own', () => {
  it('shows an ordinary block whole, the own one larger', () => {
    assert.deepEqual(cutToFit(block(), true, HEADER), { large: true, changes: 1, week: true });
    assert.deepEqual(cutToFit(block(), false, HEADER), { large: false, changes: 1, week: true });
  });

  it('first draws the own buurtpunt at the others’ size, losing nothing', () => {
    assert.deepEqual(cutToFit(block({ hours: SIX }), true, HEADER), { large: false, changes: 1, week: true });
  });

  it('then leaves out changes from the last', () => {
    const upcoming = [
      `Dinsdag 8 december: gesloten (${NOTE_120})`,
      `Donderdag 10 december: open ${SIX} (${NOTE_120})`,
    ];
    assert.deepEqual(cutToFit(block({ hours: SIX, upcoming }), true, HEADER), {
      large: false,
      changes: 1,
      week: true,
    });
  });

  it('then the week table, and the changes that fit its room come back', () => {
    const long = block({
      name: NAME_120,
      address: `${NAME_120}, 9200 ${NAME_120}`,
      hours: SIX,
      headline: `Vandaag gesloten (${NOTE_120})`,
      detail: `Opent vrijdag om 8:00 (${NOTE_120})`,
    });
    const cut = cutToFit(long, true, NAME_120);
    assert.deepEqual(cut, { large: false, changes: 1, week: false });
    assert.equal(blocksFit([cutBlock(long, cut)], NAME_120), true);
  });

  it('shows the least it can when nothing fits: no changes, no week table', () => {
    const huge = `${NAME_120} ${NAME_120} ${NAME_120}`;
    const cut = cutToFit(block({ name: huge, address: huge, headline: huge, detail: huge }), true, huge);
    assert.deepEqual(cut, { large: false, changes: 0, week: false });
  });

  it('shows exactly the changes and week it keeps', () => {
    const upcoming = ['a', 'b'];
    const shown = cutBlock(block({ upcoming }), { large: false, changes: 1, week: false });
    assert.deepEqual([shown.large, shown.block.upcoming, shown.block.week], [false, ['a'], []]);
  });
});
