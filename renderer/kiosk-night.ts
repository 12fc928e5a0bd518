/**
 * <kiosk-night>: what the screen shows outside its display hours (config.json `displayHours`): a dim
 * clock on black, instead of the rotation. It drifts a little every minute so nothing burns into the
 * panel. The app shell decides when it shows; it wakes every minute anyway, so the rotation returns
 * at the on-hour by itself.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDayOf, formatWallClock } from '../core/time/dutch-dates';

/** A small offset (vmin) that changes each minute, so the digits never sit on the same pixels for long. */
export function driftOf(now: number): { x: number; y: number } {
  const minute = Math.floor(now / 60_000);
  return { x: ((minute * 7) % 13) - 6, y: ((minute * 5) % 11) - 5 };
}

@customElement('kiosk-night')
export class KioskNight extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      display: grid;
      place-items: center;
      background: #000000;
      /* Dim, but still AA against black (6.9:1) for someone who does look. */
      color: #8b95a1;
      cursor: none;
    }
    .clock {
      display: grid;
      justify-items: center;
      gap: 1vmin;
      transform: translate(calc(var(--drift-x, 0) * 1vmin), calc(var(--drift-y, 0) * 1vmin));
    }
    time {
      font-size: 14vmin;
      font-variant-numeric: tabular-nums;
      line-height: 1;
    }
    .date {
      font-size: var(--fs-small, 2.6vmin);
    }
  `;

  /** Epoch ms to show. */
  @property({ attribute: false }) accessor now = 0;

  override willUpdate(): void {
    // CSSOM, not a style attribute: the strict CSP (style-src 'self') refuses inline styles.
    const { x, y } = driftOf(this.now);
    this.style.setProperty('--drift-x', String(x));
    this.style.setProperty('--drift-y', String(y));
  }

  override render() {
    return html`
      <div class="clock">
        <time>${formatWallClock(this.now)}</time>
        <span class="date">${formatDayOf(this.now)}</span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-night': KioskNight;
  }
}
