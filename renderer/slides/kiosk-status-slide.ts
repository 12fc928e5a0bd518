/**
 * <kiosk-status-slide>: per buurtpunt a big state indicator (icon + word, never colour alone), the
 * sentence a passer-by reads, the weekly hours with today marked and the changes of the next 14 days.
 * All wording comes from core/deck/status-slides; this element only lays it out.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StatusBlock } from '../../core/deck/status-slides';
import { statusBlocks } from '../../core/deck/status-slides';
import type { StatusSlide } from '../../core/deck/types';
import { isClockPlausible } from '../../core/hours/clock-plausibility';
import type { OpeningState } from '../../core/hours/status';

/** One shape per state, so the state reads without colour: tick, clock, cross, question mark. */
const ICONS: Record<OpeningState, ReturnType<typeof svg>> = {
  open: svg`<circle cx="12" cy="12" r="10.5"/><path d="M6.5 12.5l3.7 3.7 7.3-8"/>`,
  'closing-soon': svg`<circle cx="12" cy="12" r="10.5"/><path d="M12 6.5V12l4 2.5"/>`,
  'opening-soon': svg`<circle cx="12" cy="12" r="10.5"/><path d="M12 6.5V12l4 2.5"/>`,
  closed: svg`<circle cx="12" cy="12" r="10.5"/><path d="M7.5 7.5l9 9M16.5 7.5l-9 9"/>`,
  unknown: svg`<circle cx="12" cy="12" r="10.5"/><path d="M9.2 9.3a2.9 2.9 0 1 1 4.2 2.6c-.9.5-1.4 1.1-1.4 2.1v.6"/><path d="M12 17.6v.1"/>`,
};

@customElement('kiosk-status-slide')
export class KioskStatusSlide extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-content: center;
      align-items: stretch;
      gap: 2.5vmin;
      padding: 2.5vmin;
      box-sizing: border-box;
      overflow: hidden;
    }
    section {
      flex: 2 1 30ch;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 1.2vmin;
      background: var(--kiosk-surface);
      border-radius: 2vmin;
      padding: 2.5vmin 3vmin;
      box-sizing: border-box;
      font-size: var(--fs-small);
    }
    section.own {
      flex: 3 1 34ch;
      font-size: var(--fs-body);
    }
    h2 {
      margin: 0;
      font-size: var(--fs-title);
      line-height: 1.1;
    }
    section:not(.own) h2 {
      font-size: calc(var(--fs-title) * 0.8);
    }
    p {
      margin: 0;
    }
    .address {
      color: var(--kiosk-muted);
    }
    .indicator {
      align-self: flex-start;
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.12em 0.5em 0.12em 0.3em;
      border-radius: 999px;
      border: 0.35vmin solid var(--kiosk-fg);
      font-size: var(--fs-title);
      font-weight: 700;
      line-height: 1.2;
    }
    .own .indicator {
      font-size: var(--fs-huge);
    }
    .indicator svg {
      width: 1em;
      height: 1em;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.4;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [data-state='open'] .indicator {
      background: var(--kiosk-open);
      color: #fff;
    }
    [data-state='closed'] .indicator {
      background: var(--kiosk-closed);
      color: #fff;
    }
    [data-state='closing-soon'] .indicator,
    [data-state='opening-soon'] .indicator {
      background: var(--kiosk-accent);
      color: var(--kiosk-bg);
      border-color: var(--kiosk-accent);
    }
    [data-state='unknown'] .indicator {
      background: transparent;
      color: var(--kiosk-fg);
    }
    .headline {
      font-size: var(--fs-title);
      font-weight: 700;
      line-height: 1.15;
      overflow-wrap: anywhere;
    }
    section:not(.own) .headline {
      font-size: calc(var(--fs-title) * 0.8);
    }
    .detail {
      font-size: 1.15em;
    }
    table {
      align-self: flex-start;
      border-collapse: collapse;
      margin-top: 0.6vmin;
    }
    th,
    td {
      text-align: left;
      font-weight: 400;
      padding: 0.08em 0.4em;
      white-space: nowrap;
    }
    th {
      padding-right: 1.2em;
    }
    tr.closed {
      color: var(--kiosk-muted);
    }
    tr.today {
      font-weight: 700;
      outline: 0.4vmin solid var(--kiosk-accent);
      outline-offset: -0.2vmin;
    }
    tr.today th,
    tr.today td {
      font-weight: 700;
    }
    .mark {
      color: var(--kiosk-accent);
      font-size: 0.85em;
    }
    h3 {
      margin: 0.6vmin 0 0;
      font-size: 1em;
      color: var(--kiosk-accent);
    }
    ul {
      margin: 0;
      padding-left: 1.1em;
    }
  `;

  /** The planned slide: the locations, the screen's own first. */
  @property({ attribute: false }) accessor slide: StatusSlide | null = null;
  /** Epoch ms of this frame, read once by the shell. */
  @property({ attribute: false }) accessor now = 0;
  /** Build day (YYYY-MM-DD): a clock before it is wrong. */
  @property() accessor buildDate = '';
  /** The content's `updated` day: a clock before it is wrong too. */
  @property() accessor contentUpdated = '';

  override render() {
    if (!this.slide) return nothing;
    const plausible = isClockPlausible(this.now, {
      contentUpdated: this.contentUpdated,
      buildDate: this.buildDate,
    });
    return statusBlocks(this.slide, this.now, plausible).map((block) => this.#renderBlock(block));
  }

  #renderBlock(block: StatusBlock) {
    return html`
      <section
        data-location=${block.id}
        data-state=${block.state}
        class=${[block.own ? 'own' : '', block.compact ? 'compact' : ''].join(' ').trim()}
        aria-label=${block.name}
      >
        <h2>${block.name}</h2>
        <p class="address">${block.address}</p>
        <p class="indicator" data-indicator>
          <svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[block.state]}</svg>
          <span>${block.label}</span>
        </p>
        ${block.headline ? html`<p class="headline" data-headline>${block.headline}</p>` : nothing}
        ${block.detail ? html`<p class="detail" data-detail>${block.detail}</p>` : nothing}
        ${block.compact ? nothing : this.#renderWeek(block)}
        ${block.compact ? nothing : this.#renderUpcoming(block)}
      </section>
    `;
  }

  #renderWeek(block: StatusBlock) {
    // Hydration (renderer/ssr) needs the browser's DOM to be the one the template describes: the
    // HTML parser adds a <tbody> to the server-drawn page, so the template has it too; and an empty
    // text is `nothing`, as the server draws no text node for '' that an update could fill.
    return html`<table aria-label="Openingsuren">
      <tbody>
        ${block.week.map(
          (row) =>
            html`<tr
              class=${[row.open ? 'open' : 'closed', row.today ? 'today' : ''].join(' ').trim()}
              aria-current=${row.today ? 'date' : 'false'}
            >
              <th scope="row">${row.name}</th>
              <td>${row.hours}</td>
              <td class="mark">${row.today ? 'vandaag' : nothing}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderUpcoming(block: StatusBlock) {
    if (block.upcoming.length === 0) return nothing;
    return html`<div data-upcoming>
      <h3>Afwijkende openingsuren</h3>
      <ul>
        ${block.upcoming.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-status-slide': KioskStatusSlide;
  }
}
