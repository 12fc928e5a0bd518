/**
 * How staff open their status view, and what a visitor will not do by accident: the key combination
 * Ctrl+Alt+Shift+S (the Electron shell passes Ctrl+Alt+Shift+letter to the page), or holding a finger
 * still in the top-left corner for three seconds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WakeUp, readClock } from './clock';

/** The documented key combination (docs/usb-import.md). */
export const STAFF_VIEW_KEYS = 'Ctrl+Alt+Shift+S';
/** How long the corner must be held. */
export const LONG_PRESS_MS = 3000;
/** The corner: this share of the shorter screen side, from the top-left. */
const CORNER_VMIN = 0.12;
/** A finger that moves further than this is swiping, not holding. */
const MAX_DRIFT_PX = 24;

export class StaffGesture implements ReactiveController {
  #press: { id: number; x: number; y: number } | null = null;
  #timer = new WakeUp(() => this.#fire());

  constructor(
    host: ReactiveControllerHost,
    private readonly onOpen: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.#key, { capture: true });
    window.addEventListener('pointerdown', this.#down, { capture: true });
    window.addEventListener('pointermove', this.#move, { capture: true, passive: true });
    window.addEventListener('pointerup', this.#cancel, { capture: true });
    window.addEventListener('pointercancel', this.#cancel, { capture: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#key, { capture: true });
    window.removeEventListener('pointerdown', this.#down, { capture: true });
    window.removeEventListener('pointermove', this.#move, { capture: true });
    window.removeEventListener('pointerup', this.#cancel, { capture: true });
    window.removeEventListener('pointercancel', this.#cancel, { capture: true });
    this.#timer.cancel();
    this.#press = null;
  }

  #key = (event: KeyboardEvent): void => {
    if (event.ctrlKey && event.altKey && event.shiftKey && !event.metaKey && event.code === 'KeyS') {
      event.preventDefault();
      this.onOpen();
    }
  };

  #down = (event: PointerEvent): void => {
    const corner = Math.min(window.innerWidth, window.innerHeight) * CORNER_VMIN;
    if (!event.isPrimary || event.clientX > corner || event.clientY > corner) return;
    this.#press = { id: event.pointerId, x: event.clientX, y: event.clientY };
    const now = readClock();
    this.#timer.at(now + LONG_PRESS_MS, now);
  };

  #move = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || event.pointerId !== press.id) return;
    if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > MAX_DRIFT_PX) this.#cancel();
  };

  #cancel = (): void => {
    this.#press = null;
    this.#timer.cancel();
  };

  #fire(): void {
    if (!this.#press) return;
    this.#press = null;
    this.onOpen();
  }
}
