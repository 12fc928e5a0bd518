/** <kiosk-activities-slide>: one page of upcoming activities under "Vandaag", "Morgen", … headings. */
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ActivitiesSlide } from '../../core/deck/activity-slides';
import { activityCardStyles, activityVisual, activityWords } from './activity-card';
import { TitledSlide } from './titled-slide';
import { slideFrame } from './slide-styles';

@customElement('kiosk-activities-slide')
export class KioskActivitiesSlide extends TitledSlide<ActivitiesSlide> {
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

  constructor() {
    super(2.6);
  }

  protected heading(_slide: ActivitiesSlide): string {
    return 'Activiteiten in de buurt';
  }

  protected body(slide: ActivitiesSlide) {
    return html`
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-activities-slide': KioskActivitiesSlide;
  }
}
