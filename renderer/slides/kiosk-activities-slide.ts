/** <kiosk-activities-slide>: one page of upcoming activities under "Vandaag", "Morgen", … headings. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActivitiesSlide, ActivityItem } from '../../core/deck/activity-slides';
import { mediaUrl } from './media-url';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

@customElement('kiosk-activities-slide')
export class KioskActivitiesSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      .groups {
        display: flex;
        flex-direction: column;
        gap: 2.4vmin;
        min-height: 0;
      }
      /* Landscape: the group heading in a column of its own, so it costs no extra line. */
      .group {
        display: grid;
        grid-template-columns: 22vmin minmax(0, 1fr);
        gap: 0 3vmin;
        align-items: start;
      }
      h3 {
        font-size: var(--fs-body);
        color: var(--kiosk-accent);
        line-height: 1.2;
        padding-top: 0.3vmin;
      }
      ul {
        display: flex;
        flex-direction: column;
        gap: 2vmin;
      }
      li {
        display: flex;
        gap: 2.5vmin;
        align-items: flex-start;
        border-left: 0.6vmin solid var(--kiosk-accent);
        padding-left: 2vmin;
      }
      img {
        flex: none;
        width: 13vmin;
        height: 13vmin;
        object-fit: cover;
        border-radius: 1vmin;
      }
      .text {
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 0.4vmin;
      }
      h4 {
        font-size: var(--fs-body);
        line-height: 1.2;
        overflow-wrap: break-word;
      }
      .when {
        font-size: var(--fs-body);
        line-height: 1.2;
        font-weight: 700;
        color: var(--kiosk-accent);
      }
      .place {
        font-size: var(--fs-small);
        line-height: 1.2;
        color: var(--kiosk-muted);
        overflow-wrap: break-word;
      }
      /* Portrait: headings above their activities, the width goes to the titles. */
      @media (max-aspect-ratio: 1/1) {
        .group {
          grid-template-columns: minmax(0, 1fr);
          gap: 1.2vmin;
        }
        .groups {
          gap: 4vmin;
        }
        ul {
          gap: 3vmin;
        }
        img {
          width: 18vmin;
          height: 18vmin;
        }
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: ActivitiesSlide | null = null;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>Activiteiten in de buurt${pageLabel(slide.page, slide.pageCount)}</h2>
      <div class="groups">
        ${slide.groups.map(
          (group) => html`
            <section class="group">
              <h3>${group.label}</h3>
              <ul>
                ${group.items.map((item) => this.#renderItem(item))}
              </ul>
            </section>
          `,
        )}
      </div>
    `;
  }

  #renderItem(item: ActivityItem) {
    return html`<li>
      ${item.image ? html`<img src=${mediaUrl(item.image)} alt="" />` : nothing}
      <div class="text">
        <h4>${item.title}</h4>
        <p class="when">${item.when}</p>
        <p class="place">${item.place}</p>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-activities-slide': KioskActivitiesSlide;
  }
}
