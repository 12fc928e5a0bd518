/** <kiosk-services-slide>: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ServicesSlide } from '../../core/deck/service-slides';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

@customElement('kiosk-services-slide')
export class KioskServicesSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      ul {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 60vmin), 1fr));
        align-content: center;
        gap: 3vmin;
        min-height: 0;
      }
      li {
        background: var(--kiosk-surface);
        border-radius: 2vmin;
        border-left: 1vmin solid var(--kiosk-accent);
        padding: 2.5vmin 3vmin;
        display: flex;
        flex-direction: column;
        gap: 0.8vmin;
        min-width: 0;
      }
      .title {
        font-size: var(--fs-body);
        font-weight: 700;
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .description {
        font-size: var(--fs-small);
        line-height: 1.25;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: ServicesSlide | null = null;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>Iedereen is welkom voor…${pageLabel(slide.page, slide.pageCount)}</h2>
      <ul>
        ${slide.services.map(
          (service) =>
            html`<li>
              <p class="title">${service.title}</p>
              ${service.description ? html`<p class="description">${service.description}</p>` : nothing}
            </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-services-slide': KioskServicesSlide;
  }
}
