/** <kiosk-facebook-slide>: per buurt a QR code to its Facebook page, or a note when there is none yet. */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { facebookCardLines } from '../../core/deck/facebook-card';
import type { FacebookEntry, FacebookSlide } from '../../core/deck/facebook-slides';
import '../qr/kiosk-qr-code';
import { lineClamp } from './line-clamp';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

/** Break opportunities after "/" and before "?" or "&", so a long link wraps where it reads well. */
function breakable(label: string) {
  return label.split(/(?<=\/)|(?=[?&])/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`));
}

/** The printed link, ended after `lines` lines where it is too long (the QR code carries all of it). */
function link(label: string, lines: number | null) {
  return html`<span class="url" data-lines=${lines ?? nothing}>${breakable(label)}</span>`;
}

@customElement('kiosk-facebook-slide')
export class KioskFacebookSlide extends TitledSlide<FacebookSlide> {
  static override styles = [
    slideFrame,
    lineClamp,
    css`
      .entries {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 70vmin), 1fr));
        gap: var(--space-m);
      }
      .card {
        gap: calc(var(--space-s) * var(--fit, 1));
      }
      h3 {
        font-size: calc(var(--fs-title) * var(--fit, 1));
        line-height: 1.1;
        overflow-wrap: break-word;
      }
      .buurt {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .scan {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-s) var(--space-l);
      }
      /* At least 30% of the short screen side, quiet zone included, and more where there is room. */
      kiosk-qr-code {
        flex: none;
        width: calc(32 * var(--u) * var(--fit, 1));
      }
      .link {
        flex: 1 1 10em;
        min-width: 0;
        font-size: calc(var(--fs-small) * var(--fit, 1));
        line-height: 1.25;
      }
      .url {
        display: block;
        font-weight: 700;
        color: var(--kiosk-accent);
        overflow-wrap: anywhere;
      }
      .url[data-lines] {
        display: -webkit-box;
      }
      .note {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        font-weight: 700;
        color: var(--kiosk-accent);
        overflow-wrap: break-word;
      }
    `,
  ];

  protected heading(_slide: FacebookSlide): string {
    return 'Volg de buurt op Facebook';
  }

  protected body(slide: FacebookSlide) {
    return html` <div class="entries">${slide.entries.map((entry) => this.#renderEntry(entry))}</div> `;
  }

  #renderEntry(entry: FacebookEntry) {
    const lines = facebookCardLines(entry.name, entry.buurt, entry.label);
    return html`<section class="card" data-facebook=${entry.location}>
      <h3 data-lines=${lines.name ?? nothing}>${entry.name}</h3>
      <p class="buurt" data-lines=${lines.buurt ?? nothing}>Buurt ${entry.buurt}</p>
      ${
        entry.url !== null && entry.label !== null
          ? html`<div class="scan">
              <kiosk-qr-code
                .text=${entry.url}
                .label=${`QR-code naar de Facebookpagina van ${entry.name}`}
              ></kiosk-qr-code>
              <p class="link">Scan de code of surf naar ${link(entry.label, lines.link)}</p>
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
