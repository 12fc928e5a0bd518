/** <kiosk-announcement-slide>: one announcement, its type as large as the room allows, its image beside (or above) it. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AnnouncementSlide } from '../../core/deck/announcement-slides';
import { announcementText } from '../../core/deck/announcement-text';
import { FitController } from './fit-controller';
import { mediaUrl } from './media-url';
import { slideFrame } from './slide-styles';

@customElement('kiosk-announcement-slide')
export class KioskAnnouncementSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      .kicker {
        font-size: var(--fs-body);
        font-weight: 700;
        color: var(--kiosk-accent);
      }
      .body {
        flex: 1 1 0;
        min-height: 0;
        display: flex;
        gap: var(--space-l);
      }
      .fill {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: calc(var(--space-m) * var(--fit, 1));
      }
      h2 {
        font-size: calc(var(--fs-title) * var(--fit, 1));
      }
      /* Staff's line breaks kept (a greeting, a list, a signature); spaces and tabs run together. */
      .text {
        font-size: calc(var(--fs-body) * var(--fit, 1));
        line-height: 1.3;
        overflow-wrap: break-word;
        white-space: pre-line;
      }
      /* A fixed box, so the photo arriving changes nothing around it. */
      img {
        flex: 0 0 40%;
        min-width: 0;
        min-height: 0;
        width: 40%;
        height: 100%;
        object-fit: contain;
        object-position: center;
      }
      @media (orientation: portrait) {
        .body {
          flex-direction: column-reverse;
        }
        img {
          flex-basis: 40%;
          width: 100%;
          height: 40%;
        }
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: AnnouncementSlide | null = null;

  constructor() {
    super();
    new FitController(this, 3);
  }

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <p class="kicker">Mededeling</p>
      <div class="body">
        <div class="fill">
          <h2>${slide.title}</h2>
          <p class="text">${announcementText(slide.text)}</p>
        </div>
        ${slide.image ? html`<img src=${mediaUrl(slide.image)} alt="" />` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-announcement-slide': KioskAnnouncementSlide;
  }
}
