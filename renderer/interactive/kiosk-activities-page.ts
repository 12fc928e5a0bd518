/**
 * <kiosk-activities-page>: a page of upcoming activities as big buttons; one opens its detail view
 * with the whole description, the image, place and time. The shell owns which detail is open.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActivityEntry } from '../../core/interactive/activity-entries';
import { mediaUrl } from '../slides/media-url';
import { CloseActivityEvent, OpenActivityEvent } from './events';
import { pageFrame } from './page-styles';

@customElement('kiosk-activities-page')
export class KioskActivitiesPage extends LitElement {
  static override styles = [
    pageFrame,
    css`
      /* Landscape: two columns, so a long title wraps in a card of its own instead of overflowing. */
      ul {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        align-content: start;
        gap: 1.5vmin;
        min-height: 0;
      }
      li {
        display: flex;
        min-width: 0;
      }
      .item {
        width: 100%;
        min-height: max(48px, 6.5vmin);
        display: flex;
        align-items: center;
        gap: 2vmin;
        padding: 1vmin 2vmin;
        text-align: left;
        border: none;
        border-left: 0.8vmin solid var(--kiosk-accent);
        border-radius: 1.5vmin;
        background: var(--kiosk-surface);
        overflow: hidden;
      }
      .item:active {
        background: #1d4678;
      }
      .item img {
        flex: none;
        width: 10vmin;
        height: 10vmin;
        object-fit: cover;
        border-radius: 1vmin;
      }
      .words {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 0.3vmin;
      }
      .title {
        font-size: var(--fs-body);
        font-weight: 700;
        line-height: 1.15;
        overflow-wrap: break-word;
      }
      .when {
        font-size: var(--fs-small);
        font-weight: 700;
        color: var(--kiosk-accent);
      }
      .place {
        font-size: var(--fs-small);
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      .chevron {
        flex: none;
        font-size: var(--fs-title);
        color: var(--kiosk-muted);
      }
      .empty {
        font-size: var(--fs-body);
      }
      /* The detail view. */
      .back {
        align-self: flex-start;
        min-height: max(48px, 6.5vmin);
        padding: 0 3vmin;
        border: 0.3vmin solid var(--kiosk-muted);
        border-radius: 999px;
        background: transparent;
        font-size: var(--fs-body);
        font-weight: 700;
      }
      article {
        flex: 1;
        display: flex;
        gap: 3vmin;
        min-height: 0;
        animation: enter 260ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
      }
      @keyframes enter {
        from {
          opacity: 0;
          transform: translateY(2vmin);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        article {
          animation: none;
        }
      }
      article img {
        flex: 0 1 auto;
        max-width: 38%;
        max-height: 100%;
        align-self: flex-start;
        object-fit: contain;
        border-radius: 1.5vmin;
      }
      .detail-words {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 1.2vmin;
      }
      article h3 {
        font-size: var(--fs-title);
        line-height: 1.15;
        overflow-wrap: break-word;
      }
      article .when {
        font-size: var(--fs-body);
      }
      article .place {
        font-size: var(--fs-body);
      }
      /* A description of up to 2000 characters: scrolls by finger or arrow keys when it is that long. */
      .description {
        flex: 0 1 auto;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
        font-size: var(--fs-body);
        line-height: 1.3;
        overflow-wrap: break-word;
        white-space: pre-line;
      }
      @media (max-aspect-ratio: 1/1) {
        ul {
          grid-template-columns: minmax(0, 1fr);
        }
        .item {
          padding: 2vmin 2.5vmin;
        }
        .item .title {
          font-size: var(--fs-title);
        }
        .item .when,
        .item .place {
          font-size: var(--fs-body);
        }
        .item img {
          width: 16vmin;
          height: 16vmin;
        }
        article {
          flex-direction: column;
        }
        article img {
          max-width: 100%;
          max-height: 35vh;
        }
      }
    `,
  ];

  /** The activities of this page of the list. */
  @property({ attribute: false }) accessor entries: ActivityEntry[] = [];
  /** The activity whose detail is open, or null for the list. */
  @property({ attribute: false }) accessor detail: ActivityEntry | null = null;

  /** Whether the keyboard focus was in this page when the detail opened or closed. */
  #hadFocus = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('detail')) this.#hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A keyboard or remote user keeps their place: on "back" in the detail, on the item after it.
    if (!changed.has('detail') || !this.#hadFocus) return;
    const previous = changed.get('detail');
    const target = this.detail
      ? this.renderRoot.querySelector<HTMLElement>('.back')
      : previous
        ? this.renderRoot.querySelector<HTMLElement>(`[data-activity="${previous.key}"]`)
        : null;
    target?.focus();
  }

  override render() {
    return this.detail ? this.#renderDetail(this.detail) : this.#renderList();
  }

  #renderList() {
    if (this.entries.length === 0) {
      return html`<h2>Activiteiten</h2>
        <p class="empty">Er zijn nu geen activiteiten gepland. Kijk binnenkort nog eens!</p>`;
    }
    return html`
      <h2>Activiteiten</h2>
      <ul>
        ${this.entries.map(
          (entry) =>
            html`<li>
              <button
                class="item"
                data-activity=${entry.key}
                @click=${() => this.dispatchEvent(new OpenActivityEvent(entry.key))}
              >
                ${entry.image ? html`<img src=${mediaUrl(entry.image)} alt="" />` : nothing}
                <span class="words">
                  <span class="title">${entry.title}</span>
                  <span class="when">${entry.when}</span>
                  <span class="place">${entry.place}</span>
                </span>
                <span class="chevron" aria-hidden="true">›</span>
              </button>
            </li>`,
        )}
      </ul>
    `;
  }

  #renderDetail(entry: ActivityEntry) {
    return html`
      <button class="back" @click=${() => this.dispatchEvent(new CloseActivityEvent())}>
        ‹ Alle activiteiten
      </button>
      <article data-detail=${entry.key}>
        ${entry.image ? html`<img src=${mediaUrl(entry.image)} alt="" />` : nothing}
        <div class="detail-words">
          <h3>${entry.title}</h3>
          <p class="when">${entry.when}</p>
          <p class="place">${entry.place}</p>
          ${
            entry.description
              ? html`<div
                  class="description"
                  role="region"
                  aria-label="Beschrijving"
                  tabindex="0"
                  data-scrollable
                >
                  ${entry.description}
                </div>`
              : nothing
          }
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-activities-page': KioskActivitiesPage;
  }
}
