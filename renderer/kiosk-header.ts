/** <kiosk-header>: the screen's name and the current time and date in Dutch. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

const TIME = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  hour: 'numeric',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

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
  /** The buurtpunt or organisation name. */
  @property() override accessor title = '';

  override render() {
    const date = new Date(this.now);
    return html`
      <h1>${this.title}</h1>
      <div class="when"><span>${DATE.format(date)}</span> · <time>${TIME.format(date)}</time></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-header': KioskHeader;
  }
}
