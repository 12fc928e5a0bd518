/**
 * Maps a planned slide to its element; each element carries its data-slide test hook. Only the
 * status slide is defined here (the usual first frame); all-slides.ts defines the others.
 */
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
    case 'activities':
      return html`<kiosk-activities-slide data-slide="activities" .slide=${slide}></kiosk-activities-slide>`;
    case 'facebook':
      return html`<kiosk-facebook-slide data-slide="facebook" .slide=${slide}></kiosk-facebook-slide>`;
    case 'services':
      return html`<kiosk-services-slide data-slide="services" .slide=${slide}></kiosk-services-slide>`;
    case 'about':
      return html`<kiosk-about-slide data-slide="about" .slide=${slide}></kiosk-about-slide>`;
    case 'announcement':
      return html`<kiosk-announcement-slide
        data-slide="announcement"
        .slide=${slide}
      ></kiosk-announcement-slide>`;
  }
}
