/**
 * <preview-stage>: inside the preview frame, the kiosk's own screen for one planned slide at one
 * chosen moment: its header, and its rotation holding just that slide (with the footer the kiosk
 * shows), in the kiosk's own frame. No clock, no fetch.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import '../../renderer/rotation/kiosk-rotation';
import { screenHeader, screenLayout } from '../../renderer/screen-layout';
import '../../renderer/slides/all-slides';

@customElement('preview-stage')
export class PreviewStage extends LitElement {
  static override styles = [
    screenLayout,
    css`
      .empty {
        display: grid;
        place-items: center;
        font-size: var(--fs-title);
      }
    `,
  ];

  @property({ attribute: false }) accessor payload: KioskPayload | null = null;
  @property({ attribute: false }) accessor slide: Slide | null = null;
  @property({ attribute: false }) accessor now = 0;

  override render() {
    const payload = this.payload;
    if (!payload) return nothing;
    return html`
      ${screenHeader(payload, this.now)}
      <main>
        ${
          this.slide
            ? html`<kiosk-rotation
                .slides=${[this.slide]}
                .index=${0}
                .startedAt=${this.now}
                .now=${this.now}
                .payload=${payload}
              ></kiosk-rotation>`
            : html`<div class="empty">Geen dia's op dit moment.</div>`
        }
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'preview-stage': PreviewStage;
  }
}
