/**
 * <kiosk-contacts-page>: the community workers and the general contact, each with name, role, phone
 * and e-mail in large type. A card shows its vCard QR code where the card is large enough for a phone
 * camera to read it off the screen (at least 4 px per module); tapping any card shows its code alone
 * and large. Nothing is dialled or mailed from the kiosk: there are no tel: or mailto: links.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ContactCard } from '../../core/contacts/contact-cards';
import '../qr/kiosk-qr-code';
import { controlStyles, slideFrame } from '../slides/slide-styles';
import { DetailFocus } from './detail-focus';
import { CloseDetailEvent, OpenDetailEvent } from './events';

/** "jonas.vanlaere@groepintro.be" may break before the "@" rather than anywhere. */
function breakableEmail(email: string) {
  const at = email.indexOf('@');
  return at <= 0 ? email : html`${email.slice(0, at)}<wbr />${email.slice(at)}`;
}

@customElement('kiosk-contacts-page')
export class KioskContactsPage extends LitElement {
  static override styles = [
    slideFrame,
    controlStyles,
    css`
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--space-s) var(--space-l);
      }
      .hint {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
      }
      .cards {
        flex: 1 1 0;
        min-height: 0;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: var(--space-s);
      }
      .cards.single {
        grid-template-columns: minmax(0, 1fr);
      }
      .contact {
        container-type: size;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: var(--space-m);
        min-height: max(48px, 6.5vmin);
        padding: var(--space-s) var(--space-m);
        border: none;
        border-left: 0.8vmin solid var(--kiosk-accent);
        border-radius: var(--radius);
        background: var(--kiosk-surface);
        text-align: left;
        overflow: hidden;
      }
      .contact:active {
        background: #1d4678;
      }
      .contact.organisation {
        border-left-color: var(--kiosk-muted);
      }
      .words {
        display: flex;
        flex-direction: column;
        gap: calc(0.3 * var(--space-s));
        min-width: 0;
      }
      .name {
        font-size: var(--fs-title);
        font-weight: 700;
        line-height: 1.1;
        overflow-wrap: break-word;
      }
      .role,
      .tap {
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
      }
      .email {
        font-size: var(--fs-body);
        line-height: 1.2;
        overflow-wrap: anywhere;
      }
      /* The code in the card only where the card leaves it 240 px (4 px a module up to QR version 9). */
      .contact kiosk-qr-code {
        display: none;
      }
      @container (min-height: 260px) and (min-width: 520px) {
        .contact kiosk-qr-code {
          display: block;
          height: calc(100cqh - 2 * var(--space-s));
        }
        .tap {
          display: none;
        }
      }
      .back {
        align-self: flex-start;
      }
      article {
        flex: 1 1 0;
        min-height: 0;
        display: flex;
        align-items: center;
        gap: var(--space-l);
      }
      article .words {
        flex: 1 1 0;
      }
      article kiosk-qr-code {
        flex: none;
        height: 100%;
        max-width: 60%;
      }
      /* Portrait: one card per row, the width goes to the text; the large code above its words. */
      @media (orientation: portrait) {
        .cards {
          grid-template-columns: minmax(0, 1fr);
        }
        article {
          flex-direction: column-reverse;
          align-items: stretch;
        }
        article kiosk-qr-code {
          height: auto;
          width: 100%;
          max-width: none;
          min-height: 0;
        }
      }
    `,
  ];

  /** The cards of this page. */
  @property({ attribute: false }) accessor cards: ContactCard[] = [];
  /** The card whose code is shown large, or null for the page. */
  @property({ attribute: false }) accessor detail: ContactCard | null = null;

  constructor() {
    super();
    new DetailFocus(
      this,
      () => this.detail?.key ?? null,
      (key) => `[data-contact="${key}"]`,
    );
  }

  override render() {
    return this.detail ? this.#renderDetail(this.detail) : this.#renderCards();
  }

  #renderCards() {
    return html`
      <div class="heading">
        <h2>Contact</h2>
        <p class="hint">Scan een QR-code om het contact in je telefoon te bewaren.</p>
      </div>
      <div class="cards ${this.cards.length === 1 ? 'single' : ''}">
        ${this.cards.map(
          (card) =>
            html`<button
              class="contact ${card.kind}"
              data-contact=${card.key}
              @click=${() => this.dispatchEvent(new OpenDetailEvent(card.key))}
            >
              ${this.#renderWords(card)}
              <kiosk-qr-code .text=${card.vcard} .label=${qrLabel(card)}></kiosk-qr-code>
            </button>`,
        )}
      </div>
    `;
  }

  #renderWords(card: ContactCard, tapHint = true) {
    return html`<span class="words">
      <span class="name">${card.name}</span>
      ${card.role ? html`<span class="role">${card.role}</span>` : nothing}
      <span class="phone" data-phone>${card.phone}</span>
      <span class="email" data-email>${breakableEmail(card.email)}</span>
      ${tapHint ? html`<span class="tap">Tik voor de QR-code</span>` : nothing}
    </span>`;
  }

  #renderDetail(card: ContactCard) {
    return html`
      <button class="pill back" @click=${() => this.dispatchEvent(new CloseDetailEvent())}>
        ‹ Alle contacten
      </button>
      <article data-contact-code=${card.key} aria-label=${card.name}>
        ${this.#renderWords(card, false)}
        <kiosk-qr-code .text=${card.vcard} .label=${qrLabel(card)}></kiosk-qr-code>
      </article>
    `;
  }
}

function qrLabel(card: ContactCard): string {
  return `QR-code om ${card.name} als contact op te slaan in je telefoon`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-contacts-page': KioskContactsPage;
  }
}
