/** The services slide: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import type { RendererConfig } from '../config/device-config';
import type { Content, Service } from '../content/schema';
import { pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Services per page: six short items fit every screen at a size readable from 3 m. */
export const SERVICES_PER_PAGE = 6;

export interface ServicesSlide extends PageOf<'services'> {
  services: Service[];
}

/** The services pages; none when the content lists no services. */
export function serviceSlides(content: Content, config: RendererConfig): ServicesSlide[] {
  const durationMs = config.durations.services * 1000;
  return pagedSlides('services', content.services, SERVICES_PER_PAGE, durationMs, (services) => ({
    services,
  }));
}

/** Builds the services slide(s) for the rotation. */
export function buildServiceSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<ServicesSlide> {
  return { slides: serviceSlides(content, config), nextChangeAt: null };
}
