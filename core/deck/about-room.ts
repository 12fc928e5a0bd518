/**
 * How much of the about page fits the screen: its height estimated from measured line lengths at
 * the four sizes (as the services slide's, core/deck/service-slides.ts), and where a page cannot
 * hold everything, which texts end after how many lines so the rest fits, the contact line whole.
 */
import { linesOf } from './paging';

/**
 * The about page at the base type size on one of the four screens, in CSS px, measured in Chromium
 * with the bundled font. The room is the touch screen's page under a one-line title (the same pages,
 * under its pager: 279, 524, 708 and 1448 px against the rotation's 350, 588, 793 and 1612).
 * Characters per line over texts of 4 to 2,000 characters: for a text the fewest measured in prose
 * with long compounds, e-mail and web addresses; for a title, which names a thing, a tenth fewer
 * than the fewest in ordinary prose. A text of n characters then takes at most ceil(n / chars)
 * lines. In landscape up to three aims stand side by side, each a third, half or all of the width
 * (a row as high as its highest card); in portrait they stand one under the other.
 */
interface AboutScreen {
  name: string;
  room: number;
  /** The page's title (the slide's heading, with its page number) and its characters per line. */
  headingLine: number;
  headingChars: number;
  /** Between the introduction, the aims, the closing lines and the contact; between aim cards. */
  gap: number;
  /** The introduction, participation, buurten and contact lines, across the width. */
  textLine: number;
  textChars: number;
  /** An aim card's padding and top border; the gap between its title and text. */
  card: number;
  cardGap: number;
  titleLine: number;
  aimLine: number;
  /** Aims side by side at most. */
  columns: number;
  /** Characters per line of an aim's title and text with 1, 2 and 3 cards side by side. */
  titleChars: readonly number[];
  aimChars: readonly number[];
}

const SCREENS: readonly AboutScreen[] = [
  {
    name: '800×480',
    room: 279,
    headingLine: 24.3,
    headingChars: 59,
    gap: 11.5,
    textLine: 17.5,
    textChars: 99,
    card: 23.7,
    cardGap: 4.6,
    titleLine: 19.2,
    aimLine: 18.2,
    columns: 3,
    titleChars: [78, 35, 20],
    aimChars: [94, 45, 26],
  },
  {
    name: '1280×800',
    room: 524,
    headingLine: 40.5,
    headingChars: 53,
    gap: 19.2,
    textLine: 26,
    textChars: 101,
    card: 40.6,
    cardGap: 7.7,
    titleLine: 30.7,
    aimLine: 27,
    columns: 3,
    titleChars: [78, 35, 20],
    aimChars: [101, 47, 26],
  },
  {
    name: '1920×1080',
    room: 708,
    headingLine: 54.7,
    headingChars: 63,
    gap: 25.9,
    textLine: 35.1,
    textChars: 114,
    card: 54.7,
    cardGap: 10.4,
    titleLine: 41.5,
    aimLine: 36.5,
    columns: 3,
    titleChars: [90, 41, 24],
    aimChars: [111, 49, 29],
  },
  {
    name: '1080×1920',
    room: 1448,
    headingLine: 60.1,
    headingChars: 28,
    gap: 28.5,
    textLine: 38.6,
    textChars: 52,
    card: 59.3,
    cardGap: 11.4,
    titleLine: 45.6,
    aimLine: 40.2,
    columns: 1,
    titleChars: [38],
    aimChars: [49],
  },
];

/** The widest page number a title carries, " 10/10": it may push the title onto another line. */
const PAGE_NUMBER = ' 10/10';

/**
 * The share of a page's room the contact line may take at most: the sample's takes one line, a
 * description of about 430 characters fits whole on every screen; a longer one is shortened rather
 * than take the room of the introduction and the aims.
 */
const CONTACT_SHARE = 1 / 3;

/** The words of one about page, as the slide shows them. */
export interface AboutPageText {
  title: string;
  intro: string | null;
  aims: readonly { title: string; text: string }[];
  participation: string | null;
  /** "In de buurten …, … en …."; null where the page does not show them. */
  buurten: string | null;
  /** The contact line: its lead ("Meer informatie over het project") and the rest (": Sociaal Huis · …"). */
  lead: string;
  contact: string;
}

/** Texts that may end after fewer lines than they need, with "…". */
export type LineLimited = 'intro' | 'aim' | 'participation' | 'buurten';

/** The lines each text may take where a page cannot hold everything (null: all it needs). */
export type AboutLines = Readonly<Record<LineLimited, number | null>>;

export const ALL_LINES: AboutLines = { intro: null, aim: null, participation: null, buurten: null };

/** The room under the page's title on `screen`: less by each line the title takes beyond one. */
function roomUnder(screen: AboutScreen, title: string): number {
  return screen.room - (linesOf(`${title}${PAGE_NUMBER}`, screen.headingChars) - 1) * screen.headingLine;
}

/** How many lines each part of `page` takes on `screen`, its texts ended after `limits`. */
function partLines(screen: AboutScreen, page: AboutPageText, limits: AboutLines) {
  const limited = (name: LineLimited, text: string | null, chars: number): number => {
    if (text === null) return 0;
    const lines = linesOf(text, chars);
    const limit = limits[name];
    return limit === null ? lines : Math.min(lines, limit);
  };
  const side = Math.min(screen.columns, page.aims.length);
  const at = Math.max(0, side - 1);
  return {
    side,
    intro: limited('intro', page.intro, screen.textChars),
    participation: limited('participation', page.participation, screen.textChars),
    buurten: limited('buurten', page.buurten, screen.textChars),
    contact: linesOf(`${page.lead}${page.contact}`, screen.textChars),
    aims: page.aims.map((aim) => ({
      title: linesOf(aim.title, screen.titleChars[at]!),
      text: limited('aim', aim.text, screen.aimChars[at]!),
    })),
  };
}

/** The page's height on `screen` with its texts ended after `limits`, and the room it has there. */
function measure(screen: AboutScreen, page: AboutPageText, limits: AboutLines) {
  const lines = partLines(screen, page, limits);
  const cards = lines.aims.map(
    (aim) => screen.card + aim.title * screen.titleLine + screen.cardGap + aim.text * screen.aimLine,
  );
  let grid = 0;
  for (let row = 0; row * lines.side < cards.length; row++) {
    const high = Math.max(...cards.slice(row * lines.side, (row + 1) * lines.side));
    grid += high + (row > 0 ? screen.gap : 0);
  }
  const texts = [lines.intro, lines.participation, lines.buurten, lines.contact].filter((n) => n > 0);
  const blocks = texts.length + (cards.length > 0 ? 1 : 0);
  const height = texts.reduce((sum, n) => sum + n * screen.textLine, 0) + grid + (blocks - 1) * screen.gap;
  return { lines, height, room: roomUnder(screen, page.title) };
}

/** True when `page` fits every screen at the base type size, its texts ended after `limits`. */
export function aboutPageFits(page: AboutPageText, limits: AboutLines = ALL_LINES): boolean {
  return SCREENS.every((screen) => {
    const { height, room } = measure(screen, page, limits);
    return height <= room;
  });
}

/**
 * How many characters of the contact line's lead keep the line within its share of the page on
 * every screen (under `title`); null when all of `lead` does. The rest of the line, the Sociaal
 * Huis's name, e-mail and phone number (`contact`), always stays whole.
 */
export function leadRoom(title: string, lead: string, contact: string): number | null {
  const rest = [...contact].length + 1;
  const chars = Math.min(
    ...SCREENS.map((screen) => {
      const lines = Math.max(1, Math.floor((roomUnder(screen, title) * CONTACT_SHARE) / screen.textLine));
      return lines * screen.textChars - rest;
    }),
  );
  return [...lead].length <= chars ? null : Math.max(0, chars);
}

/**
 * The lines `page` gives its texts to fit every screen: all they need when it fits. While a screen
 * overflows, the text with the most lines there ends a line earlier (the same number of lines on
 * every screen, so the slide needs one number per text). The contact line is never cut.
 */
export function aboutPageLines(page: AboutPageText): AboutLines {
  const lines: Record<LineLimited, number | null> = { ...ALL_LINES };
  for (;;) {
    const over = SCREENS.map((screen) => measure(screen, page, lines)).find((m) => m.height > m.room);
    if (!over) break;
    const shown: [LineLimited, number][] = [
      ['aim', Math.max(0, ...over.lines.aims.map((aim) => aim.text))],
      ['intro', over.lines.intro],
      ['participation', over.lines.participation],
      ['buurten', over.lines.buurten],
    ];
    const [name, most] = shown.reduce((a, b) => (b[1] > a[1] ? b : a));
    // Every text down to a line: the titles alone overflow, which 120-character titles cannot do.
    if (most <= 1) break;
    lines[name] = most - 1;
  }
  return lines;
}

/**
 * About how many characters of a text fit in `lines` lines on the screen that shows the fewest:
 * what a staff warning says. `part` says where the text stands; `side`, how many aims stand side by
 * side on its page.
 */
export function charsInLines(part: LineLimited, lines: number, side: number): number {
  return Math.min(
    ...SCREENS.map((screen) => {
      const at = Math.max(0, Math.min(screen.columns, side) - 1);
      return lines * (part === 'aim' ? screen.aimChars[at]! : screen.textChars);
    }),
  );
}

/** True when `text` takes one line across the width of every screen's about page. */
export function oneLineEverywhere(text: string): boolean {
  return SCREENS.every((screen) => linesOf(text, screen.textChars) === 1);
}
