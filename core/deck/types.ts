/** What the deck planner hands to the renderer: the slides to rotate now, and when to plan again. */
import type { SlideKind } from '../config/device-config';
import type { Location } from '../content/schema';
import type { AboutSlide } from './about-slides';
import type { ActivitiesSlide } from './activity-slides';
import type { AnnouncementSlide } from './announcement-slides';
import type { FacebookSlide } from './facebook-slides';
import type { ServicesSlide } from './service-slides';

/** What every slide has: its kind, a stable key and how long it stays up. */
export interface SlideBase {
  kind: SlideKind;
  /** Stable across re-plans while the slide means the same thing, so the rotation keeps its place. */
  key: string;
  durationMs: number;
}

export interface StatusSlide extends SlideBase {
  kind: 'status';
  /** All locations, the screen's own first. */
  locations: Location[];
  /** The screen's own location id, when it is one of `locations`. */
  ownLocation: string | null;
}

export type Slide =
  StatusSlide | ActivitiesSlide | FacebookSlide | ServicesSlide | AboutSlide | AnnouncementSlide;

/** A rotation plan, valid from `plannedAt` until `nextChangeAt` (or a new content version). */
export interface Deck {
  slides: Slide[];
  /** Epoch ms when the plan (or something a slide shows) changes next; null if never. */
  nextChangeAt: number | null;
}

/** What a slide builder returns: its slides and the next instant its output changes. */
export interface SlideBuild {
  slides: Slide[];
  nextChangeAt: number | null;
}
