/**
 * Wakes the touch screen: the first touch, click or key press on the rotation switches to the
 * interactive mode and is used up doing so. Listeners run in the capture phase (on the app for
 * pointers, on the document for keys), so the rest of that pointer sequence (pointerup, a touch's
 * compatibility mouse events, the click) and that key's keyup never reach the page that appears
 * under the finger.
 *
 * The sequence ends with its click, however late that comes: a tap's click follows the lift by
 * 60–100 ms on a quiet machine, but a busy screen can hold it back for longer, and it would then
 * land on whatever card the touch screen shows under the finger. No timer ends it: a gesture that
 * makes no click (a drag, a long press) ends at the next touch or key press, the only ways a visitor
 * presses something on the touch screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fromOverlay, isWakingKey, type EarlyWake } from './wake-input';

/** Events that belong to a pointer sequence already begun: never delivered after a waking touch. */
const SEQUENCE_EVENTS = ['pointerup', 'touchend', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick'];

export class WakeController implements ReactiveController {
  /** True from the waking pointerdown until that finger (or button) is lifted. */
  holding = false;

  #swallowing = false;
  #pointerId: number | null = null;
  #key: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether an input now should wake (only while the rotation shows). */
    private readonly asleep: () => boolean,
    private readonly wake: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const options = { capture: true };
    this.host.addEventListener('pointerdown', this.#pointerDown, options);
    this.host.addEventListener('pointercancel', this.#pointerEnd, options);
    for (const type of SEQUENCE_EVENTS) this.host.addEventListener(type, this.#sequence, options);
    // Keys go to the focused element, which is <body> until something in the app has focus.
    document.addEventListener('keydown', this.#keyDown, options);
    document.addEventListener('keypress', this.#keyOther, options);
    document.addEventListener('keyup', this.#keyOther, options);
  }

  hostDisconnected(): void {
    const options = { capture: true };
    this.host.removeEventListener('pointerdown', this.#pointerDown, options);
    this.host.removeEventListener('pointercancel', this.#pointerEnd, options);
    for (const type of SEQUENCE_EVENTS) this.host.removeEventListener(type, this.#sequence, options);
    document.removeEventListener('keydown', this.#keyDown, options);
    document.removeEventListener('keypress', this.#keyOther, options);
    document.removeEventListener('keyup', this.#keyOther, options);
    this.#stopSwallowing();
  }

  /**
   * Wakes for an input the app did not see itself, as if it had: the rest of that finger's
   * sequence, or that key's repeats and keyup, are swallowed the same way.
   */
  adopt(input: EarlyWake): void {
    if (!this.asleep() || this.#swallowing || this.#key !== null) return;
    if (input.kind === 'key') {
      if (input.down) this.#key = input.key;
    } else {
      this.#swallowing = true;
      this.#pointerId = input.pointerId;
      // Already lifted: its click may still be on its way (or came before the app listened).
      this.holding = input.down;
    }
    this.wake();
    this.host.requestUpdate();
  }

  #pointerDown = (event: PointerEvent): void => {
    // A new finger after the waking one lifted is a real tap on the page now showing.
    if (this.#swallowing && !this.holding) this.#stopSwallowing();
    if (this.#swallowing) return swallow(event);
    if (!this.asleep() || fromOverlay(event)) return;
    swallow(event);
    this.#swallowing = true;
    this.holding = true;
    this.#pointerId = event.pointerId;
    this.wake();
    this.host.requestUpdate();
  };

  #sequence = (event: Event): void => {
    if (!this.#swallowing) return;
    swallow(event);
    if (event.type === 'pointerup' && (event as PointerEvent).pointerId === this.#pointerId) {
      this.#pointerEnd(event as PointerEvent);
    }
    // The click is the last event of a tap or a mouse click: whatever comes after it is new.
    if (event.type === 'click' && !this.holding) this.#stopSwallowing();
  };

  #pointerEnd = (event: PointerEvent): void => {
    if (!this.#swallowing || event.pointerId !== this.#pointerId) return;
    swallow(event);
    this.holding = false;
    this.host.requestUpdate();
  };

  #stopSwallowing(): void {
    this.#swallowing = false;
    this.#pointerId = null;
    if (this.holding) {
      this.holding = false;
      this.host.requestUpdate();
    }
  }

  #keyDown = (event: KeyboardEvent): void => {
    // A key after the waking finger lifted is meant for the touch screen: its Enter may click.
    if (this.#swallowing && !this.holding) this.#stopSwallowing();
    if (this.#key !== null && event.key === this.#key) return swallow(event); // auto-repeat
    if (!this.asleep() || fromOverlay(event) || !isWakingKey(event)) return;
    swallow(event);
    this.#key = event.key;
    this.wake();
  };

  #keyOther = (event: KeyboardEvent): void => {
    if (this.#key === null || event.key !== this.#key) return;
    swallow(event);
    if (event.type === 'keyup') this.#key = null;
  };
}

/** Stops the event here: nothing inside the app sees it, and it does nothing by default. */
function swallow(event: Event): void {
  if (event.cancelable) event.preventDefault();
  event.stopImmediatePropagation();
}
