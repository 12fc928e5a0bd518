/** The "about" slide: the aims of the buurtopbouwwerk and where to ask more (Sociaal Huis). */
import type { RendererConfig } from '../config/device-config';
import type { About, Content, Organisation } from '../content/schema';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Aims per page: three cards side by side (stacked in portrait), on the slide and the touch screen. */
export const AIMS_PER_PAGE = 3;

export interface AboutSlide extends PageOf<'about'> {
  title: string;
  intro: string;
  aims: About['aims'];
  participation: string | null;
  buurten: string[];
  organisation: Organisation;
}

/** The about pages: always at least one, since `about` and `organisation` are required. */
export function aboutSlides(content: Content, config: RendererConfig): AboutSlide[] {
  const { about, organisation } = content;
  return pagedSlides('about', about.aims, AIMS_PER_PAGE, config.durations.about * 1000, (aims) => ({
    title: about.title,
    intro: about.intro,
    aims,
    participation: about.participation ?? null,
    buurten: about.buurten,
    organisation,
  }));
}

/** Builds the about slide(s) for the rotation. */
export function buildAboutSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<AboutSlide> {
  return { slides: aboutSlides(content, config), nextChangeAt: null };
}
