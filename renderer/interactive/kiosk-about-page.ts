/**
 * <kiosk-about-page>: what the buurtopbouwwerk is for. Its pages: the intro with the aims (three at a
 * time), then what everyone is welcome for, the buurten and where to ask more (the Sociaal Huis).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { InteractivePage } from '../../core/interactive/sections';
import { pageFrame } from './page-styles';

type AboutPage = Extract<InteractivePage, { kind: 'aims' | 'welcome' }>;

/** "a, b en c" */
function listInDutch(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

@customElement('kiosk-about-page')
export class KioskAboutPage extends LitElement {
  static override styles = [
    pageFrame,
    css`
      .intro,
      .participation,
      .buurten {
        font-size: var(--fs-body);
        line-height: 1.3;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 45vmin), 1fr));
        align-content: start;
        gap: 2vmin;
        min-height: 0;
      }
      .cards li {
        display: flex;
        flex-direction: column;
        gap: 0.8vmin;
        min-width: 0;
        padding: 2vmin 2.5vmin;
        border-radius: 2vmin;
        background: var(--kiosk-surface);
        border-top: 0.8vmin solid var(--kiosk-accent);
      }
      h3 {
        font-size: var(--fs-body);
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .cards p {
        font-size: var(--fs-small);
        line-height: 1.3;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
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

  /** The page to show: the aims, or the welcome page. */
  @property({ attribute: false }) accessor page: AboutPage | null = null;

  override render() {
    const page = this.page;
    if (!page) return nothing;
    return page.kind === 'aims' ? this.#renderAims(page) : this.#renderWelcome(page);
  }

  #renderAims(page: Extract<AboutPage, { kind: 'aims' }>) {
    return html`
      <h2>${page.title}</h2>
      <p class="intro">${page.intro}</p>
      <ol class="cards">
        ${page.aims.map(
          (aim) =>
            html`<li>
              <h3>${aim.title}</h3>
              <p>${aim.text}</p>
            </li>`,
        )}
      </ol>
    `;
  }

  #renderWelcome(page: Extract<AboutPage, { kind: 'welcome' }>) {
    const org = page.organisation;
    return html`
      <h2>Iedereen is welkom in het buurtpunt</h2>
      ${
        page.services.length > 0
          ? html`<ul class="cards">
              ${page.services.map(
                (service) =>
                  html`<li>
                    <h3>${service.title}</h3>
                    ${service.description ? html`<p>${service.description}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${page.participation ? html`<p class="participation">${page.participation}</p>` : nothing}
      ${
        page.buurten.length > 0
          ? html`<p class="buurten">In de buurten ${listInDutch(page.buurten)}.</p>`
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
    'kiosk-about-page': KioskAboutPage;
  }
}
