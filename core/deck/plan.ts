/** The deck planner: which slides rotate now, for how long, and when to plan again. Pure. */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { buildAboutSlides } from './about-slides';
import { buildActivitySlides } from './activity-slides';
import { buildAnnouncementSlides } from './announcement-slides';
import { buildFacebookSlides } from './facebook-slides';
import { buildServiceSlides } from './service-slides';
import { buildStatusSlides } from './status-slides';
import type { SlideBuild } from './slide-base';
import type { Deck, Slide } from './types';

type SlideBuilder = (
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
) => SlideBuild<Slide>;

/** Slide builders in rotation order; each skips itself when it has nothing to show. */
const BUILDERS: readonly SlideBuilder[] = [
  buildStatusSlides,
  buildActivitySlides,
  buildFacebookSlides,
  buildServiceSlides,
  buildAboutSlides,
  buildAnnouncementSlides,
];

/**
 * Plans the rotation at `now` (epoch ms). `clockPlausible` is false for a clock that cannot be right
 * (core/hours/clock-plausibility.ts): the slides then say nothing that depends on today's date.
 */
export function planDeck(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): Deck {
  const slides: Deck['slides'] = [];
  let nextChangeAt: number | null = null;
  for (const build of BUILDERS) {
    const part = build(content, config, now, clockPlausible);
    slides.push(...part.slides);
    if (part.nextChangeAt !== null && part.nextChangeAt > now) {
      nextChangeAt = nextChangeAt === null ? part.nextChangeAt : Math.min(nextChangeAt, part.nextChangeAt);
    }
  }
  return { slides, nextChangeAt };
}
