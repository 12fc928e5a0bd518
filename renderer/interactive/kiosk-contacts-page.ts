/**
 * <kiosk-contacts-page>: the community workers and the general contact, each with name, role, phone
 * and e-mail in large type. The phone number is always whole and the e-mail always there: a name or
 * role runs to two lines at most, and a card short of room gives up its QR code and then lines of
 * its words (contact-fit.ts). A card shows its vCard QR code beside its words, or under them in a
 * card taller than wide, where the code gets 4 px a module for a phone camera to read it off the
 * screen; tapping any card shows its code alone and large. Nothing is dialled or mailed from the
 * kiosk: there are no tel: or mailto: links.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ContactCard } from '../../core/contacts/contact-cards';
import '../qr/kiosk-qr-code';
import { breakableEmail } from '../slides/breakable-email';
import { controlStyles, slideFrame } from '../slides/slide-styles';
import { ContactFit } from './contact-fit';
import { DetailFocus } from './detail-focus';
import { CloseDetailEvent, OpenDetailEvent } from './events';

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
        container: card / size;
        display: flex;
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
      /* The card's contents; a container cannot restyle itself for its own size, so this box does. */
      .inside {
        flex: 1 1 0;
        min-width: 0;
        display: flex;
        align-items: safe center;
        gap: var(--space-m);
      }
      /* At least as wide as the phone number (it never wraps): the code beside it yields first. */
      .words {
        flex: 1 1 0;
        display: flex;
        flex-direction: column;
        gap: calc(0.3 * var(--space-s));
      }
      .name {
        font-size: var(--fs-title);
        font-weight: 700;
        /* The face's own height: a clipped box of a tighter line would cut its accents and tails. */
        line-height: 1.2;
      }
      .role,
      .tap {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
      }
      /* Two lines at most, ended with "…"; a long compound breaks rather than widen the card. */
      .name,
      .role {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
        overflow-wrap: anywhere;
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
      /* The code's square: as high as the card, at most 45 % of its width, less if the number needs it. */
      .code {
        display: none;
        flex: 0 1 auto;
        width: min(calc(100cqh - 2 * var(--space-s)), 45cqw);
        aspect-ratio: 1;
        container-type: size;
        place-items: center;
      }
      .code kiosk-qr-code {
        width: min(100cqw, 100cqh);
      }
      /* Only a card this large holds a code worth a look; contact-fit.ts drops one under 4 px a module. */
      @container card (min-height: 260px) and (min-width: 260px) {
        .code {
          display: grid;
        }
        .tap {
          display: none;
        }
      }
      /* A card taller than wide (two to a page): the words across its width, the code under them. */
      @container card (max-aspect-ratio: 5 / 4) {
        .inside {
          flex-direction: column;
          align-items: stretch;
        }
        .words {
          flex: none;
        }
        .code {
          flex: 1 1 0;
          min-height: 0;
          width: auto;
          aspect-ratio: auto;
        }
      }
      /* What a box short of room gave up (contact-fit.ts). */
      [data-fit~='no-code'] .code {
        display: none;
      }
      [data-fit~='no-code'] .tap {
        display: block;
      }
      [data-fit~='no-tap'] .tap {
        display: none;
      }
      [data-fit~='role-1'] .role,
      [data-fit~='name-1'] .name {
        -webkit-line-clamp: 1;
      }
      /* Smaller, and its lines filled to the end rather than broken at a "-" or ".". */
      [data-fit~='small-email'] .email {
        font-size: var(--fs-small);
        line-height: 1.1;
        word-break: break-all;
      }
      [data-fit~='no-role'] .role {
        display: none;
      }
      .contact[data-fit~='tight'] {
        padding-block: 0;
      }
      [data-fit~='tight'] .words {
        gap: 0;
      }
      /* One contact: "back" over its words, the code as large as the page's height allows. */
      article {
        flex: 1 1 0;
        min-height: 0;
        display: flex;
        gap: var(--space-l);
      }
      .side {
        flex: 1 1 0;
        min-width: 0;
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--space-m);
      }
      .side .words {
        flex: none;
        align-self: stretch;
        margin-block: auto;
      }
      article .name,
      article .role {
        -webkit-line-clamp: 3;
      }
      article .code {
        display: grid;
        flex: none;
        width: auto;
        height: 100%;
        max-width: 60%;
      }
      /* Portrait: "back", the code across the width (lower if the words need the height), the words. */
      @media (orientation: portrait) {
        .cards {
          grid-template-columns: minmax(0, 1fr);
        }
        article {
          flex-direction: column;
        }
        .side {
          display: contents;
        }
        .back {
          align-self: flex-start;
        }
        article .code {
          order: 1;
          flex: 0 1 auto;
          min-height: 0;
          width: 100%;
          height: auto;
          max-width: none;
        }
        .side .words {
          order: 2;
          margin: 0;
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
    new ContactFit(this);
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
              data-fit-box="card"
              @click=${() => this.dispatchEvent(new OpenDetailEvent(card.key))}
            >
              <span class="inside" data-fit-room>
                ${this.#renderWords(card)}
                <span class="code">
                  <kiosk-qr-code .text=${card.vcard} .label=${qrLabel(card)}></kiosk-qr-code>
                </span>
              </span>
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
      <article data-contact-code=${card.key} data-fit-box="detail" aria-label=${card.name}>
        <div class="side" data-fit-room>
          <button class="pill back" @click=${() => this.dispatchEvent(new CloseDetailEvent())}>
            ‹ Alle contacten
          </button>
          ${this.#renderWords(card, false)}
        </div>
        <span class="code">
          <kiosk-qr-code .text=${card.vcard} .label=${qrLabel(card)}></kiosk-qr-code>
        </span>
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
