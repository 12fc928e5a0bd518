/**
 * <preview-stage>: inside the preview frame, the kiosk's own header and slide elements, laid out as
 * <kiosk-app> lays them out, for one planned slide at one chosen moment. No clock, no rotation, no fetch.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import '../../renderer/kiosk-header';
import '../../renderer/slides/all-slides';
import { renderSlide } from '../../renderer/slides/render-slide';

@customElement('preview-stage')
export class PreviewStage extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto 1fr auto;
      height: 100vh;
      width: 100vw;
      overflow: hidden;
      background: var(--kiosk-bg);
      color: var(--kiosk-fg);
    }
    main {
      position: relative;
      min-height: 0;
      overflow: hidden;
    }
    main > * {
      position: absolute;
      inset: 0;
    }
    footer {
      height: 0.6vmin;
      background: var(--kiosk-surface);
    }
    .empty {
      display: grid;
      place-items: center;
      font-size: var(--fs-title);
    }
  `;

  @property({ attribute: false }) accessor payload: KioskPayload | null = null;
  @property({ attribute: false }) accessor slide: Slide | null = null;
  @property({ attribute: false }) accessor now = 0;

  override render() {
    const payload = this.payload;
    if (!payload) return nothing;
    const own = payload.content.locations.find((l) => l.id === payload.config.location);
    return html`
      <kiosk-header
        .now=${this.now}
        .name=${own?.name ?? payload.content.title ?? 'Buurtopbouwwerk'}
      ></kiosk-header>
      <main>
        ${
          this.slide
            ? renderSlide(this.slide, { now: this.now, payload })
            : html`<div class="empty">Geen dia's op dit moment.</div>`
        }
      </main>
      <footer></footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'preview-stage': PreviewStage;
  }
}
