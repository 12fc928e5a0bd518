/** <kiosk-activities-slide>: one page of upcoming activities under "Vandaag", "Morgen", … headings. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActivitiesSlide } from '../../core/deck/activity-slides';
import { activityCardStyles, activityVisual, activityWords } from './activity-card';
import { FitController } from './fit-controller';
import { pageLabel } from './page-label';
import { slideFrame } from './slide-styles';

@customElement('kiosk-activities-slide')
export class KioskActivitiesSlide extends LitElement {
  static override styles = [
    slideFrame,
    activityCardStyles,
    css`
      .groups {
        display: flex;
        flex-direction: column;
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      /* Landscape: the group heading in a column of its own, so it costs no extra line. */
      .group {
        display: grid;
        grid-template-columns: calc(22 * var(--u)) minmax(0, 1fr);
        gap: var(--space-s) var(--space-l);
        align-items: start;
      }
      h3 {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        color: var(--kiosk-accent);
        line-height: 1.2;
      }
      ul {
        display: flex;
        flex-direction: column;
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      li {
        border-left: 0.6vmin solid var(--kiosk-accent);
        padding-left: var(--space-m);
      }
      /* Portrait: headings above their activities, the width goes to the titles. */
      @media (orientation: portrait) {
        .group {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: ActivitiesSlide | null = null;

  constructor() {
    super();
    new FitController(this, 2.6);
  }

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <h2>Activiteiten in de buurt${pageLabel(slide.page, slide.pageCount)}</h2>
      <div class="fill">
        <div class="groups">
          ${slide.groups.map(
            (group) => html`
              <section class="group">
                <h3>${group.label}</h3>
                <ul>
                  ${group.items.map(
                    (item) => html`<li class="activity">${activityVisual(item)} ${activityWords(item)}</li>`,
                  )}
                </ul>
              </section>
            `,
          )}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-activities-slide': KioskActivitiesSlide;
  }
}
