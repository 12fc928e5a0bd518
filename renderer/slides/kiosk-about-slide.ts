/**
 * <kiosk-about-slide>: the aims of the buurtopbouwwerk, the buurten and where to ask more (Sociaal
 * Huis). The same element is a page of the touch screen's "Over het buurtopbouwwerk".
 */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { phoneAsShown } from '../../core/contacts/belgian-phone';
import { oneLineEverywhere } from '../../core/deck/about-room';
import { buurtenSentence, contactLead, type AboutSlide } from '../../core/deck/about-slides';
import { breakableEmail } from './breakable-email';
import { lineClamp } from './line-clamp';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

@customElement('kiosk-about-slide')
export class KioskAboutSlide extends TitledSlide<AboutSlide> {
  static override styles = [
    slideFrame,
    lineClamp,
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
        overflow-wrap: break-word;
      }
      .contact strong {
        color: var(--kiosk-accent);
      }
      .nowrap {
        white-space: nowrap;
      }
      .whole {
        overflow-wrap: normal;
      }
    `,
  ];

  protected heading(slide: AboutSlide): string {
    return slide.title;
  }

  protected body(slide: AboutSlide) {
    const org = slide.organisation;
    const lines = slide.lines;
    const buurten = buurtenSentence(slide.buurten);
    return html`
      ${paragraph('intro', slide.intro, lines.intro)} ${aims(slide.aims, lines.aim)}
      ${paragraph('participation', slide.participation, lines.participation)}
      ${paragraph('buurten', buurten, lines.buurten)}
      <p class="contact">
        ${contactLead(org)}: <strong>${org.name}</strong> · ${email(org.email)} ·
        <span class="nowrap">${phoneAsShown(org.phone)}</span>
      </p>
    `;
  }
}

/** The aims as cards; none on a page of the introduction or the closing lines alone. */
function aims(list: AboutSlide['aims'], lines: number | null) {
  if (list.length === 0) return nothing;
  return html`<ol>
    ${list.map(
      (aim) =>
        html`<li class="card">
          <h3>${aim.title}</h3>
          <p data-lines=${lines ?? nothing}>${aim.text}</p>
        </li>`,
    )}
  </ol>`;
}

/**
 * The e-mail address, broken before its "@" only: grown type makes the page's words larger until
 * something would overflow, and a part that may break anywhere would break mid-word instead. A part
 * longer than a line of the smallest page may still break where it must.
 */
function email(address: string) {
  const whole = address.split('@').every(oneLineEverywhere);
  return html`<span class=${whole ? 'email whole' : 'email'}>${breakableEmail(address)}</span>`;
}

/** A paragraph of the page, ended after `lines` lines when the page cannot hold all of it. */
function paragraph(name: string, text: string | null, lines: number | null) {
  if (text === null || text === '') return nothing;
  return html`<p class=${name} data-lines=${lines ?? nothing}>${text}</p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-about-slide': KioskAboutSlide;
  }
}
