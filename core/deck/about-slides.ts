/** The "about" slide: the aims of the buurtopbouwwerk and where to ask more (Sociaal Huis). */
import type { RendererConfig } from '../config/device-config';
import type { About, Content, Organisation } from '../content/schema';
import { pageItems, pageKey } from './paging';
import type { SlideBase, SlideBuild } from './slide-base';

/** Aims per slide: three cards side by side (stacked in portrait). */
export const AIMS_PER_PAGE = 3;

export interface AboutSlide extends SlideBase {
  kind: 'about';
  title: string;
  intro: string;
  aims: About['aims'];
  participation: string | null;
  buurten: string[];
  organisation: Organisation;
  page: number;
  pageCount: number;
}

/** Builds the about slide(s): always present, since `about` and `organisation` are required. */
export function buildAboutSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<AboutSlide> {
  const { about, organisation } = content;
  const pages = pageItems(about.aims, AIMS_PER_PAGE);
  return {
    slides: pages.map((aims, index) => ({
      kind: 'about',
      key: pageKey('about', index),
      durationMs: config.durations.about * 1000,
      title: about.title,
      intro: about.intro,
      aims,
      participation: about.participation ?? null,
      buurten: about.buurten,
      organisation,
      page: index + 1,
      pageCount: pages.length,
    })),
    nextChangeAt: null,
  };
}
