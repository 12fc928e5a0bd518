/** <kiosk-status-slide>: per buurtpunt its name, address and weekly opening hours. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Location } from '../../core/content/schema';
import { WEEKDAYS } from '../../core/time/weekdays';
import type { StatusSlide } from '../../core/deck/types';
import { WEEKDAY_NAMES_NL, capitalize, formatClockTime } from '../../core/time/dutch-words';

@customElement('kiosk-status-slide')
export class KioskStatusSlide extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-content: center;
      gap: 3vmin;
      padding: 3vmin;
      box-sizing: border-box;
    }
    section {
      flex: 1 1 40ch;
      background: var(--kiosk-surface);
      border-radius: 2vmin;
      padding: 3vmin;
    }
    h2 {
      margin: 0 0 1vmin;
      font-size: var(--fs-title);
      line-height: 1.1;
    }
    .address {
      margin: 0 0 2vmin;
      font-size: var(--fs-body);
    }
    table {
      border-collapse: collapse;
      font-size: var(--fs-body);
    }
    th {
      text-align: left;
      font-weight: 400;
      padding-right: 3vmin;
    }
  `;

  @property({ attribute: false }) accessor slide: StatusSlide | null = null;
  @property({ attribute: false }) accessor now = 0;
  @property() accessor buildDate = '';
  @property() accessor contentUpdated = '';

  override render() {
    if (!this.slide) return nothing;
    return this.slide.locations.map((location) => this.#renderLocation(location));
  }

  #renderLocation(location: Location) {
    const { street, postalCode, city } = location.address;
    const days = WEEKDAYS.filter((d) => (location.hours[d]?.length ?? 0) > 0);
    return html`
      <section data-location=${location.id}>
        <h2>${location.name}</h2>
        <p class="address">${street}, ${postalCode} ${city}</p>
        <table>
          ${days.map(
            (day) =>
              html`<tr>
                <th scope="row">${capitalize(WEEKDAY_NAMES_NL[day])}</th>
                <td>
                  ${(location.hours[day] ?? [])
                    .map((i) => `${formatClockTime(i.from)} – ${formatClockTime(i.until)}`)
                    .join(', ')}
                </td>
              </tr>`,
          )}
        </table>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-status-slide': KioskStatusSlide;
  }
}
