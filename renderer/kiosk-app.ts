/**
 * <kiosk-app>: the shell. Owns the payload; the rotation controller owns the clock reading and the
 * deck (re-planned at the deck's next change, the next slide while the rotation is seen, or the
 * next minute). Slides get everything as properties. Outside the display hours only a dim clock
 * shows, and a visitor's touch screen closes: the next on-hour starts with the rotation at its
 * status slide.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KioskPayload, PageStart } from '../core/api';
import { useZoneOffsets } from '../core/time/local-time';
import { useMediaVersion } from './slides/media-url';
import { TouchWarmup } from './interactive/touch-warmup';
import { WakeController } from './interactive/wake-controller';
import type { EarlyWake } from './interactive/wake-input';
import './kiosk-night';
import './rotation/kiosk-rotation';
import { RotationController } from './rotation/rotation-controller';
import { screenHeader, screenLayout } from './screen-layout';
import { inBackground } from './services/background-task';
import { takeEmbeddedStart } from './services/embedded-payload';
import { KioskClient } from './services/kiosk-client';
import { KioskManners } from './services/kiosk-manners';

export type KioskMode = 'rotation' | 'interactive';

/**
 * The opened touch screen plans its pages for this minute this long after opening: started at once,
 * that work (10–20 ms at 4× throttling) held back the frame that shows the screen. No finger reaches
 * a time-dependent page (opening hours, activities) sooner.
 */
const TOUCH_CATCH_UP_AFTER_MS = 150;

@customElement('kiosk-app')
export class KioskApp extends LitElement {
  static override styles = [
    screenLayout,
    css`
      .waiting {
        display: grid;
        place-items: center;
        font-size: var(--fs-title);
      }
      /*
       * The hidden touch screen lies under the rotation, laid out and ready to be revealed. One cell
       * of a fixed size: the rotation leaving does not resize it, so the touch screen's layout holds.
       */
      main {
        grid-template: minmax(0, 1fr) / minmax(0, 1fr);
      }
      main > * {
        grid-area: 1 / 1;
      }
    `,
  ];

  /** Rotation, or a visitor using the touch screen. Reflected as data-mode for tests and styling. */
  @property({ reflect: true, attribute: 'data-mode' }) accessor mode: KioskMode = 'rotation';

  /**
   * The payload and the instant the page was drawn for: read from the page when the element
   * connects; the server render (renderer/ssr) sets it, as connectedCallback does not run there.
   */
  @property({ attribute: false }) accessor start: PageStart | null = null;

  @state() accessor _payload: KioskPayload | null = null;

  /** The first touch or key on the rotation opens the touch screen and is used up doing so. */
  #wake = new WakeController(
    this,
    () => this.mode === 'rotation' && this.renderRoot.querySelector('kiosk-rotation') !== null,
    () => (this.mode = 'interactive'),
  );
  protected readonly manners = new KioskManners(this);

  #rotation = new RotationController(this);
  #warmup = new TouchWarmup(
    this,
    () => this.#rotation.deck.slides,
    () => this.#touchNow,
  );
  /** The clock reading the touch screen was last planned for (it is not replanned while hidden). */
  #touchNow = 0;
  /** Whether the touch screen showed at the last update, and the pending catch-up after it opened. */
  #touchWasOpen = false;
  #touchCatchUp: (() => void) | null = null;
  // Without an answer the last content stays on screen; the client retries by itself.
  #client = new KioskClient(
    (payload) => this.#receive(payload),
    (message) => console.warn(`kiosk: geen antwoord van de server, de inhoud blijft staan (${message})`),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // The page carries the payload on first load; later (re)connections fetch it.
    this.start ??= takeEmbeddedStart();
    this.#client.start(this.start?.payload ?? null);
  }

  protected override willUpdate(): void {
    if (this.start && !this._payload) {
      // The first render uses the page's payload and instant, so it matches the server's HTML.
      useZoneOffsets(this.start.payload.zoneOffsets);
      useMediaVersion(this.start.payload.version);
      this._payload = this.start.payload;
      this.#rotation.start(this.start.payload, this.start.drawnAt);
    }
    // The display hours end while a visitor has the touch screen open: it closes, so it cannot come
    // back at the next on-hour in front of nobody.
    if (!this.#rotation.displayOn && this.mode === 'interactive') this.mode = 'rotation';
    // Under the touch screen the slides wait, so the app (and the touch screen with it) wakes only
    // at the minute and at the deck's next change, not at every slide end.
    this.#rotation.setCovered(this.#touchOpen);
    this.#followClockOnTouch();
  }

  /**
   * The hidden touch screen is not planned again at every slide change or minute. Open, it follows
   * the rotation's clock reading, which then changes only at the minute and at the deck's next
   * change (the opening hours and activities change on whole minutes). When it opens,
   * its first frame shows the pages as they were prepared: the page it opens on, Contact, does not
   * depend on the time, and planning every page again for this minute (opening hours, activities)
   * cost some 40 ms of the tap on a Pi-class CPU. It catches up in a task of its own once the
   * opening frames are out (TOUCH_CATCH_UP_AFTER_MS).
   */
  #followClockOnTouch(): void {
    const open = this.#touchOpen;
    if (this.#touchNow === 0) {
      this.#touchNow = this.#rotation.now;
    } else if (open && !this.#touchWasOpen) {
      this.#touchCatchUp = inBackground(() => {
        this.#touchCatchUp = null;
        this.requestUpdate();
      }, TOUCH_CATCH_UP_AFTER_MS);
    } else if (open && !this.#touchCatchUp) {
      this.#touchNow = this.#rotation.now;
    } else if (!open) {
      this.#touchCatchUp?.();
      this.#touchCatchUp = null;
    }
    this.#touchWasOpen = open;
  }

  protected override updated(): void {
    // Not at night: the touch screen cannot open then, and the dark screen stays quiet.
    this.#warmup.want(this.#rotation.displayOn ? this._payload : null);
  }

  /** Whether the touch screen shows: from the lift of the waking finger until it is left. */
  get #touchOpen(): boolean {
    return this.mode === 'interactive' && !this.#wake.holding;
  }

  /** A touch or key that came before the app listened (renderer/after-paint.ts) wakes it all the same. */
  wakeEarly(input: EarlyWake): void {
    this.#wake.adopt(input);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#client.stop();
    this.#touchCatchUp?.();
    this.#touchCatchUp = null;
  }

  #receive(payload: KioskPayload): void {
    // Before anything reads the time of day: the offsets spare the first frame loading ICU.
    useZoneOffsets(payload.zoneOffsets);
    useMediaVersion(payload.version);
    this._payload = payload;
    this.#rotation.setPayload(payload);
  }

  override render() {
    const payload = this._payload;
    if (!payload) {
      return html`<div class="waiting" role="status">Even geduld, het scherm start…</div>`;
    }
    const rotation = this.#rotation;
    // Staff overlays (position: fixed) sit over whatever the screen shows, night view included.
    const staff = html`<kiosk-notice .notice=${payload.notice}></kiosk-notice>
      <kiosk-staff-view .revision=${payload.revision}></kiosk-staff-view>`;
    // Outside the display hours only a dim clock; the rotation's minute wake-up brings it back.
    if (!rotation.displayOn) {
      return html`<kiosk-night .now=${rotation.now}></kiosk-night>${staff}`;
    }
    return html`
      ${screenHeader(payload, rotation.now)}
      <main>
        ${this.#renderTouch(payload)}
        ${
          this.#touchOpen
            ? nothing
            : html`<kiosk-rotation
                .slides=${rotation.deck.slides}
                .index=${rotation.index}
                .now=${rotation.now}
                .payload=${payload}
              ></kiosk-rotation>`
        }
      </main>
      ${staff}
    `;
  }

  /**
   * The touch screen: shown while open; otherwise, once prepared (TouchWarmup), built but hidden
   * and inert, so that a tap only reveals it.
   */
  #renderTouch(payload: KioskPayload) {
    const open = this.#touchOpen;
    const prepared = this.#warmup.ready;
    if (!open && !prepared) return nothing;
    return html`<kiosk-interactive
      .open=${open}
      .payload=${open ? payload : (prepared ?? payload)}
      .now=${this.#touchNow}
      @kiosk-leave=${() => (this.mode = 'rotation')}
    ></kiosk-interactive>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
  }
}
