import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Content, Location } from '../../../../core/content/schema';
import { STATUS_SCREENS, blocksFit, roomLeft, type BlockOnPage } from '../../../../core/deck/status-room';
import { locationBlock } from '../../../../core/hours/location-block';
import { localDateOf } from '../../../../core/time/local-time';
import { NAME_120, STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { contentWith } from './deck-fixtures';

const now = Date.parse(STATUS_AT);
const HEADER = 'Buurtpunt Hof ten Rode';

/** Hof ten Rode (the own buurtpunt, larger) and Bijloke as the status slide words them at STATUS_AT. */
function sampleBlocks(content: Content): { hof: BlockOnPage; bijloke: BlockOnPage } {
  const byId = (id: string) => content.locations.find((l) => l.id === id) as Location;
  const block = (id: string) => locationBlock(byId(id), now, localDateOf(now), { days: 14, max: 2 });
  return {
    hof: { block: block('hof-ten-rode'), large: true },
    bijloke: { block: block('bijloke'), large: false },
  };
}

const left = (blocks: BlockOnPage[], header = HEADER) =>
  Object.fromEntries(STATUS_SCREENS.map((s) => [s.name, Math.round(roomLeft(s, blocks, header))]));

describe('the status slide’s room', () => {
  it('leaves the room Chromium measured beside the sample’s two blocks, never more', () => {
    const { hof, bijloke } = sampleBlocks(contentWith());
    // Chromium, 3 December 2026 at 11:00: 53.8, 113.0, 143.0 and 244.8 px left.
    const measured: Record<string, number> = {
      '800×480': 53.8,
      '1280×800': 113.0,
      '1920×1080': 143.0,
      '1080×1920': 244.8,
    };
    for (const screen of STATUS_SCREENS) {
      const model = roomLeft(screen, [hof, bijloke], HEADER);
      const real = measured[screen.name]!;
      assert.ok(model <= real && model > real - 1, `${screen.name}: ${model} for ${real}`);
    }
    assert.equal(blocksFit([hof, bijloke], HEADER), true);
  });

  it('finds the audit’s cut: two changes overflow by 32 px at 800×480, 20 at 1280×800, 5 in portrait', () => {
    const { hof, bijloke } = sampleBlocks(
      contentWith((c) => statusContent(c, STATUS_CASES['two changes']!, 2, 'hof-ten-rode')),
    );
    assert.deepEqual(left([hof, bijloke]), {
      '800×480': -32,
      '1280×800': -21,
      '1920×1080': 43,
      '1080×1920': -5,
    });
    assert.equal(blocksFit([hof, bijloke], HEADER), false);
    assert.equal(blocksFit([hof], HEADER), true);
    assert.equal(blocksFit([bijloke], HEADER), true);
  });

  it('takes the lines a long name adds to the header from the slide (one at 800×480, three in portrait)', () => {
    const { hof } = sampleBlocks(contentWith());
    const short = left([hof]);
    const long = left([hof], NAME_120);
    assert.deepEqual(
      STATUS_SCREENS.map((s) => short[s.name]! - long[s.name]!),
      [17, 26, 35, 114],
    );
  });

  it('puts blocks side by side in landscape and one under the other in portrait', () => {
    const { hof, bijloke } = sampleBlocks(contentWith());
    const [small, , , portrait] = STATUS_SCREENS;
    // Landscape: the taller block counts, Hof ten Rode's (343 px at 800×480, Bijloke's 267).
    assert.equal(Math.round(roomLeft(small!, [hof, bijloke], HEADER)), Math.round(small!.room - 343.5));
    // Portrait: both, and the gap between them.
    const both = roomLeft(portrait!, [hof, bijloke], HEADER);
    const one = roomLeft(portrait!, [hof], HEADER);
    const other = roomLeft(portrait!, [bijloke], HEADER);
    const room = portrait!.room;
    // (room - hof) + (room - bijloke) - room - gap = room - hof - bijloke - gap.
    assert.ok(Math.abs(one + other - room - 28.512 - both) < 0.01);
  });
});
