/** The services slide: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import type { RendererConfig } from '../config/device-config';
import type { Content, Service } from '../content/schema';
import { pageItems, pageKey } from './paging';
import type { SlideBase, SlideBuild } from './slide-base';

/** Services per slide: six short items fit every screen at a size readable from 3 m. */
export const SERVICES_PER_PAGE = 6;

export interface ServicesSlide extends SlideBase {
  kind: 'services';
  services: Service[];
  page: number;
  pageCount: number;
}

/** Builds the services slide(s); none when the content lists no services. */
export function buildServiceSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<ServicesSlide> {
  const pages = pageItems(content.services, SERVICES_PER_PAGE);
  return {
    slides: pages.map((services, index) => ({
      kind: 'services',
      key: pageKey('services', index),
      durationMs: config.durations.services * 1000,
      services,
      page: index + 1,
      pageCount: pages.length,
    })),
    nextChangeAt: null,
  };
}
