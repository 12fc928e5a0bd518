import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HOURS_PAGE_SCREENS,
  fitsHoursPage,
  hoursBlockHeight,
  hoursRoomLeft,
} from '../../../../core/interactive/hours-page-room';
import { hoursOverview } from '../../../../core/interactive/hours-overview';
import type { LocationBlock } from '../../../../core/hours/location-block';
import { NAME_120, STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { configFor, contentWith } from '../deck/deck-fixtures';

const now = Date.parse(STATUS_AT);
const HEADER = 'Buurtpunt Hof ten Rode';

/** Hof ten Rode's and Bijloke's blocks as the hours page words them at STATUS_AT. */
const blocksOf = (change: Parameters<typeof contentWith>[0] = () => {}) =>
  hoursOverview(contentWith(change), configFor('hof-ten-rode'), now, true);

const heights = (block: LocationBlock) =>
  Object.fromEntries(HOURS_PAGE_SCREENS.map((s) => [s.name, hoursBlockHeight(s, block)]));

/** Chromium's natural height of a block at --fit 1, less the model's: never above 0, within 1 px. */
function assertJustAbove(model: Record<string, number>, chromium: Record<string, number>) {
  for (const [name, real] of Object.entries(chromium)) {
    const worked = model[name]!;
    assert.ok(worked >= real && worked < real + 1, `${name}: ${worked} for ${real}`);
  }
}

describe('the touch screen hours page’s room', () => {
  it('works out the heights Chromium lays the sample’s blocks out at, never lower', () => {
    const [hof, bijloke] = blocksOf();
    // Chromium, 3 December 2026 at 11:00, <kiosk-location-status variant="page"> at --fit 1.
    assertJustAbove(heights(hof!), {
      '800×480': 234.66,
      '1280×800': 370.42,
      '1920×1080': 499.39,
      '1080×1920': 707.09,
    });
    assertJustAbove(heights(bijloke!), {
      '800×480': 203.53,
      '1280×800': 318.52,
      '1920×1080': 429.3,
      '1080×1920': 644.27,
    });
    assert.equal(fitsHoursPage(hof!, HEADER), true);
  });

  it('finds the audit’s cut: two notes of 120 characters overflow 800×480 by 6 px and portrait by 55', () => {
    const [hof] = blocksOf((c) => statusContent(c, STATUS_CASES['120-character notes']!, 2, 'hof-ten-rode'));
    assertJustAbove(heights(hof!), {
      '800×480': 285.41,
      '1280×800': 455.05,
      '1920×1080': 613.67,
      '1080×1920': 1502.59,
    });
    assert.deepEqual(
      HOURS_PAGE_SCREENS.map((s) => Math.round(hoursRoomLeft(s, hof!, HEADER))),
      [-6, 69, 94, -55],
    );
    assert.equal(fitsHoursPage(hof!, HEADER), false);
  });

  it('measures a page that goes on, without address or sentence, as Chromium does', () => {
    const [hof] = blocksOf();
    const next = { ...hof!, address: '', headline: null, detail: null };
    assertJustAbove(heights(next), {
      '800×480': 193.14,
      '1280×800': 304.22,
      '1920×1080': 410.7,
      '1080×1920': 529.19,
    });
  });

  it('puts a short sentence beside the name and state in landscape, under them in portrait', () => {
    const [hof] = blocksOf();
    const short = { ...hof!, headline: 'Nu open · tot 12:00' };
    const without = { ...hof!, headline: null };
    const added = HOURS_PAGE_SCREENS.map((s) => hoursBlockHeight(s, short) - hoursBlockHeight(s, without));
    // Landscape: on the row of the name (which is taller); portrait: its line and a gap.
    assert.deepEqual(
      added.map((px) => Math.round(px)),
      [0, 0, 0, 77],
    );
  });

  it('takes the lines a long name adds to the header from the page (one at 800×480, three in portrait)', () => {
    const [hof] = blocksOf();
    assert.deepEqual(
      HOURS_PAGE_SCREENS.map((s) =>
        Math.round(hoursRoomLeft(s, hof!, HEADER) - hoursRoomLeft(s, hof!, NAME_120)),
      ),
      [17, 26, 35, 114],
    );
  });
});
