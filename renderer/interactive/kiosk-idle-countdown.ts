/**
 * <kiosk-idle-countdown>: "Terug naar het overzicht over 7 s", shown in the last seconds before the
 * touch screen returns to the rotation. Any touch restarts the wait (the shell handles that).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('kiosk-idle-countdown')
export class KioskIdleCountdown extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      inset: auto 0 3vmin;
      display: flex;
      justify-content: center;
      pointer-events: none;
    }
    p {
      margin: 0;
      padding: 1.2vmin 3vmin;
      border-radius: 999px;
      background: var(--kiosk-accent);
      color: var(--kiosk-bg);
      font-size: var(--fs-body);
      font-weight: 700;
      box-shadow: 0 0.6vmin 2vmin rgb(0 0 0 / 45%);
      animation: appear 200ms ease-out both;
    }
    .hint {
      font-weight: 400;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(2vmin);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      p {
        animation: none;
      }
    }
  `;

  /** Whole seconds left; null hides the countdown. */
  @property({ attribute: false }) accessor seconds: number | null = null;

  override render() {
    if (this.seconds === null) return nothing;
    return html`<p role="status" data-countdown=${this.seconds}>
      Terug naar het overzicht over ${this.seconds} s<span class="hint"> · tik om te blijven</span>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-idle-countdown': KioskIdleCountdown;
  }
}
