/**
 * How wide a text is in the screen's font, Atkinson Hyperlegible (renderer/app.css), and how many
 * lines it takes in a box of a given width: what the status slide's page plan is measured with,
 * where a column can be as narrow as a dozen characters and counting characters a line is too rough.
 * The advances are the bundled font's own, in thousandths of an em, measured in Chromium (canvas
 * measureText at 1000 px). Kerning is left out: over Dutch prose it narrows a text by under half a
 * per cent, so a sum of advances is at most that much too wide, never too narrow by more.
 */

/** Regular (400) and bold (700), the two weights the screen uses. */
export type FontWeight = 400 | 700;

/** The first character of the tables: the space; they run to "~" (126). */
const FIRST = 32;

// prettier-ignore
const REGULAR = [
  280, 281, 301, 655, 594, 927, 705, 160, 300, 300, 433, 602, 205, 368, 205, 377, 648, 402, 549, 574, 614,
  583, 598, 510, 615, 598, 205, 205, 553, 602, 553, 520, 780, 626, 619, 656, 673, 567, 548, 710, 690, 414,
  510, 627, 539, 820, 689, 727, 601, 753, 618, 596, 558, 690, 589, 840, 623, 595, 607, 315, 377, 315, 552,
  396, 268, 526, 566, 500, 564, 539, 311, 560, 546, 278, 254, 490, 239, 841, 546, 552, 566, 576, 340, 471,
  324, 536, 441, 654, 461, 429, 460, 319, 233, 319, 555,
];

// prettier-ignore
const BOLD = [
  320, 283, 410, 783, 619, 977, 702, 222, 366, 366, 434, 618, 243, 374, 243, 442, 652, 448, 586, 605, 626,
  612, 632, 543, 625, 561, 243, 243, 573, 618, 573, 614, 754, 690, 639, 673, 686, 580, 544, 719, 679, 458,
  560, 659, 537, 842, 700, 764, 626, 781, 654, 619, 617, 663, 656, 883, 699, 687, 621, 333, 442, 333, 589,
  430, 314, 553, 596, 520, 596, 566, 367, 597, 572, 315, 259, 567, 314, 886, 572, 573, 596, 601, 372, 534,
  379, 570, 526, 723, 533, 518, 516, 370, 234, 370, 533,
];

/** Punctuation the screen's own wording and staff's texts use beyond ASCII: [regular, bold]. */
const PUNCTUATION: Readonly<Record<string, readonly [number, number]>> = {
  '\u00a0': [280, 320],
  '–': [480, 508],
  '—': [800, 842],
  '‘': [235, 277],
  '’': [235, 277],
  '“': [398, 498],
  '”': [398, 498],
  '…': [696, 803],
  '·': [235, 301],
  '€': [664, 673],
};

/**
 * A character in neither table (another script, an emoji, a rare symbol), drawn in a fallback font:
 * wider than any such glyph measured (Cyrillic "Ж" in bold, 1.22 em; an emoji, 1.04 em).
 */
const UNKNOWN = 1250;

/** The advance of one character in thousandths of an em; an accented letter as its base letter. */
function advance(ch: string, weight: FontWeight): number {
  const table = weight === 700 ? BOLD : REGULAR;
  const code = ch.codePointAt(0) ?? FIRST;
  if (code >= FIRST && code < FIRST + table.length) return table[code - FIRST]!;
  const known = PUNCTUATION[ch];
  if (known) return known[weight === 700 ? 1 : 0];
  // "é" is "e" with a combining accent, and the font draws it as wide as "e".
  const base = ch.normalize('NFD').codePointAt(0) ?? code;
  if (base !== code && base >= FIRST && base < FIRST + table.length) return table[base - FIRST]!;
  return UNKNOWN;
}

/** The width of `text` in ems of its font. */
export function textWidth(text: string, weight: FontWeight): number {
  let width = 0;
  for (const ch of text) width += advance(ch, weight);
  return width / 1000;
}

/** A piece of text a line may end after: its width, and whether a space stands before it. */
interface Piece {
  text: string;
  width: number;
  spaced: boolean;
}

/**
 * The pieces of texts already measured, per weight: a page plan measures the same texts on four
 * screens and in several layouts. Emptied when it grows large, as content changes over months.
 */
const measured = new Map<string, Piece[]>();
const MEASURED_MAX = 4000;

/**
 * The pieces of `text` a line may end after, each with whether a space stands before it: the words,
 * and within a word the parts after a hyphen ("Sint-" "Gillis-" "bij-" "Dendermonde"), where the
 * browser may break too (not before a digit or another hyphen: "9200-9300" stays whole). Runs of
 * white space count as one space (white-space: normal); a hard space is no place to break.
 */
function pieces(text: string, weight: FontWeight): Piece[] {
  const key = `${weight}${text}`;
  const known = measured.get(key);
  if (known) return known;
  const out: Piece[] = [];
  for (const word of text.split(/[ \t\n\r\f]+/)) {
    let start = 0;
    for (let i = 1; i < word.length - 1; i++) {
      const next = word.charCodeAt(i + 1);
      const breaks = word[i] === '-' && word[i - 1] !== '-' && !(next >= 48 && next <= 57) && next !== 45;
      if (!breaks) continue;
      out.push(piece(word.slice(start, i + 1), start === 0, weight));
      start = i + 1;
    }
    if (start < word.length) out.push(piece(word.slice(start), start === 0, weight));
  }
  if (measured.size >= MEASURED_MAX) measured.clear();
  measured.set(key, out);
  return out;
}

function piece(text: string, spaced: boolean, weight: FontWeight): Piece {
  return { text, width: textWidth(text, weight), spaced };
}

/**
 * The lines `text` takes in a box `width` ems wide, wrapped as the browser wraps it: after a space or
 * a hyphen, a word on the next line when it does not fit the rest of this one, and a word wider than
 * the box broken where the box ends (overflow-wrap: break-word). Never fewer than one.
 */
export function wrappedLines(text: string, width: number, weight: FontWeight): number {
  // A text exactly as wide as the box fits it, whatever the order the sums were taken in.
  const room = width + 1e-9;
  const space = advance(' ', weight) / 1000;
  let lines = 1;
  let used = 0;
  for (const piece of pieces(text, weight)) {
    const gap = piece.spaced ? space : 0;
    if (used > 0 && used + gap + piece.width <= room) {
      used += gap + piece.width;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    if (piece.width <= room) {
      used = piece.width;
      continue;
    }
    // Broken character by character: each full line, then what is left starts the next.
    for (const ch of piece.text) {
      const w = advance(ch, weight) / 1000;
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}
