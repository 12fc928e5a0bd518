/**
 * <kiosk-contacts-page>: the community workers and the general contact, each with name, role, phone
 * and e-mail in large type and a QR code with a vCard a phone camera can save. Nothing is dialled or
 * mailed from the kiosk: there are no tel: or mailto: links.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ContactCard } from '../../core/contacts/contact-cards';
import '../qr/kiosk-qr-code';
import { pageFrame } from './page-styles';

/** "Jonas.VanLaere@groepintro.be" may break before the "@" rather than anywhere. */
function breakableEmail(email: string) {
  const at = email.indexOf('@');
  return at <= 0 ? email : html`${email.slice(0, at)}<wbr />${email.slice(at)}`;
}

@customElement('kiosk-contacts-page')
export class KioskContactsPage extends LitElement {
  static override styles = [
    pageFrame,
    css`
      .cards {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: 2vmin;
        min-height: 0;
      }
      .cards.single {
        grid-template-columns: minmax(0, 1fr);
      }
      article {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: 2vmin;
        min-height: 0;
        padding: 2vmin 2.5vmin;
        border-radius: 2vmin;
        background: var(--kiosk-surface);
        border-left: 0.8vmin solid var(--kiosk-accent);
      }
      article.organisation {
        border-left-color: var(--kiosk-muted);
      }
      .text {
        display: flex;
        flex-direction: column;
        gap: 0.5vmin;
        min-width: 0;
      }
      h3 {
        font-size: var(--fs-title);
        line-height: 1.1;
        overflow-wrap: break-word;
      }
      .role {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .phone {
        font-size: var(--fs-title);
        font-weight: 700;
        color: var(--kiosk-accent);
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
        margin-top: 0.6vmin;
      }
      .email {
        font-size: var(--fs-body);
        line-height: 1.2;
        overflow-wrap: anywhere;
      }
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5vmin 3vmin;
      }
      .scan {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
      }
      /* As large as the card allows: 800x480 is the tightest, a phone must still read it. */
      kiosk-qr-code {
        height: min(34vmin, 100%);
        min-height: 0;
      }
      /* Portrait: one card per row, the width goes to the text. */
      @media (max-aspect-ratio: 1/1) {
        .cards {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  /** The cards of this page. */
  @property({ attribute: false }) accessor cards: ContactCard[] = [];

  override render() {
    return html`
      <div class="heading">
        <h2>Contact</h2>
        <p class="scan">Scan een QR-code om het contact in je telefoon te bewaren.</p>
      </div>
      <div class="cards ${this.cards.length === 1 ? 'single' : ''}">
        ${this.cards.map((card) => this.#renderCard(card))}
      </div>
    `;
  }

  #renderCard(card: ContactCard) {
    return html`<article class=${card.kind} data-contact=${card.key} aria-label=${card.name}>
      <div class="text">
        <h3>${card.name}</h3>
        ${card.role ? html`<p class="role">${card.role}</p>` : nothing}
        <p class="phone" data-phone>${card.phone}</p>
        <p class="email" data-email>${breakableEmail(card.email)}</p>
      </div>
      <kiosk-qr-code
        .text=${card.vcard}
        .label=${`QR-code om ${card.name} als contact op te slaan in je telefoon`}
      ></kiosk-qr-code>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-contacts-page': KioskContactsPage;
  }
}
