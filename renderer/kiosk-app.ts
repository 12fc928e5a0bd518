/**
 * <kiosk-app>: the shell. Owns the payload; the rotation controller owns the clock reading and the
 * deck (re-planned at the deck's next change, the next slide, or the next minute). Slides get
 * everything as properties.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KioskPayload, PageStart } from '../core/api';
import { isDisplayOn } from '../core/config/display-hours';
import { useZoneOffsets } from '../core/time/local-time';
import './kiosk-header';
import { WakeController } from './interactive/wake-controller';
import './kiosk-night';
import './rotation/kiosk-rotation';
import { RotationController } from './rotation/rotation-controller';
import { takeEmbeddedStart } from './services/embedded-payload';
import { KioskClient } from './services/kiosk-client';
import { KioskManners } from './services/kiosk-manners';

export type KioskMode = 'rotation' | 'interactive';

@customElement('kiosk-app')
export class KioskApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      height: 100vh;
      width: 100vw;
      overflow: hidden;
      background: var(--kiosk-bg);
      color: var(--kiosk-fg);
    }
    main {
      display: grid;
      min-height: 0;
      overflow: hidden;
    }
    .waiting {
      display: grid;
      place-items: center;
      font-size: var(--fs-title);
    }
  `;

  /** Rotation, or a visitor using the touch screen. Reflected as data-mode for tests and styling. */
  @property({ reflect: true, attribute: 'data-mode' }) accessor mode: KioskMode = 'rotation';

  /**
   * The payload and the instant the page was drawn for: read from the page when the element
   * connects; the server render (renderer/ssr) sets it, as connectedCallback does not run there.
   */
  @property({ attribute: false }) accessor start: PageStart | null = null;

  @state() accessor _payload: KioskPayload | null = null;
  @state() accessor _offline = false;

  /** The first touch or key on the rotation opens the touch screen and is used up doing so. */
  #wake = new WakeController(
    this,
    () => this.mode === 'rotation' && this.renderRoot.querySelector('kiosk-rotation') !== null,
    () => (this.mode = 'interactive'),
  );
  protected readonly manners = new KioskManners(this);

  #rotation = new RotationController(this);
  #client = new KioskClient(
    (payload) => this.#receive(payload),
    () => (this._offline = true),
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
      this._payload = this.start.payload;
      this.#rotation.start(this.start.payload, this.start.drawnAt);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#client.stop();
  }

  #receive(payload: KioskPayload): void {
    // Before anything reads the time of day: the offsets spare the first frame loading ICU.
    useZoneOffsets(payload.zoneOffsets);
    this._payload = payload;
    this._offline = false;
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
    if (!isDisplayOn(payload.config.displayHours, rotation.now)) {
      return html`<kiosk-night .now=${rotation.now}></kiosk-night>${staff}`;
    }
    const own = payload.content.locations.find((l) => l.id === payload.config.location);
    return html`
      <kiosk-header
        .now=${rotation.now}
        .name=${own?.name ?? payload.content.title ?? 'Buurtopbouwwerk'}
      ></kiosk-header>
      <main>
        ${
          this.mode === 'interactive' && !this.#wake.holding
            ? html`<kiosk-interactive
                .payload=${payload}
                .now=${rotation.now}
                @kiosk-leave=${() => (this.mode = 'rotation')}
              ></kiosk-interactive>`
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
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
  }
}
