/**
 * <kiosk-hours-page>: the touch screen's "Openingsuren", one buurtpunt per page in the status slide's
 * own block (<kiosk-location-status>), looking further ahead (core/interactive/hours-overview.ts).
 * A block too tall for the page goes on over the next, planned by its measured height
 * (core/interactive/hours-pages.ts, hours-page-room.ts: keep its sizes and room in step with this).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LocationBlock } from '../../core/hours/location-block';
import { locationStatus } from '../slides/kiosk-location-status';
import { FitController } from '../slides/fit-controller';
import { slideFrame } from '../slides/slide-styles';

@customElement('kiosk-hours-page')
export class KioskHoursPage extends LitElement {
  static override styles = [
    slideFrame,
    css`
      kiosk-location-status {
        min-height: 100%;
      }
      /* The plan keeps each page inside the smallest screen, but a status of every text at its
         longest is taller than an 800×480 page on its own (validate warns): a finger scrolls to its
         end rather than it being cut, and a thin bar in the accent colour shows there is more.
         The usual page has nothing to scroll, and no scroll bar. (Headless Chromium hides scroll
         bars, so the tests see the scrolling, not the bar.) */
      .fill {
        overflow-y: auto;
        overscroll-behavior: contain;
        scrollbar-width: thin;
        scrollbar-color: var(--kiosk-accent) transparent;
      }
    `,
  ];

  /** The buurtpunten of this page. */
  @property({ attribute: false }) accessor blocks: LocationBlock[] = [];

  constructor() {
    super();
    new FitController(this, 1.6);
  }

  override render() {
    return html`
      <h2>Openingsuren</h2>
      <div class="fill">${this.blocks.map((block) => locationStatus(block, 'page'))}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-hours-page': KioskHoursPage;
  }
}
