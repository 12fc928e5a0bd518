/**
 * Kiosk manners the stylesheet cannot give: no context menu (long press or right click), no page
 * zoom with Ctrl + wheel or Ctrl +/-, no dragging images around, and no mouse cursor on a touch
 * screen: it hides CURSOR_IDLE_MS after the mouse last moved (class on <html>, see app.css).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WakeUp, readClock } from './clock';

/** The cursor disappears this long after the last mouse movement. */
export const CURSOR_IDLE_MS = 3000;
/** Class on <html> while the cursor is hidden. */
export const CURSOR_HIDDEN_CLASS = 'kiosk-cursor-hidden';

const ZOOM_KEYS = new Set(['+', '-', '=', '0']);

export class KioskManners implements ReactiveController {
  #lastMove = 0;
  #hideAt = new WakeUp(() => this.#maybeHide());
  #pending = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('contextmenu', preventDefault, { capture: true });
    document.addEventListener('dragstart', preventDefault, { capture: true });
    document.addEventListener('wheel', this.#wheel, { capture: true, passive: false });
    document.addEventListener('keydown', this.#key, { capture: true });
    document.addEventListener('pointermove', this.#move, { capture: true, passive: true });
    document.addEventListener('pointerdown', this.#move, { capture: true, passive: true });
    // Hidden from the start: a touch-only screen never shows it; a mouse brings it back.
    this.#lastMove = readClock() - CURSOR_IDLE_MS;
    this.#maybeHide();
  }

  hostDisconnected(): void {
    document.removeEventListener('contextmenu', preventDefault, { capture: true });
    document.removeEventListener('dragstart', preventDefault, { capture: true });
    document.removeEventListener('wheel', this.#wheel, { capture: true });
    document.removeEventListener('keydown', this.#key, { capture: true });
    document.removeEventListener('pointermove', this.#move, { capture: true });
    document.removeEventListener('pointerdown', this.#move, { capture: true });
    this.#hideAt.cancel();
    this.#pending = false;
    document.documentElement.classList.remove(CURSOR_HIDDEN_CLASS);
  }

  #move = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.#lastMove = readClock();
    document.documentElement.classList.remove(CURSOR_HIDDEN_CLASS);
    // One pending wake-up at a time: moves in between only push #lastMove on.
    if (!this.#pending) {
      this.#pending = true;
      this.#hideAt.at(this.#lastMove + CURSOR_IDLE_MS, this.#lastMove);
    }
  };

  #maybeHide(): void {
    this.#pending = false;
    const now = readClock();
    const hideAt = this.#lastMove + CURSOR_IDLE_MS;
    if (now >= hideAt || now < this.#lastMove) {
      document.documentElement.classList.add(CURSOR_HIDDEN_CLASS);
      return;
    }
    this.#pending = true;
    this.#hideAt.at(hideAt, now);
  }

  #wheel = (event: WheelEvent): void => {
    if (event.ctrlKey) event.preventDefault();
  };

  #key = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
  };
}

function preventDefault(event: Event): void {
  event.preventDefault();
}
