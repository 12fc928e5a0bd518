/** <kiosk-services-slide>: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ServicesSlide } from '../../core/deck/service-slides';
import { lineClamp } from './line-clamp';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

@customElement('kiosk-services-slide')
export class KioskServicesSlide extends TitledSlide<ServicesSlide> {
  static override styles = [
    slideFrame,
    lineClamp,
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
      /* A description too long for a page of its own ends after the lines core gives it (12 or 13
         on the measured screens), with "…": line-clamp.ts. */
      /* Portrait: one column, the width goes to the words. */
      @media (orientation: portrait) {
        ul {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  protected heading(_slide: ServicesSlide): string {
    return 'Iedereen is welkom voor…';
  }

  protected body(slide: ServicesSlide) {
    return html`
      <ul>
        ${slide.services.map(
          (service) =>
            html`<li class="card">
              <p class="title">${service.title}</p>
              ${description(service.description, slide.descriptionLines)}
            </li>`,
        )}
      </ul>
    `;
  }
}

/** The description, ended after `lines` lines when it is too long for its page. */
function description(text: string | undefined, lines: number | null) {
  if (text === undefined) return nothing;
  return html`<p class="description" data-lines=${lines ?? nothing}>${text}</p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-services-slide': KioskServicesSlide;
  }
}
