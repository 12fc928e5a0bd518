/**
 * The QR symbol's modules (ISO/IEC 18004, 6.3 and 7.7–7.9): function patterns, the codewords placed
 * in their zigzag, the eight data masks, format and version information, and the penalty that
 * chooses between the masks. Modules are kept row by row, 1 for dark.
 */
import { alignmentCount, type QrLevel } from './qr-blocks';

/** A symbol with the codewords placed, before masking. */
export interface Unmasked {
  size: number;
  modules: Uint8Array;
  /** 1 where a function pattern lies: the mask leaves those modules alone. */
  reserved: Uint8Array;
}

/** The format information's error correction level bits. */
const LEVEL_BITS: Record<QrLevel, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** The eight data masks: true where a module is inverted (row i, column j). */
const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/** `data` followed by its BCH check bits: the remainder of data · xⁿ divided by `generator` (degree n). */
function withCheckBits(data: number, generator: number, n: number): number {
  let rest = data << n;
  for (let bit = 31 - Math.clz32(rest); bit >= n; bit--) {
    if ((rest >> bit) & 1) rest ^= generator << (bit - n);
  }
  return (data << n) | rest;
}

/** Centres of the alignment patterns along either axis: from 6 to size − 7, evenly but for the first gap. */
function alignmentCentres(version: number): number[] {
  const count = alignmentCount(version);
  const last = 4 * version + 10;
  // An even step that spans the rest; version 32 is the one the standard spaces more tightly.
  const step = version === 32 ? 26 : Math.ceil((last - 6) / (count - 1) / 2) * 2;
  return Array.from({ length: count }, (_, i) => (i ? last - (count - 1 - i) * step : 6));
}

/** Sets both copies of the 15 format bits, lowest bit first, and the dark module beside the second. */
function drawFormat(
  set: (row: number, col: number, dark: number) => void,
  size: number,
  format: number,
): void {
  for (let i = 0; i < 15; i++) {
    const bit = (format >> i) & 1;
    // Around the top-left finder: down column 8, then left along row 8 (stepping over the timing patterns).
    set(i < 6 ? i : i < 8 ? i + 1 : 8, i < 8 ? 8 : i < 9 ? 7 : 14 - i, bit);
    // Split between the other two finders: leftwards along row 8 from the right edge, then down column 8.
    set(i < 8 ? 8 : size - 15 + i, i < 8 ? size - 1 - i : 8, bit);
  }
  set(size - 8, 8, 1);
}

/** The function patterns and the codewords, unmasked (7.7). */
export function placeCodewords(version: number, codewords: Uint8Array): Unmasked {
  const size = 17 + 4 * version;
  const modules = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (row: number, col: number, dark: number | boolean) => {
    modules[row * size + col] = +dark;
    reserved[row * size + col] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  // Finders with their light separators, cut off by the symbol's edge.
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ] as const) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        if (top + r >= 0 && top + r < size && left + c >= 0 && left + c < size) {
          set(top + r, left + c, ring !== 2 && ring !== 4);
        }
      }
    }
  }
  const centres = alignmentCentres(version);
  const last = centres.at(-1);
  for (const row of centres) {
    for (const col of centres) {
      // None over the finders: at (6, 6), (6, last) and (last, 6).
      if ((row === 6 && (col === 6 || col === last)) || (row === last && col === 6)) continue;
      for (let r = -2; r <= 2; r++) {
        for (let c = -2; c <= 2; c++) set(row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) !== 1);
      }
    }
  }
  drawFormat(set, size, 0);
  if (version >= 7) {
    // The version (6 bits) and its BCH(18, 6) check bits, in a 3 × 6 block beside each of two finders.
    const bits = withCheckBits(version, 0x1f25, 12);
    for (let i = 0; i < 18; i++) {
      set(Math.floor(i / 3), size - 11 + (i % 3), (bits >> i) & 1);
      set(size - 11 + (i % 3), Math.floor(i / 3), (bits >> i) & 1);
    }
  }
  // Two columns at a time from the right, up then down, stepping over the vertical timing pattern;
  // the few modules after the last codeword stay light (remainder bits).
  let bit = 0;
  for (let right = size - 1; right > 0; right -= right === 8 ? 3 : 2) {
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < 2 * size; step++) {
      const row = upward ? size - 1 - (step >> 1) : step >> 1;
      const index = row * size + right - (step & 1);
      if (reserved[index]) continue;
      modules[index] = (codewords[bit >> 3]! >> (7 - (bit & 7))) & 1;
      bit++;
    }
  }
  return { size, modules, reserved };
}

/** The symbol with mask `mask` applied and the format information for it and `level` (7.8, 7.9). */
export function masked({ size, modules, reserved }: Unmasked, level: QrLevel, mask: number): Uint8Array {
  const result = modules.map((dark, index) =>
    !reserved[index] && MASKS[mask]!(Math.floor(index / size), index % size) ? dark ^ 1 : dark,
  );
  // The level and mask (5 bits) with BCH(15, 5) check bits, masked so that it is never all light.
  const format = withCheckBits((LEVEL_BITS[level] << 3) | mask, 0x537, 10) ^ 0x5412;
  drawFormat((row, col, dark) => (result[row * size + col] = dark), size, format);
  return result;
}

/**
 * The penalty of a masked symbol by the standard's four rules (7.8.3): runs of five or more of one
 * colour in a row or column, 2 × 2 blocks of one colour, finder-like 1:1:3:1:1 runs with four light
 * modules on one side (within the symbol), and the dark share's distance from half. That share is
 * rounded up to a 5 % step before it is compared, as the encoder used before did, so codes keep
 * their mask.
 */
export function penalty(modules: Uint8Array, size: number): number {
  let points = 0;
  let dark = 0;
  for (let i = 0; i < size; i++) {
    // Row i, then column i.
    for (const [start, stride] of [
      [i * size, 1],
      [i, size],
    ] as const) {
      let run = 0;
      let window = 0;
      for (let k = 0; k < size; k++) {
        const module = modules[start + k * stride]!;
        run = k && module === (window & 1) ? run + 1 : 1;
        if (run === 5) points += 3;
        else if (run > 5) points++;
        window = ((window << 1) & 0x7ff) | module;
        if (k >= 10 && (window === 0b10111010000 || window === 0b00001011101)) points += 40;
      }
    }
  }
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const index = row * size + col;
      const module = modules[index]!;
      dark += module;
      if (
        row < size - 1 &&
        col < size - 1 &&
        module === modules[index + 1] &&
        module === modules[index + size] &&
        module === modules[index + size + 1]
      ) {
        points += 3;
      }
    }
  }
  return points + 10 * Math.abs(Math.ceil((dark * 20) / (size * size)) - 10);
}
