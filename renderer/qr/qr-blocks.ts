/**
 * How many codewords a QR version holds, and how the standard splits them into blocks of data and
 * error correction per level (ISO/IEC 18004, table 9): the one table kept as data.
 */
import { errorCorrection } from './reed-solomon';

/** "L" 7 %, "M" 15 %, "Q" 25 %, "H" 30 % of the code may be damaged and still read. */
export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** Per level, versions 1–40: error correction codewords in each block. */
const EC_PER_BLOCK: Record<QrLevel, number[]> = {
  L: [
    7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
  M: [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  ],
  Q: [
    13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
  H: [
    17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
};

/** Per level, versions 1–40: the number of blocks. */
const BLOCKS: Record<QrLevel, number[]> = {
  L: [
    1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17,
    18, 19, 19, 20, 21, 22, 24, 25,
  ],
  M: [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
    31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
  ],
  Q: [
    1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38,
    40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
  ],
  H: [
    1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45,
    48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
  ],
};

/** The number of alignment patterns across (and down) the symbol; version 1 has none. */
export const alignmentCount = (version: number): number => (version > 1 ? Math.floor(version / 7) + 2 : 0);

/**
 * All codewords of a version: the modules left over by the function patterns, eight to a codeword
 * (the last few modules, remainder bits, hold none).
 */
export function totalCodewords(version: number): number {
  const size = 17 + 4 * version;
  const align = alignmentCount(version);
  const functionModules =
    3 * 64 + // three finders with their separators
    2 * (size - 16) + // two timing patterns between them
    31 + // two copies of the format information and the dark module
    (align && 25 * (align * align - 3) - 10 * (align - 2)) + // alignment patterns, less their overlap with timing
    (version >= 7 ? 36 : 0); // two copies of the version information
  return (size * size - functionModules) >> 3;
}

/** Data codewords of a version at a level: what the error correction leaves. */
export const dataCodewords = (version: number, level: QrLevel): number =>
  totalCodewords(version) - EC_PER_BLOCK[level][version - 1]! * BLOCKS[level][version - 1]!;

/**
 * The codewords in the order they are placed: the data split into blocks (the later blocks one
 * codeword longer when the split is uneven), each block's error correction added, then both read
 * across the blocks, a codeword of each in turn.
 */
export function interleaved(data: Uint8Array, version: number, level: QrLevel): Uint8Array {
  const ecLength = EC_PER_BLOCK[level][version - 1]!;
  const blockCount = BLOCKS[level][version - 1]!;
  const total = totalCodewords(version);
  const shortData = Math.floor(total / blockCount) - ecLength;
  const firstLong = blockCount - (total % blockCount);
  const blocks: Uint8Array[] = [];
  const checks: Uint8Array[] = [];
  for (let b = 0, start = 0; b < blockCount; b++) {
    const block = data.subarray(start, (start += shortData + (b < firstLong ? 0 : 1)));
    blocks.push(block);
    checks.push(errorCorrection(block, ecLength));
  }
  const placed: number[] = [];
  for (let i = 0; i <= shortData; i++)
    for (const block of blocks) if (i < block.length) placed.push(block[i]!);
  for (let i = 0; i < ecLength; i++) for (const check of checks) placed.push(check[i]!);
  return Uint8Array.from(placed);
}
