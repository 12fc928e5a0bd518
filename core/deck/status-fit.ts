/**
 * What a buurtpunt's block shows when it is too tall for a page of its own on the smallest screen
 * (long notes in its changes, six opening blocks a day, a long name and address together): it gives
 * up, in this order, only as much as it must, so what it shows is whole lines and never a line cut
 * off mid-glyph. First the own buurtpunt's larger size (nothing is lost), then its coming changes
 * from the last (this week's are marked on the week table too, and the touch screen lists them),
 * then the week table (the sentence above it still says whether it is open now and when next), in
 * whose room the changes that then fit come back.
 * core/import/status-length.ts tells staff what is left out.
 */
import type { LocationBlock } from '../hours/location-block';
import { blocksFit, type BlockOnPage } from './status-room';

/** How a block is shown: the own one larger, how many of its changes, and its week table or not. */
export interface BlockCut {
  large: boolean;
  changes: number;
  week: boolean;
}

/** The block as `cut` shows it. */
export function cutBlock(block: LocationBlock, cut: BlockCut): BlockOnPage {
  return {
    block: { ...block, upcoming: block.upcoming.slice(0, cut.changes), week: cut.week ? block.week : [] },
    large: cut.large,
  };
}

/**
 * The most of `block` that fits a page of its own on every screen under a header naming
 * `headerName`: all of it when it fits; without its week table, as many changes as then fit; the
 * least it can show (at the others' size, no changes, no week table) when nothing else does.
 */
export function cutToFit(block: LocationBlock, own: boolean, headerName: string): BlockCut {
  const tries: BlockCut[] = [];
  if (own) tries.push({ large: true, changes: block.upcoming.length, week: true });
  for (const week of [true, false])
    for (let changes = block.upcoming.length; changes >= 0; changes--)
      tries.push({ large: false, changes, week });
  const least: BlockCut = { large: false, changes: 0, week: false };
  return tries.find((cut) => blocksFit([cutBlock(block, cut)], headerName)) ?? least;
}
