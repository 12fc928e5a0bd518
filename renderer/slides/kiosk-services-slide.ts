/** <kiosk-services-slide>: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ServicesSlide } from '../../core/deck/service-slides';
import { FitController } from './fit-controller';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

@customElement('kiosk-services-slide')
export class KioskServicesSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 60vmin), 1fr));
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      li {
        border-left: 1vmin solid var(--kiosk-accent);
      }
      .title {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        font-weight: 700;
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .description {
        font-size: calc(var(--fs-small) * var(--fit, 1));
        line-height: 1.25;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      /* Portrait: one column, the width goes to the words. */
      @media (orientation: portrait) {
        ul {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: ServicesSlide | null = null;

  constructor() {
    super();
    new FitController(this);
  }

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>Iedereen is welkom voor…${pageLabel(slide.page, slide.pageCount)}</h2>
      <div class="fill">
        <ul>
          ${slide.services.map(
            (service) =>
              html`<li class="card">
                <p class="title">${service.title}</p>
                ${service.description ? html`<p class="description">${service.description}</p>` : nothing}
              </li>`,
          )}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-services-slide': KioskServicesSlide;
  }
}
