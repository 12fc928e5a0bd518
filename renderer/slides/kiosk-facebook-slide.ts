/** <kiosk-facebook-slide>: per buurt a QR code to its Facebook page, or a note when there is none yet. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FacebookEntry, FacebookSlide } from '../../core/deck/facebook-slides';
import '../qr/kiosk-qr-code';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

/** Break opportunities after "/" and before "?" or "&", so a long link wraps where it reads well. */
function breakable(label: string) {
  return label.split(/(?<=\/)|(?=[?&])/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`));
}

@customElement('kiosk-facebook-slide')
export class KioskFacebookSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      .entries {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 70vmin), 1fr));
        align-content: center;
        gap: 3vmin;
        min-height: 0;
      }
      section {
        background: var(--kiosk-surface);
        border-radius: 2vmin;
        padding: 3vmin;
        display: flex;
        flex-direction: column;
        gap: 1vmin;
        min-width: 0;
      }
      h3 {
        font-size: var(--fs-title);
        line-height: 1.1;
        overflow-wrap: break-word;
      }
      .buurt {
        font-size: var(--fs-body);
        color: var(--kiosk-muted);
      }
      .scan {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 2vmin 3vmin;
        margin-top: 1.5vmin;
      }
      /* At least 30% of the short screen side, quiet zone included: scannable from about 1 m. */
      kiosk-qr-code {
        flex: none;
        width: 36vmin;
      }
      .link {
        flex: 1 1 22vmin;
        min-width: 0;
        font-size: var(--fs-small);
        line-height: 1.25;
      }
      .url {
        display: block;
        font-weight: 700;
        color: var(--kiosk-accent);
        overflow-wrap: anywhere;
      }
      .note {
        margin-top: 1.5vmin;
        font-size: var(--fs-body);
        font-weight: 700;
        color: var(--kiosk-accent);
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: FacebookSlide | null = null;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>Volg de buurt op Facebook${pageLabel(slide.page, slide.pageCount)}</h2>
      <div class="entries">${slide.entries.map((entry) => this.#renderEntry(entry))}</div>
    `;
  }

  #renderEntry(entry: FacebookEntry) {
    return html`<section data-facebook=${entry.location}>
      <h3>${entry.name}</h3>
      <p class="buurt">Buurt ${entry.buurt}</p>
      ${
        entry.url !== null && entry.label !== null
          ? html`<div class="scan">
              <kiosk-qr-code
                .text=${entry.url}
                .label=${`QR-code naar de Facebookpagina van ${entry.name}`}
              ></kiosk-qr-code>
              <p class="link">Scan de code of surf naar <span class="url">${breakable(entry.label)}</span></p>
            </div>`
          : html`<p class="note">${entry.note}</p>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-facebook-slide': KioskFacebookSlide;
  }
}
