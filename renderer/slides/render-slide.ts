/** Maps a planned slide to its element; each element carries its data-slide test hook. */
import { html, type TemplateResult } from 'lit';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import './kiosk-status-slide';

/** What every slide may need besides its own data. */
export interface SlideContext {
  now: number;
  payload: KioskPayload;
}

export function renderSlide(slide: Slide, ctx: SlideContext): TemplateResult {
  switch (slide.kind) {
    case 'status':
      return html`<kiosk-status-slide
        data-slide="status"
        .slide=${slide}
        .now=${ctx.now}
        .buildDate=${ctx.payload.buildDate}
        .contentUpdated=${ctx.payload.content.updated}
      ></kiosk-status-slide>`;
  }
}
