/**
 * <kiosk-header>: the screen's name and the current time and date in Dutch; the name alone while the
 * clock cannot be right (renderer/services/clock-trust.ts), as a wrong date would be read as true.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDayOf, formatWallClock } from '../core/time/dutch-dates';

@customElement('kiosk-header')
export class KioskHeader extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 2vmin;
      padding: 1.5vmin 3vmin;
      background: var(--kiosk-surface);
      font-size: var(--fs-small);
    }
    h1 {
      margin: 0;
      font-size: inherit;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .when {
      white-space: nowrap;
      text-align: right;
    }
    time {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
  `;

  /** Epoch ms to show. */
  @property({ attribute: false }) accessor now = 0;
  /**
   * The buurtpunt or organisation name. Not `title`: Lit's server render writes that native
   * property out as an attribute (a tooltip), which the browser's own render would not have.
   */
  @property() accessor name = '';
  /** False while the clock cannot be right: no date or time then. */
  @property({ attribute: false }) accessor clockTrusted = true;

  override render() {
    return html`
      <h1>${this.name}</h1>
      ${
        this.clockTrusted
          ? html`<div class="when">
              <span>${formatDayOf(this.now)}</span> · <time>${formatWallClock(this.now)}</time>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-header': KioskHeader;
  }
}
