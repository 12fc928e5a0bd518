/**
 * Maps a planned slide to its element; each element carries its data-slide test hook. Only the
 * status slide is defined here (the usual first frame); all-slides.ts defines the others.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import './kiosk-status-slide';

/** What every slide may need besides its own data. */
export interface SlideContext {
  now: number;
  payload: KioskPayload;
  /**
   * Rendered ahead of its turn, hidden (kiosk-rotation): without its data-slide hook, so that the
   * page only ever has one, the slide on screen.
   */
  ahead?: boolean;
}

export function renderSlide(slide: Slide, ctx: SlideContext): TemplateResult {
  const hook = (kind: Slide['kind']) => (ctx.ahead ? nothing : kind);
  switch (slide.kind) {
    case 'status':
      return html`<kiosk-status-slide
        data-slide=${hook('status')}
        .slide=${slide}
        .now=${ctx.now}
        .buildDate=${ctx.payload.buildDate}
        .contentUpdated=${ctx.payload.content.updated}
      ></kiosk-status-slide>`;
    case 'activities':
      return html`<kiosk-activities-slide
        data-slide=${hook('activities')}
        .slide=${slide}
      ></kiosk-activities-slide>`;
    case 'facebook':
      return html`<kiosk-facebook-slide
        data-slide=${hook('facebook')}
        .slide=${slide}
      ></kiosk-facebook-slide>`;
    case 'services':
      return html`<kiosk-services-slide
        data-slide=${hook('services')}
        .slide=${slide}
      ></kiosk-services-slide>`;
    case 'about':
      return html`<kiosk-about-slide data-slide=${hook('about')} .slide=${slide}></kiosk-about-slide>`;
    case 'announcement':
      return html`<kiosk-announcement-slide
        data-slide=${hook('announcement')}
        .slide=${slide}
      ></kiosk-announcement-slide>`;
  }
}
