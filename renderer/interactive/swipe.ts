/**
 * Swipe left/right between pages with pointer events (touch, pen or a mouse drag). A swipe is a
 * mostly horizontal move of at least SWIPE_MIN_PX; the click a drag may end in is swallowed, so a
 * swipe that ends on a button does not also press it. The host runs it (hostConnected/
 * hostDisconnected) only while its pages can be turned.
 */
import type { ReactiveController } from 'lit';

/** Shortest horizontal travel that counts as a swipe (CSS px). */
export const SWIPE_MIN_PX = 60;
/** The horizontal travel must be at least this many times the vertical. */
export const SWIPE_RATIO = 1.5;

export type SwipeDirection = 'next' | 'previous';

/** Pure: a finger moving left (dx < 0) turns to the next page, as in a book. */
export function swipeDirection(dx: number, dy: number): SwipeDirection | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < SWIPE_RATIO * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

export class SwipeController implements ReactiveController {
  #start: { id: number; x: number; y: number } | null = null;
  #swallowClick = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly onSwipe: (direction: SwipeDirection) => void,
  ) {}

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.#down);
    this.host.addEventListener('pointerup', this.#up);
    this.host.addEventListener('pointercancel', this.#cancel);
    this.host.addEventListener('click', this.#click, { capture: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.#down);
    this.host.removeEventListener('pointerup', this.#up);
    this.host.removeEventListener('pointercancel', this.#cancel);
    this.host.removeEventListener('click', this.#click, { capture: true });
    this.#start = null;
  }

  #down = (event: PointerEvent): void => {
    this.#swallowClick = false;
    if (!event.isPrimary) return;
    this.#start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  #up = (event: PointerEvent): void => {
    const start = this.#start;
    if (!start || start.id !== event.pointerId) return;
    this.#start = null;
    const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y);
    if (!direction) return;
    this.#swallowClick = true;
    this.onSwipe(direction);
  };

  #cancel = (event: PointerEvent): void => {
    if (this.#start?.id === event.pointerId) this.#start = null;
  };

  #click = (event: MouseEvent): void => {
    // detail 0: a click made by a key (Enter on a button), never the end of a drag.
    if (!this.#swallowClick || event.detail === 0) return;
    this.#swallowClick = false;
    event.preventDefault();
    event.stopPropagation();
  };
}
