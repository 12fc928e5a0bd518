/** <kiosk-services-slide>: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import { css, html, nothing, unsafeCSS } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ServicesSlide } from '../../core/deck/service-slides';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

/**
 * `-webkit-line-clamp` for every line count a description may be ended at (core gives 12 or 13 for
 * the measured screens): one rule each, as the page's policy allows no style attributes.
 */
const CLAMPS = unsafeCSS(
  Array.from(
    { length: 40 },
    (_, i) => `.description[data-lines='${i + 1}'] { -webkit-line-clamp: ${i + 1}; }`,
  ).join('\n'),
);

@customElement('kiosk-services-slide')
export class KioskServicesSlide extends TitledSlide<ServicesSlide> {
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
      /* A description too long for a page of its own ends after the lines that fit, with "…". */
      .description[data-lines] {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      ${CLAMPS}
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
