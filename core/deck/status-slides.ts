/** The opening-status slide: every location, the screen's own first. */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import type { SlideBuild } from './types';

/** Builds the status slide (always present: the most important thing on the screen). */
export function buildStatusSlides(content: Content, config: RendererConfig, _now: number): SlideBuild {
  const own = content.locations.find((l) => l.id === config.location) ?? null;
  const locations = own ? [own, ...content.locations.filter((l) => l !== own)] : content.locations;
  return {
    slides: [
      {
        kind: 'status',
        key: 'status',
        durationMs: config.durations.status * 1000,
        locations,
        ownLocation: own?.id ?? null,
      },
    ],
    nextChangeAt: null,
  };
}
