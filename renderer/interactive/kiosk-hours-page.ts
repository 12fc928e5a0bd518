/**
 * <kiosk-hours-page>: a buurtpunt (one per page) with whether it is open now, the whole week (today
 * marked) and the closures and extra openings of the coming weeks. Wording from core/interactive.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HoursOverviewBlock } from '../../core/interactive/hours-overview';
import { pageFrame } from './page-styles';

@customElement('kiosk-hours-page')
export class KioskHoursPage extends LitElement {
  static override styles = [
    pageFrame,
    css`
      .blocks {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 60vmin), 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: 2vmin;
        min-height: 0;
      }
      section {
        display: flex;
        flex-direction: column;
        gap: 0.8vmin;
        min-height: 0;
        min-width: 0;
        padding: 2vmin 2.5vmin;
        border-radius: 2vmin;
        background: var(--kiosk-surface);
        font-size: var(--fs-body);
      }
      h3 {
        font-size: var(--fs-title);
        line-height: 1.15;
        overflow-wrap: break-word;
      }
      .address {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .now {
        font-weight: 700;
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .label {
        display: inline-block;
        padding: 0 0.45em;
        margin-right: 0.3em;
        border-radius: 999px;
        border: 0.3vmin solid var(--kiosk-fg);
      }
      [data-state='open'] .label {
        background: var(--kiosk-open);
      }
      [data-state='closed'] .label {
        background: var(--kiosk-closed);
      }
      [data-state='closing-soon'] .label,
      [data-state='opening-soon'] .label {
        background: var(--kiosk-accent);
        border-color: var(--kiosk-accent);
        color: var(--kiosk-bg);
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        font-weight: 400;
        padding: 0.05em 0.4em;
        white-space: nowrap;
      }
      th {
        padding-right: 1.2em;
      }
      tr.closed {
        color: var(--kiosk-muted);
      }
      tr.today th,
      tr.today td {
        font-weight: 700;
        color: var(--kiosk-accent);
      }
      h4 {
        margin-top: 0.4vmin;
        font-size: inherit;
        color: var(--kiosk-accent);
      }
      li {
        overflow-wrap: break-word;
      }
      /* Landscape screens are short: the week and the changes side by side. */
      .body {
        display: flex;
        flex-wrap: wrap;
        gap: 0.8vmin 3vmin;
        align-items: flex-start;
      }
      .changes {
        flex: 1 1 40vmin;
        min-width: 0;
      }
      /* Portrait has room to spare: larger type. */
      @media (max-aspect-ratio: 1/1) {
        section {
          font-size: var(--fs-title);
        }
      }
    `,
  ];

  /** The buurtpunten of this page. */
  @property({ attribute: false }) accessor blocks: HoursOverviewBlock[] = [];

  override render() {
    return html`
      <h2>Openingsuren</h2>
      <div class="blocks">${this.blocks.map((block) => this.#renderBlock(block))}</div>
    `;
  }

  #renderBlock(block: HoursOverviewBlock) {
    return html`<section data-location=${block.id} data-state=${block.state} aria-label=${block.name}>
      <h3>${block.name}</h3>
      <p class="address">${block.address}</p>
      ${
        block.headline
          ? html`<p class="now"><span class="label">${block.label}</span>${block.headline}</p>`
          : nothing
      }
      <div class="body">
        <table aria-label="Openingsuren per weekdag">
          ${block.week.map(
            (row) =>
              html`<tr
                class=${[row.open ? 'open' : 'closed', row.today ? 'today' : ''].join(' ').trim()}
                aria-current=${row.today ? 'date' : 'false'}
              >
                <th scope="row">${row.name}</th>
                <td>${row.hours}</td>
              </tr>`,
          )}
        </table>
        ${
          block.upcoming.length > 0
            ? html`<div class="changes" data-upcoming>
                <h4>Afwijkende openingsuren</h4>
                <ul>
                  ${block.upcoming.map((line) => html`<li>${line}</li>`)}
                </ul>
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-hours-page': KioskHoursPage;
  }
}
