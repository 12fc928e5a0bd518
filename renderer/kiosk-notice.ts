/**
 * <kiosk-notice>: the message to staff after a USB import, large, over the rotation, for about
 * 30 seconds from the moment it was raised (`notice.at`), then gone by itself. Green "Nieuwe inhoud
 * geladen", or red "USB-stick niet gebruikt" with the first problems and what happens now.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { StaffNotice } from '../core/api';
import { WakeUp, readClock } from './services/clock';

/** How long a notice stays up after it was raised. */
export const NOTICE_SHOW_MS = 30_000;

@customElement('kiosk-notice')
export class KioskNotice extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: auto 3vmin 3vmin 3vmin;
      z-index: 50;
      pointer-events: none;
    }
    section {
      pointer-events: auto;
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 1vmin 3vmin;
      align-items: start;
      padding: 3vmin 4vmin;
      border-radius: 2vmin;
      color: #ffffff;
      box-shadow: 0 1vmin 4vmin rgb(0 0 0 / 45%);
      animation: rise 300ms ease-out;
    }
    .import-ok {
      background: var(--kiosk-open, #1f7a3a);
    }
    .import-failed {
      background: var(--kiosk-closed, #9b1c1c);
    }
    .mark {
      grid-row: span 3;
      font-size: var(--fs-huge, 7.5vmin);
      font-weight: 700;
      line-height: 1;
    }
    h2 {
      margin: 0;
      font-size: var(--fs-title, 4.8vmin);
      line-height: 1.15;
    }
    ul {
      margin: 0;
      padding-left: 1.2em;
      font-size: var(--fs-body, 3.2vmin);
      line-height: 1.3;
    }
    li {
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
      font-size: var(--fs-body, 3.2vmin);
      font-weight: 700;
    }
    button {
      grid-column: 3;
      grid-row: 1;
      font: inherit;
      font-size: var(--fs-body, 3.2vmin);
      min-width: 12vmin;
      min-height: 8vmin;
      border: 0.4vmin solid #ffffff;
      border-radius: 1.5vmin;
      background: transparent;
      color: #ffffff;
      cursor: pointer;
    }
    h2,
    ul,
    p {
      grid-column: 2;
    }
    @keyframes rise {
      from {
        transform: translateY(30%);
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      section {
        animation: none;
      }
    }
  `;

  /** The latest notice from the payload (null: none). */
  @property({ attribute: false }) accessor notice: StaffNotice | null = null;

  @state() accessor _visible = false;

  #dismissedAt: string | null = null;
  #hide = new WakeUp(() => this.#evaluate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#evaluate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hide.cancel();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('notice')) this.#evaluate();
  }

  /** Visible from `at` until `at` + NOTICE_SHOW_MS, unless dismissed; wakes up to hide itself. */
  #evaluate(): void {
    const notice = this.notice;
    const raised = notice ? Date.parse(notice.at) : NaN;
    const now = readClock();
    const until = raised + NOTICE_SHOW_MS;
    this._visible =
      notice !== null && notice.at !== this.#dismissedAt && Number.isFinite(raised) && now < until;
    if (this._visible) this.#hide.at(until, now);
    else this.#hide.cancel();
  }

  #dismiss(event: Event): void {
    event.stopPropagation(); // a staff "OK" is not a visitor starting the touch mode
    this.#dismissedAt = this.notice?.at ?? null;
    this.#evaluate();
  }

  override render() {
    const notice = this.notice;
    if (!this._visible || !notice) return nothing;
    const failed = notice.kind === 'import-failed';
    return html`
      <section
        class=${notice.kind}
        data-notice=${notice.kind}
        role=${failed ? 'alert' : 'status'}
        @pointerdown=${(e: Event) => e.stopPropagation()}
      >
        <span class="mark" aria-hidden="true">${failed ? '!' : '✓'}</span>
        <h2>${notice.title}</h2>
        ${
          notice.details.length > 0
            ? html`<ul>
                ${notice.details.map((line) => html`<li>${line}</li>`)}
              </ul>`
            : nothing
        }
        <p>${failed ? 'De vorige inhoud blijft op het scherm. ' : ''}${notice.hint ?? ''}</p>
        <button type="button" @click=${(e: Event) => this.#dismiss(e)}>OK</button>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-notice': KioskNotice;
  }
}
