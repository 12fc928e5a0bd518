/**
 * What the touch screen offers: four sections (Contact first, the page a visitor lands on), each cut
 * into pages that fit the smallest screen without scrolling, and how swiping steps through them.
 */
import type { RendererConfig } from '../config/device-config';
import type { Content } from '../content/schema';
import { contactCards, type ContactCard } from '../contacts/contact-cards';
import { aboutSlides, type AboutSlide } from '../deck/about-slides';
import { pageItems } from '../deck/paging';
import { serviceSlides, type ServicesSlide } from '../deck/service-slides';
import type { LocationBlock } from '../hours/location-block';
import { activityEntries, type ActivityEntry } from './activity-entries';
import { activityListPages } from './activity-list-fit';
import { hoursPages } from './hours-overview';

export type SectionId = 'contacts' | 'hours' | 'activities' | 'about';

/** Menu order; the first is where a visitor lands after touching the rotation. */
export const SECTION_LABELS: Readonly<Record<SectionId, string>> = {
  contacts: 'Contact',
  hours: 'Openingsuren',
  activities: 'Activiteiten',
  about: 'Over het buurtopbouwwerk',
};
export const SECTION_IDS = Object.keys(SECTION_LABELS) as SectionId[];

/**
 * Items per page, sized so an 800×480 screen shows them in readable type without scrolling; fewer
 * activities where their texts are long (activity-list-fit.ts). One buurtpunt a page, on more
 * pages when its changes need them (hours-pages.ts). The about section shows the rotation's own
 * about and services pages (core/deck), paged the same way.
 */
export const CONTACTS_PER_PAGE = 4;
export const ACTIVITY_ENTRIES_PER_PAGE = 4;

/** One screenful of a section. */
export type InteractivePage =
  | { kind: 'contacts'; cards: ContactCard[] }
  | { kind: 'hours'; blocks: LocationBlock[] }
  | { kind: 'activities'; entries: ActivityEntry[] }
  | { kind: 'about'; slide: AboutSlide }
  | { kind: 'services'; slide: ServicesSlide };

export interface InteractiveSection {
  id: SectionId;
  label: string;
  /** Never empty: a section without items still has one page that says so. */
  pages: InteractivePage[];
}

/** Where the visitor is: a section and a page of it (both 0-based). */
export interface Position {
  section: number;
  page: number;
}

/** All sections at `now`. */
export function planSections(
  content: Content,
  config: RendererConfig,
  now: number,
  clockPlausible: boolean,
): InteractiveSection[] {
  const pages: Record<SectionId, InteractivePage[]> = {
    contacts: pageItems(contactCards(content), CONTACTS_PER_PAGE).map((cards) => ({
      kind: 'contacts',
      cards,
    })),
    hours: hoursPages(content, config, now, clockPlausible).map((block) => ({
      kind: 'hours',
      blocks: [block],
    })),
    activities: activityListPages(
      activityEntries(content, now, clockPlausible),
      ACTIVITY_ENTRIES_PER_PAGE,
    ).map((entries) => ({ kind: 'activities', entries })),
    about: [
      ...aboutSlides(content, config).map((slide) => ({ kind: 'about', slide }) as const),
      ...serviceSlides(content, config).map((slide) => ({ kind: 'services', slide }) as const),
    ],
  };
  if (pages.activities.length === 0) pages.activities = [{ kind: 'activities', entries: [] }];
  return SECTION_IDS.map((id) => ({ id, label: SECTION_LABELS[id], pages: pages[id] }));
}

/**
 * One page on (`delta` 1) or back (-1), across section boundaries, stopping at both ends: going
 * back into a section lands on its last page, as turning pages of a book does.
 */
export function stepPosition(sections: readonly InteractiveSection[], at: Position, delta: 1 | -1): Position {
  const count = sections[at.section]?.pages.length ?? 0;
  const page = at.page + delta;
  if (page >= 0 && page < count) return { section: at.section, page };
  const section = at.section + delta;
  const target = sections[section];
  if (!target) return at;
  return { section, page: delta === 1 ? 0 : target.pages.length - 1 };
}

/** `at` kept inside the sections after the content changed (fewer pages than before). */
export function clampPosition(sections: readonly InteractiveSection[], at: Position): Position {
  const section = Math.min(Math.max(at.section, 0), sections.length - 1);
  const pages = sections[section]?.pages.length ?? 1;
  return { section, page: Math.min(Math.max(at.page, 0), pages - 1) };
}
