/**
 * The text as a QR bit stream (ISO/IEC 18004, 7.4): split into segments of numeric, alphanumeric
 * and byte (UTF-8) mode so that the stream is as short as it can be, then written out and padded.
 */

/** The alphanumeric mode's 45 characters, each coded as its index here. */
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Modes by the bit of their 4-bit indicator: numeric 0001, alphanumeric 0010, byte 0100. */
const NUMERIC = 0;
const BYTE = 2;

/** Bits of the character count per mode, for versions 1–9, 10–26 and 27–40. */
const COUNT_BITS = [
  [10, 12, 14],
  [9, 11, 13],
  [8, 16, 16],
];

/** Which of the three ranges of count lengths a version is in. */
export const countRange = (version: number): number => (version < 10 ? 0 : version < 27 ? 1 : 2);

/** A run of the text in one mode. */
export interface Segment {
  mode: number;
  text: string;
}

/** The segments and their length in bits, for the count lengths of one range of versions. */
export interface SegmentPlan {
  segments: Segment[];
  bits: number;
}

/** Byte mode's characters are the text's UTF-8 octets. */
const utf8 = new TextEncoder();

/**
 * The shortest segmentation of `text`, by dynamic programming over its characters: for each mode,
 * the cheapest stream so far whose last segment is in that mode and still open. Costs are counted
 * in sixths of a bit, so numeric (10 bits per 3 digits) and alphanumeric (11 bits per 2 characters)
 * charge each character exactly; a segment is rounded up to whole bits where it ends.
 */
export function planSegments(text: string, range: number): SegmentPlan {
  const chars = [...text];
  const wholeBits = (sixths: number) => Math.ceil(sixths / 6) * 6;
  const header = (mode: number) => (4 + COUNT_BITS[mode]![range]!) * 6;
  /** The mode of the character before, on the cheapest way to reach each character in each mode. */
  const cameFrom = new Uint8Array(chars.length * 3);
  let cost = [0, 0, 0];
  chars.forEach((char, i) => {
    const code = ALPHANUMERIC.indexOf(char);
    const perChar = [
      code >= 0 && code < 10 ? 20 : Infinity,
      code >= 0 ? 33 : Infinity,
      48 * utf8.encode(char).length,
    ];
    // The cheapest stream that ends a segment before this character (nothing, at the start).
    let closed = i ? Infinity : 0;
    let closedMode = 0;
    for (let mode = 0; i && mode < 3; mode++) {
      if (wholeBits(cost[mode]!) < closed) [closed, closedMode] = [wholeBits(cost[mode]!), mode];
    }
    cost = cost.map((open, mode) => {
      const stay = i ? open : Infinity;
      const start = closed + header(mode);
      // Of two equally short ways, the one starting a segment here: the encoder used before chose
      // it more often, so more codes keep the very modules they had.
      cameFrom[i * 3 + mode] = stay < start ? mode : closedMode;
      return Math.min(stay, start) + perChar[mode]!;
    });
  });
  const ends = cost.map(wholeBits);
  let mode = ends.indexOf(Math.min(...ends));
  const bits = ends[mode]! / 6;
  // Walk back from the cheapest end, gathering runs of one mode into segments.
  const segments: Segment[] = [];
  for (let i = chars.length - 1; i >= 0; i--) {
    const last = segments[0];
    if (last?.mode === mode) last.text = chars[i] + last.text;
    else segments.unshift({ mode, text: chars[i]! });
    mode = cameFrom[i * 3 + mode]!;
  }
  return { segments, bits };
}

/**
 * The data codewords of a symbol with room for `capacity` of them: each segment's mode and count,
 * its characters, then the terminator (up to four 0 bits), 0 bits to a whole codeword, and the pad
 * codewords 11101100 and 00010001 in turn.
 */
export function dataStream(segments: Segment[], range: number, capacity: number): Uint8Array {
  const stream = new Uint8Array(capacity);
  let length = 0;
  const put = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, length++)
      stream[length >> 3]! |= ((value >> i) & 1) << (7 - (length & 7));
  };
  for (const { mode, text } of segments) {
    const bytes = utf8.encode(text);
    put(1 << mode, 4);
    put(mode === BYTE ? bytes.length : text.length, COUNT_BITS[mode]![range]!);
    if (mode === BYTE) bytes.forEach((byte) => put(byte, 8));
    else if (mode === NUMERIC) {
      // Three digits in 10 bits; a last two in 7, a last one in 4.
      for (let i = 0; i < text.length; i += 3)
        put(Number(text.slice(i, i + 3)), 3 * Math.min(3, text.length - i) + 1);
    } else {
      // Two characters in 11 bits (45 × first + second); a last one in 6.
      for (let i = 0; i < text.length; i += 2) {
        const first = ALPHANUMERIC.indexOf(text[i]!);
        if (i + 1 < text.length) put(45 * first + ALPHANUMERIC.indexOf(text[i + 1]!), 11);
        else put(first, 6);
      }
    }
  }
  for (
    let i = Math.ceil(Math.min(length + 4, capacity * 8) / 8), pad = 0xec;
    i < capacity;
    i++, pad ^= 0xec ^ 0x11
  ) {
    stream[i] = pad;
  }
  return stream;
}
