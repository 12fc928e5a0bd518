/** What the deck planner hands to the renderer: the slides to rotate now, and when to plan again. */
import type { AboutSlide } from './about-slides';
import type { ActivitiesSlide } from './activity-slides';
import type { AnnouncementSlide } from './announcement-slides';
import type { FacebookSlide } from './facebook-slides';
import type { ServicesSlide } from './service-slides';
import type { StatusSlide } from './status-slides';

export type { SlideBase } from './slide-base';
export type { StatusSlide } from './status-slides';

export type Slide =
  StatusSlide | ActivitiesSlide | FacebookSlide | ServicesSlide | AboutSlide | AnnouncementSlide;

/** A rotation plan, valid from `plannedAt` until `nextChangeAt` (or a new content version). */
export interface Deck {
  slides: Slide[];
  /** Epoch ms when the plan (or something a slide shows) changes next; null if never. */
  nextChangeAt: number | null;
}
