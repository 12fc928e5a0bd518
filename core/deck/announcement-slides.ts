/** One slide per announcement that is visible now (within its visibleFrom/visibleUntil window). */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { isVisibleAt, visibleWindow } from '../announcements/visible-window';
import { planningInstant } from '../hours/clock-plausibility';
import type { SlideBase, SlideBuild } from './slide-base';

export interface AnnouncementSlide extends SlideBase {
  kind: 'announcement';
  title: string;
  text: string;
  /** Image path inside the content folder (served under /media/), or null. */
  image: string | null;
}

/**
 * Builds the visible announcements' slides; the next change is the nearest window edge. With a clock
 * not to be believed, what is visible on the content's date (one expired by then is over for certain).
 */
export function buildAnnouncementSlides(
  content: Content,
  config: RendererConfig,
  clockNow: number,
  clockPlausible: boolean,
): SlideBuild<AnnouncementSlide> {
  const now = planningInstant(clockNow, clockPlausible, content.updated);
  const slides: AnnouncementSlide[] = [];
  const seen = new Map<string, number>();
  let nextChangeAt: number | null = null;
  for (const announcement of content.announcements) {
    const span = visibleWindow(announcement);
    for (const edge of [span.from, span.until]) {
      if (edge !== null && edge > now)
        nextChangeAt = nextChangeAt === null ? edge : Math.min(nextChangeAt, edge);
    }
    // Keyed by title so the rotation keeps its place when an earlier announcement comes or goes.
    const count = (seen.get(announcement.title) ?? 0) + 1;
    seen.set(announcement.title, count);
    if (!isVisibleAt(span, now)) continue;
    slides.push({
      kind: 'announcement',
      key: `announcement:${announcement.title}${count > 1 ? `#${count}` : ''}`,
      durationMs: config.durations.announcement * 1000,
      title: announcement.title,
      text: announcement.text,
      image: announcement.image ?? null,
    });
  }
  return { slides, nextChangeAt };
}
