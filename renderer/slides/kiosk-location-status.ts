/**
 * <kiosk-location-status>: one buurtpunt's opening status: a big state indicator (icon + word, never
 * colour alone), the sentence a passer-by reads, this week's table (each row as it holds on its date,
 * today marked) and the coming changes. The status slide shows one per buurtpunt, the touch screen's
 * hours page one per page; `variant` sets the size. Wording: core/hours/location-block.ts. The
 * status slide's pages are planned from this layout (core/deck/status-room.ts works out a block's
 * height from these fonts, gaps and paddings): change the two together.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CHANGES_HEADING } from '../../core/deck/status-room';
import type { LocationBlock } from '../../core/hours/location-block';
import type { OpeningState } from '../../core/hours/location-status';
import type { WeekRow } from '../../core/hours/week-table';

/** One shape per state, so the state reads without colour: tick, clock, cross, question mark. */
const ICONS: Record<OpeningState, ReturnType<typeof svg>> = {
  open: svg`<circle cx="12" cy="12" r="10.5"/><path d="M6.5 12.5l3.7 3.7 7.3-8"/>`,
  'closing-soon': svg`<circle cx="12" cy="12" r="10.5"/><path d="M12 6.5V12l4 2.5"/>`,
  'opening-soon': svg`<circle cx="12" cy="12" r="10.5"/><path d="M12 6.5V12l4 2.5"/>`,
  closed: svg`<circle cx="12" cy="12" r="10.5"/><path d="M7.5 7.5l9 9M16.5 7.5l-9 9"/>`,
  unknown: svg`<circle cx="12" cy="12" r="10.5"/><path d="M9.2 9.3a2.9 2.9 0 1 1 4.2 2.6c-.9.5-1.4 1.1-1.4 2.1v.6"/><path d="M12 17.6v.1"/>`,
};

/** own: the screen's own buurtpunt on the slide; other: the rest; page: the touch screen. */
export type LocationStatusVariant = 'own' | 'other' | 'page';

@customElement('kiosk-location-status')
export class KioskLocationStatus extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--space-s);
      min-width: 0;
      min-height: 0;
      padding: var(--space-m) calc(1.2 * var(--space-m));
      border-radius: var(--radius);
      background: var(--kiosk-surface);
      box-sizing: border-box;
      overflow: hidden;
      /* --fit: how much the touch screen's hours page grows it to fill its room (1 on the slide). */
      font-size: calc(var(--fs-small) * var(--fit, 1));
      --name: calc(0.85 * var(--fs-title) * var(--fit, 1));
      --badge: calc(var(--fs-title) * var(--fit, 1));
      --headline: calc(0.85 * var(--fs-title) * var(--fit, 1));
    }
    :host([variant='own']) {
      font-size: var(--fs-body);
      --name: var(--fs-title);
      --badge: var(--fs-huge);
      --headline: var(--fs-title);
    }
    :host([variant='page']) {
      --name: calc(var(--fs-title) * var(--fit, 1));
      --headline: calc(var(--fs-title) * var(--fit, 1));
    }
    .status {
      display: flex;
      flex-direction: column;
      gap: var(--space-s);
      min-width: 0;
    }
    /* The touch screen is short in landscape: what holds now in a row. */
    @media (orientation: landscape) {
      :host([variant='page']) .status {
        flex-direction: row;
        flex-wrap: wrap;
        align-items: center;
        column-gap: var(--space-l);
      }
    }
    p,
    ul {
      margin: 0;
    }
    .name {
      font-size: var(--name);
      font-weight: 700;
      line-height: 1.1;
      /* anywhere, not break-word: a long compound must also lower the name's narrowest width. */
      overflow-wrap: anywhere;
    }
    .address {
      color: var(--kiosk-muted);
      overflow-wrap: break-word;
    }
    .where {
      display: flex;
      flex-direction: column;
      gap: calc(0.5 * var(--space-s));
      /* In the touch screen's landscape row, no wider than the block, however long a word it holds. */
      min-width: 0;
      max-width: 100%;
    }
    .indicator {
      align-self: flex-start;
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.12em 0.5em 0.12em 0.3em;
      border-radius: 999px;
      border: 0.35vmin solid var(--kiosk-fg);
      font-size: var(--badge);
      font-weight: 700;
      line-height: 1.2;
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
    :host([data-state='open']) .indicator {
      background: var(--kiosk-open);
      color: #fff;
    }
    :host([data-state='closed']) .indicator {
      background: var(--kiosk-closed);
      color: #fff;
    }
    :host([data-state='closing-soon']) .indicator,
    :host([data-state='opening-soon']) .indicator {
      background: var(--kiosk-accent);
      color: var(--kiosk-bg);
      border-color: var(--kiosk-accent);
    }
    /* anywhere, as the name: a web address in a note is one word, and in the touch screen's
       landscape row the sentence is a flex item no narrower than its longest word otherwise. */
    .headline {
      font-size: var(--headline);
      font-weight: 700;
      line-height: 1.15;
      overflow-wrap: anywhere;
    }
    .detail {
      font-size: max(var(--fs-small), 1.1em);
      overflow-wrap: anywhere;
    }
    /* The week and the changes: side by side where the changes get 8em, else one under the other. */
    .body {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--space-s) var(--space-l);
    }
    table {
      flex: 0 1 auto;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      font-weight: 400;
      padding: 0.06em 0.35em;
      vertical-align: baseline;
    }
    th {
      white-space: nowrap;
    }
    th {
      padding-right: 0.8em;
    }
    .mark {
      color: var(--kiosk-accent);
      white-space: nowrap;
    }
    tr.closed td.hours {
      color: var(--kiosk-muted);
    }
    tr.changed td.hours {
      color: var(--kiosk-accent);
    }
    tr.today {
      outline: 0.4vmin solid var(--kiosk-accent);
      outline-offset: -0.2vmin;
    }
    tr.today th,
    tr.today td {
      font-weight: 700;
      color: var(--kiosk-fg);
    }
    tr.today .mark {
      color: var(--kiosk-accent);
    }
    .changes {
      flex: 1 1 8em;
      min-width: 0;
    }
    .changes p {
      color: var(--kiosk-accent);
      font-weight: 700;
    }
    .changes ul {
      padding-left: 1.1em;
    }
    .changes li {
      overflow-wrap: break-word;
    }
  `;

  /** The worded block. */
  @property({ attribute: false }) accessor block: LocationBlock | null = null;
  /** How large, and how much, it shows. */
  @property({ reflect: true }) accessor variant: LocationStatusVariant = 'other';

  override render() {
    const block = this.block;
    if (!block) return nothing;
    // The slide has no title of its own: there the buurtpunt's name is the heading; on the touch
    // screen it comes under the page's "Openingsuren".
    const level = this.variant === 'page' ? 3 : 2;
    return html`
      <div class="status">
        <div class="where">
          <p class="name" role="heading" aria-level=${level}>${block.name}</p>
          <p class="address">${block.address}</p>
        </div>
        <p class="indicator" data-indicator>
          <svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[block.state]}</svg>
          <span>${block.label}</span>
        </p>
        ${block.headline ? html`<p class="headline" data-headline>${block.headline}</p>` : nothing}
        ${block.detail ? html`<p class="detail" data-detail>${block.detail}</p>` : nothing}
      </div>
      <div class="body">${this.#renderWeek(block.week)} ${this.#renderChanges(block)}</div>
    `;
  }

  #renderWeek(week: WeekRow[]) {
    if (week.length === 0) return nothing;
    // Hydration (renderer/ssr) needs the browser's DOM to be the one the template describes: the
    // HTML parser adds a <tbody> to the server-drawn page, so the template has it too; and an empty
    // text is `nothing`, as the server draws no text node for '' that an update could fill.
    return html`<table aria-label="Openingsuren deze week">
      <tbody>
        ${week.map(
          (row) =>
            html`<tr
              class=${[row.open ? 'open' : 'closed', row.today ? 'today' : '', row.changed ? 'changed' : '']
                .join(' ')
                .trim()}
              aria-current=${row.today ? 'date' : 'false'}
            >
              <th scope="row">${row.name}</th>
              <td class="hours">${row.hours}</td>
              <td class="mark">${row.today ? 'vandaag' : nothing}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderChanges(block: LocationBlock) {
    if (block.upcoming.length === 0) return nothing;
    return html`<div class="changes" data-upcoming>
      <p>${CHANGES_HEADING}</p>
      <ul>
        ${block.upcoming.map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

/** The element for `block`, with its data-location and data-state test hooks, as a named region. */
export function locationStatus(block: LocationBlock, variant: LocationStatusVariant) {
  return html`<kiosk-location-status
    data-location=${block.id}
    data-state=${block.state}
    variant=${variant}
    role="region"
    aria-label=${block.name}
    .block=${block}
  ></kiosk-location-status>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-location-status': KioskLocationStatus;
  }
}
