/**
 * <kiosk-app>: the shell. Owns the payload, the clock reading and the rotation; slides get
 * everything as properties. Re-plans at the deck's next change, the next slide, or the next minute.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { KioskPayload } from '../core/api';
import { isDisplayOn } from '../core/config/display-hours';
import { planDeck } from '../core/deck/plan';
import type { Deck } from '../core/deck/types';
import './kiosk-header';
import './kiosk-night';
import './kiosk-notice';
import './kiosk-staff-view';
import { KioskClient } from './services/kiosk-client';
import { WakeUp, nextMinute, readClock } from './services/clock';
import { renderSlide } from './slides/render-slide';

export type KioskMode = 'rotation' | 'interactive';

@customElement('kiosk-app')
export class KioskApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto 1fr auto;
      height: 100vh;
      width: 100vw;
      overflow: hidden;
      background: var(--kiosk-bg);
      color: var(--kiosk-fg);
    }
    main {
      position: relative;
      min-height: 0;
      overflow: hidden;
    }
    main > * {
      position: absolute;
      inset: 0;
    }
    .waiting {
      display: grid;
      place-items: center;
      font-size: var(--fs-title);
    }
    footer {
      height: 0.6vmin;
      background: var(--kiosk-surface);
    }
  `;

  /** Rotation, or a visitor using the touch screen. Reflected as data-mode for tests and styling. */
  @property({ reflect: true, attribute: 'data-mode' }) accessor mode: KioskMode = 'rotation';

  @state() accessor _payload: KioskPayload | null = null;
  @state() accessor _now = readClock();
  @state() accessor _deck: Deck = { slides: [], nextChangeAt: null };
  @state() accessor _slideIndex = 0;
  @state() accessor _offline = false;

  #slideStartedAt = readClock();
  #wakeUp = new WakeUp(() => this.#tick());
  #client = new KioskClient(
    (payload) => this.#receive(payload),
    () => (this._offline = true),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.#client.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#client.stop();
    this.#wakeUp.cancel();
  }

  #receive(payload: KioskPayload): void {
    const previousKey = this._deck.slides[this._slideIndex]?.key;
    this._payload = payload;
    this._offline = false;
    this.#replan(readClock(), previousKey);
  }

  /** One tick: read the clock once, move the rotation on if the slide is done, plan again. */
  #tick(): void {
    const now = readClock();
    const current = this._deck.slides[this._slideIndex];
    let keepKey = current?.key;
    if (current && now - this.#slideStartedAt >= current.durationMs) {
      keepKey = this._deck.slides[(this._slideIndex + 1) % this._deck.slides.length]?.key;
      this.#slideStartedAt = now;
    }
    this.#replan(now, keepKey);
  }

  #replan(now: number, keepKey: string | undefined): void {
    this._now = now;
    if (!this._payload) return;
    const deck = planDeck(this._payload.content, this._payload.config, now);
    const kept = deck.slides.findIndex((s) => s.key === keepKey);
    if (kept < 0) this.#slideStartedAt = now;
    this._deck = deck;
    this._slideIndex = Math.max(kept, 0);
    this.#scheduleNext(now);
  }

  #scheduleNext(now: number): void {
    const current = this._deck.slides[this._slideIndex];
    const candidates = [nextMinute(now)];
    if (current && this._deck.slides.length > 1) candidates.push(this.#slideStartedAt + current.durationMs);
    if (this._deck.nextChangeAt !== null) candidates.push(this._deck.nextChangeAt);
    this.#wakeUp.at(Math.min(...candidates), now);
  }

  override render() {
    const payload = this._payload;
    if (!payload) {
      return html`<div class="waiting" role="status">Even geduld, het scherm start…</div>`;
    }
    // Staff overlays (position: fixed) sit over whatever the screen shows, night view included.
    const staff = html`<kiosk-notice .notice=${payload.notice}></kiosk-notice>
      <kiosk-staff-view .revision=${payload.revision}></kiosk-staff-view>`;
    // Outside the display hours only a dim clock; the minute wake-up brings the rotation back.
    if (!isDisplayOn(payload.config.displayHours, this._now)) {
      return html`<kiosk-night .now=${this._now}></kiosk-night>${staff}`;
    }
    const slide = this._deck.slides[this._slideIndex];
    const own = payload.content.locations.find((l) => l.id === payload.config.location);
    return html`
      <kiosk-header
        .now=${this._now}
        .title=${own?.name ?? payload.content.title ?? 'Buurtopbouwwerk'}
      ></kiosk-header>
      <main>${slide ? renderSlide(slide, { now: this._now, payload }) : nothing}</main>
      <footer></footer>
      ${staff}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-app': KioskApp;
  }
}
