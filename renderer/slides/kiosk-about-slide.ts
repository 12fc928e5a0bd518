/**
 * <kiosk-about-slide>: the aims of the buurtopbouwwerk, the buurten and where to ask more (Sociaal
 * Huis). The same element is a page of the touch screen's "Over het buurtopbouwwerk".
 */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { phoneAsShown } from '../../core/contacts/belgian-phone';
import type { AboutSlide } from '../../core/deck/about-slides';
import { listInDutch } from '../../core/time/dutch-words';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

@customElement('kiosk-about-slide')
export class KioskAboutSlide extends TitledSlide<AboutSlide> {
  static override styles = [
    slideFrame,
    css`
      .fill {
        display: flex;
        flex-direction: column;
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      /* Base sizes for the smallest room (a touch-screen page); the fit grows them where there is more. */
      .intro,
      .participation,
      .contact {
        font-size: calc(var(--fs-small) * var(--fit, 1));
        line-height: 1.25;
        overflow-wrap: break-word;
      }
      ol {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 45vmin), 1fr));
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      li {
        border-top: 0.8vmin solid var(--kiosk-accent);
      }
      h3 {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      li p {
        font-size: calc(var(--fs-small) * var(--fit, 1));
        line-height: 1.3;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .buurten {
        font-size: calc(var(--fs-small) * var(--fit, 1));
        color: var(--kiosk-muted);
      }
      .contact strong {
        color: var(--kiosk-accent);
      }
      .nowrap {
        white-space: nowrap;
      }
    `,
  ];

  protected heading(slide: AboutSlide): string {
    return slide.title;
  }

  protected body(slide: AboutSlide) {
    const org = slide.organisation;
    return html`
      <p class="intro">${slide.intro}</p>
      <ol>
        ${slide.aims.map(
          (aim) =>
            html`<li class="card">
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
        <span class="nowrap">${org.email}</span> · <span class="nowrap">${phoneAsShown(org.phone)}</span>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-about-slide': KioskAboutSlide;
  }
}
