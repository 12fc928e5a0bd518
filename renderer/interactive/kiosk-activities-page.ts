/**
 * <kiosk-activities-page>: a page of upcoming activities as big buttons (the rotation's activity
 * card); one opens its detail view with the whole description, the image, place and time. The shell
 * owns which detail is open.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActivityEntry } from '../../core/interactive/activity-entries';
import { activityCardStyles, activityVisual, activityWords } from '../slides/activity-card';
import { FitController } from '../slides/fit-controller';
import { mediaUrl } from '../slides/media-url';
import { controlStyles, slideFrame } from '../slides/slide-styles';
import { DetailFocus } from './detail-focus';
import { CloseDetailEvent, OpenDetailEvent } from './events';

@customElement('kiosk-activities-page')
export class KioskActivitiesPage extends LitElement {
  static override styles = [
    slideFrame,
    controlStyles,
    activityCardStyles,
    css`
      /* Landscape: two columns, so a long title wraps in a card of its own instead of overflowing. */
      ul {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: var(--space-s);
      }
      li {
        display: flex;
        min-width: 0;
      }
      .activity {
        width: 100%;
        min-height: max(48px, 6.5vmin);
        padding: var(--space-s) var(--space-m);
        border: none;
        border-left: 0.8vmin solid var(--kiosk-accent);
        border-radius: calc(0.75 * var(--radius));
        background: var(--kiosk-surface);
        --visual: calc(10 * var(--u) * var(--fit, 1));
      }
      .activity:active {
        background: #1d4678;
      }
      /* A long place (the schema allows 500 characters) ends after PLACE_LINES (3) lines with "…" in
         the list, so one card never outgrows its page (core/interactive/activity-list-fit.ts counts
         the same); the detail a tap away shows all of it. */
      .activity .place {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        overflow: hidden;
      }
      /* On a short screen the list names what and when; the place is in the detail a tap away. */
      @media (max-height: 600px) {
        .activity .place {
          display: none;
        }
      }
      .chevron {
        flex: none;
        font-size: var(--fs-title);
        color: var(--kiosk-muted);
      }
      .empty {
        font-size: var(--fs-body);
      }
      .back {
        align-self: flex-start;
      }
      article {
        flex: 1;
        display: flex;
        gap: var(--space-l);
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
        border-radius: calc(0.75 * var(--radius));
      }
      /* No taller than the room it is given, so a long description scrolls inside it (portrait too). */
      .detail-words {
        flex: 1;
        min-width: 0;
        min-height: 0;
        display: flex;
        flex-direction: column;
        gap: var(--space-s);
      }
      article h3 {
        font-size: var(--fs-title);
        line-height: 1.15;
        overflow-wrap: break-word;
      }
      article .when,
      article .place,
      .description {
        font-size: var(--fs-body);
      }
      /* A description of up to 2000 characters: scrolls by finger or arrow keys when it is that long. */
      .description {
        flex: 0 1 auto;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
        line-height: 1.3;
        overflow-wrap: break-word;
      }
      /* The line breaks staff wrote are kept, on the text alone: the template's own around it showed
         as an empty first line. */
      .description .text {
        white-space: pre-line;
      }
      @media (orientation: portrait) {
        ul {
          grid-template-columns: minmax(0, 1fr);
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

  constructor() {
    super();
    new FitController(this, 1.8);
    new DetailFocus(
      this,
      () => this.detail?.key ?? null,
      (key) => `[data-activity="${key}"]`,
    );
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
      <div class="fill">
        <ul>
          ${this.entries.map(
            (entry) =>
              html`<li>
                <button
                  class="activity"
                  data-activity=${entry.key}
                  @click=${() => this.dispatchEvent(new OpenDetailEvent(entry.key))}
                >
                  ${activityVisual(entry)} ${activityWords(entry, true)}
                  <span class="chevron" aria-hidden="true">›</span>
                </button>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  #renderDetail(entry: ActivityEntry) {
    return html`
      <button class="pill back" @click=${() => this.dispatchEvent(new CloseDetailEvent())}>
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
                  <span class="text">${entry.description}</span>
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
