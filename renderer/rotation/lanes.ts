/**
 * Which slide each of <kiosk-rotation>'s two lanes holds: the slide on screen, and the next one
 * while it is prepared (built, then laid out, hidden). When the next slide's turn comes, its lane is
 * shown as it is and the other lane is emptied; a slide that was not prepared is drawn at once in
 * the lane of the one it replaces. Keys only: the rotation renders each lane's slide from its deck.
 */
import type { Slide } from '../../core/deck/types';

/** What the lanes go by: which slide, and of what kind. */
export type SlideRef = Pick<Slide, 'key' | 'kind'>;

export interface Lane {
  key: string;
  role: 'shown' | 'ahead';
  /** For a slide ahead: laid out (hidden) rather than only built. */
  laid: boolean;
}

export class LaneKeeper {
  /** Two fixed places, so that a prepared slide keeps its elements when it comes on screen. */
  lanes: [Lane | null, Lane | null] = [null, null];
  /** The slide to prepare, if any. */
  #next: SlideRef | null = null;

  get shownKey(): string | null {
    return this.lanes.find((lane) => lane?.role === 'shown')?.key ?? null;
  }

  /** A slide is worth preparing and its lane is not there yet. */
  get wanted(): boolean {
    const next = this.#next;
    return next !== null && !this.lanes.some((lane) => lane?.role === 'ahead' && lane.key === next.key);
  }

  /** The slide ahead is built but not laid out yet. */
  get unlaid(): boolean {
    return this.lanes.some((lane) => lane?.role === 'ahead' && !lane.laid);
  }

  /** The slide on screen now and the one after it (as planned now). */
  show(shown: SlideRef | null, next: SlideRef | null): void {
    if (!shown) {
      this.lanes = [null, null];
      this.#next = null;
      return;
    }
    this.#next = next && worthPreparing(shown, next) ? next : null;
    const holding = this.lanes.findIndex((lane) => lane?.key === shown.key);
    const shownAt =
      holding >= 0
        ? holding
        : Math.max(
            this.lanes.findIndex((lane) => lane?.role === 'shown'),
            0,
          );
    const other = shownAt === 0 ? 1 : 0;
    const keep = this.lanes[other];
    this.lanes[shownAt] = { key: shown.key, role: 'shown', laid: true };
    // The slide that was on screen goes at once; a prepared slide stays if it is still the next one.
    this.lanes[other] = keep?.role === 'ahead' && keep.key === this.#next?.key ? keep : null;
  }

  /** Builds the next slide (without a box yet) in the free lane. */
  prepare(): void {
    const next = this.#next;
    if (!next || !this.wanted) return;
    const free = this.lanes[0]?.role === 'shown' ? 1 : 0;
    this.lanes[free] = { key: next.key, role: 'ahead', laid: false };
  }

  /** Gives the slide ahead its (hidden) box: its layout and fit search follow. */
  layOut(): void {
    for (const lane of this.lanes) if (lane?.role === 'ahead') lane.laid = true;
  }
}

/**
 * Not prepared: the status slide, whose blocks are what outside checks read at an instant (their
 * data-location and data-state hooks must be on the page once) and which is quick to draw; and a
 * second page of the same kind, which shares words (the heading) with the page on screen that must
 * be found once on the page.
 */
function worthPreparing(shown: SlideRef, next: SlideRef): boolean {
  return next.key !== shown.key && next.kind !== 'status' && next.kind !== shown.kind;
}
