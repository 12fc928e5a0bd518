/** <kiosk-about-slide>: the aims of the buurtopbouwwerk and where to ask more (Sociaal Huis). */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AboutSlide } from '../../core/deck/about-slides';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

/** "a, b en c" */
function listInDutch(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

@customElement('kiosk-about-slide')
export class KioskAboutSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      :host {
        gap: 2vmin;
      }
      .intro,
      .participation {
        font-size: var(--fs-body);
        line-height: 1.25;
      }
      ol {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 45vmin), 1fr));
        gap: 2.5vmin;
      }
      li {
        background: var(--kiosk-surface);
        border-radius: 2vmin;
        border-top: 0.8vmin solid var(--kiosk-accent);
        padding: 2vmin 2.5vmin;
        display: flex;
        flex-direction: column;
        gap: 0.8vmin;
        min-width: 0;
      }
      h3 {
        font-size: var(--fs-body);
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      li p {
        font-size: var(--fs-small);
        line-height: 1.3;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .buurten {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
      }
      .contact {
        margin-top: auto;
        font-size: var(--fs-body);
        line-height: 1.3;
        overflow-wrap: break-word;
      }
      .contact strong {
        color: var(--kiosk-accent);
      }
      .nowrap {
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: AboutSlide | null = null;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    const org = slide.organisation;
    return html`
      <h2>${slide.title}${pageLabel(slide.page, slide.pageCount)}</h2>
      <p class="intro">${slide.intro}</p>
      <ol>
        ${slide.aims.map(
          (aim) =>
            html`<li>
              <h3>${aim.title}</h3>
              <p>${aim.text}</p>
            </li>`,
        )}
      </ol>
      ${slide.participation ? html`<p class="participation">${slide.participation}</p>` : nothing}
      ${
        slide.buurten.length > 0
          ? html`<p class="buurten">In de buurten ${listInDutch(slide.buurten)}.</p>`
          : nothing
      }
      <p class="contact">
        ${org.description ?? 'Meer informatie'}: <strong>${org.name}</strong> ·
        <span class="nowrap">${org.email}</span> · <span class="nowrap">${org.phone}</span>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-about-slide': KioskAboutSlide;
  }
}
