/**
 * The first touch or key press on a page the handler drew, before the app listens: the screen looks
 * ready from its first paint, while app.js still loads and takes it over (renderer/after-paint.ts).
 * Kept, not acted on (the drawn page has no behaviour), and handed to the app once it has started,
 * so that touch still opens the touch screen. Once <kiosk-app> is defined it listens itself.
 */
import type { KioskApp } from '../kiosk-app';
import { fromOverlay, isWakingKey, type EarlyWake } from '../interactive/wake-input';

/** On <html> while early input is kept (after-paint.js has run, the app has not taken over). */
const LISTENING_ATTRIBUTE = 'data-early-input';

export class EarlyInput {
  #input: EarlyWake | null = null;
  readonly #stop = new AbortController();
  readonly #root: HTMLElement;

  constructor(document: Document) {
    const options = { capture: true, signal: this.#stop.signal };
    // A test hook: from now until the app takes over, a touch or key on the drawn screen is kept.
    this.#root = document.documentElement;
    this.#root.toggleAttribute(LISTENING_ATTRIBUTE, true);
    document.addEventListener('pointerdown', this.#pointerDown, options);
    document.addEventListener('pointerup', this.#pointerEnd, options);
    document.addEventListener('pointercancel', this.#pointerEnd, options);
    document.addEventListener('keydown', this.#keyDown, options);
    document.addEventListener('keyup', this.#keyUp, options);
  }

  /** Stops listening and wakes `app` with the input kept, if any. */
  handTo(app: KioskApp | null): void {
    this.#stop.abort();
    this.#root.toggleAttribute(LISTENING_ATTRIBUTE, false);
    if (app && this.#input) app.wakeEarly(this.#input);
    this.#input = null;
  }

  /** Whether the app's own listeners see this event (the element is defined, so connected). */
  #appListens = () => customElements.get('kiosk-app') !== undefined;

  #pointerDown = (event: PointerEvent): void => {
    if (this.#input || this.#appListens() || fromOverlay(event)) return;
    this.#input = { kind: 'pointer', pointerId: event.pointerId, down: true };
  };

  #pointerEnd = (event: PointerEvent): void => {
    if (this.#input?.kind === 'pointer' && this.#input.pointerId === event.pointerId)
      this.#input.down = false;
  };

  #keyDown = (event: KeyboardEvent): void => {
    if (this.#input || this.#appListens() || fromOverlay(event) || !isWakingKey(event)) return;
    this.#input = { kind: 'key', key: event.key, down: true };
  };

  #keyUp = (event: KeyboardEvent): void => {
    if (this.#input?.kind === 'key' && this.#input.key === event.key) this.#input.down = false;
  };
}
