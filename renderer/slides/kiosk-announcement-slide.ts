/** <kiosk-announcement-slide>: one announcement, with its image beside (or above) the text. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AnnouncementSlide } from '../../core/deck/announcement-slides';
import { mediaUrl } from './media-url';
import { slideFrame } from './slide-styles';

/** Above this many characters the text uses the smaller body size, so it still fits. */
const LONG_TEXT = 320;

@customElement('kiosk-announcement-slide')
export class KioskAnnouncementSlide extends LitElement {
  static override styles = [
    slideFrame,
    css`
      :host {
        justify-content: center;
      }
      .kicker {
        font-size: var(--fs-body);
        font-weight: 700;
        color: var(--kiosk-accent);
      }
      .body {
        display: flex;
        gap: 4vmin;
        align-items: center;
        min-height: 0;
      }
      .words {
        flex: 1 1 0;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 2.5vmin;
      }
      h2 {
        font-size: var(--fs-huge);
      }
      .text {
        font-size: var(--fs-title);
        line-height: 1.3;
        overflow-wrap: break-word;
      }
      .text.long {
        font-size: var(--fs-body);
      }
      img {
        flex: 0 1 auto;
        max-width: 40%;
        max-height: 60vmin;
        object-fit: contain;
        border-radius: 2vmin;
      }
      @media (max-aspect-ratio: 1/1) {
        .body {
          flex-direction: column-reverse;
          align-items: stretch;
        }
        .words {
          flex: none;
        }
        img {
          max-width: 100%;
          max-height: 45vh;
          align-self: center;
        }
      }
    `,
  ];

  @property({ attribute: false }) accessor slide: AnnouncementSlide | null = null;

  override render() {
    const slide = this.slide;
    if (!slide) return nothing;
    return html`
      <p class="kicker">Mededeling</p>
      <div class="body">
        <div class="words">
          <h2>${slide.title}</h2>
          <p class="text ${slide.text.length > LONG_TEXT ? 'long' : ''}">${slide.text}</p>
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
