/** The services slide: "Iedereen is welkom voor…" what you can come to a buurtpunt for. */
import type { RendererConfig } from '../config/device-config';
import type { Content, Service } from '../content/schema';
import { linesOf, pagedSlides, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Services per page at most: six short items fit every screen at a size readable from 3 m. */
export const SERVICES_PER_PAGE = 6;

export interface ServicesSlide extends PageOf<'services'> {
  services: Service[];
  /**
   * The lines the description may take, for the one service of a page that cannot hold it (the
   * slide ends it with "…"; `contentWarnings` tells staff); null when everything fits.
   */
  descriptionLines: number | null;
}

/**
 * The services slide's cards at the base type size on one of the four screens, in CSS px, measured
 * in Chromium with the bundled font. The room is the touch screen's page (the same pages, under
 * its pager: 279, 524, 708 and 1448 px against the rotation's 350, 588, 793 and 1612). Characters
 * per line, over texts of 4 to 2,000 characters: for a description the fewest measured in prose
 * with long compounds, e-mail and web addresses; for a title, which names a thing, a tenth fewer
 * than the fewest in ordinary prose. A text of n characters then takes at most ceil(n / chars)
 * lines. In landscape two or more cards share a page in two columns (a row is as high as its
 * higher card); one alone spans the width.
 */
interface ServicesScreen {
  name: string;
  room: number;
  columns: number;
  /** A card's padding (top and bottom), the gap between its title and description, between rows. */
  padding: number;
  textGap: number;
  rowGap: number;
  titleLine: number;
  textLine: number;
  /** Characters per line of a title and of a description: in a column, and alone across the width. */
  titleChars: readonly [column: number, alone: number];
  textChars: readonly [column: number, alone: number];
}

const SCREENS: readonly ServicesScreen[] = [
  {
    name: '800×480',
    room: 279.4,
    columns: 2,
    padding: 20.8,
    textGap: 4.7,
    rowGap: 11.6,
    titleLine: 19.2,
    textLine: 17.5,
    titleChars: [33, 82],
    textChars: [39, 96],
  },
  {
    name: '1280×800',
    room: 523.9,
    columns: 2,
    padding: 34.6,
    textGap: 7.7,
    rowGap: 19.2,
    titleLine: 30.8,
    textLine: 26,
    titleChars: [33, 82],
    textChars: [43, 102],
  },
  {
    name: '1920×1080',
    room: 707.5,
    columns: 2,
    padding: 46.7,
    textGap: 10.4,
    rowGap: 26,
    titleLine: 41.5,
    textLine: 35.1,
    titleChars: [40, 93],
    textChars: [46, 119],
  },
  {
    name: '1080×1920',
    room: 1448.1,
    columns: 1,
    padding: 51.4,
    textGap: 11.4,
    rowGap: 28.6,
    titleLine: 45.7,
    textLine: 38.7,
    titleChars: [40, 40],
    textChars: [46, 46],
  },
];

/** A card's height on `screen`; `alone`: the only card, across the width. */
function cardHeight(screen: ServicesScreen, service: Service, alone: boolean): number {
  const at = alone ? 1 : 0;
  const title = linesOf(service.title, screen.titleChars[at]) * screen.titleLine;
  const text =
    service.description === undefined
      ? 0
      : screen.textGap + linesOf(service.description, screen.textChars[at]) * screen.textLine;
  return screen.padding + title + text;
}

/** The height of a page of `services` on `screen`: its rows of cards and the gaps between them. */
function pageHeight(screen: ServicesScreen, services: readonly Service[]): number {
  const alone = services.length === 1;
  let height = 0;
  for (let row = 0; row < services.length; row += screen.columns) {
    const cards = services.slice(row, row + screen.columns).map((s) => cardHeight(screen, s, alone));
    height += Math.max(...cards) + (row > 0 ? screen.rowGap : 0);
  }
  return height;
}

/** True when a page of `services` fits every screen at the base type size. */
export function servicesFit(services: readonly Service[]): boolean {
  return SCREENS.every((screen) => pageHeight(screen, services) <= screen.room);
}

/**
 * How much description fits a page of its own under `title` on every screen: its lines (the
 * fewest of the four screens) and its characters (the fewest: 1,248 under a one-line title, on
 * the 800×480 screen's touch page).
 */
export function descriptionRoom(title: string): { lines: number; chars: number } {
  const per = SCREENS.map((screen) => {
    const free = screen.room - screen.padding - linesOf(title, screen.titleChars[1]) * screen.titleLine;
    const fit = Math.max(1, Math.floor((free - screen.textGap) / screen.textLine));
    return { lines: fit, chars: fit * screen.textChars[1] };
  });
  return {
    lines: Math.min(...per.map((p) => p.lines)),
    chars: Math.min(...per.map((p) => p.chars)),
  };
}

/**
 * The services pages; none when the content lists no services. Six to a page while they fit every
 * screen (the sample's short items do), fewer when their texts are long, as evenly as the texts
 * allow, so no card is cut off; a service too long for a page of its own gets one, its description
 * ended after the lines that fit.
 */
export function serviceSlides(content: Content, config: RendererConfig): ServicesSlide[] {
  const durationMs = config.durations.services * 1000;
  return pagedSlides(
    'services',
    content.services,
    SERVICES_PER_PAGE,
    durationMs,
    (services) => {
      const only = services.length === 1 ? services[0] : undefined;
      const cut = only !== undefined && !servicesFit(services);
      return { services, descriptionLines: cut ? descriptionRoom(only.title).lines : null };
    },
    servicesFit,
  );
}

/** Builds the services slide(s) for the rotation. */
export function buildServiceSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<ServicesSlide> {
  return { slides: serviceSlides(content, config), nextChangeAt: null };
}
