// Types for the pure encoder inside the `qrcode` package, a devDependency: the tests compare
// renderer/qr's own encoder with it (tests/support/qr-reference.ts). Declared here rather than taken
// from @types/qrcode, which describes only the package entry (with its canvas and Node renderers).
declare module 'qrcode/lib/core/qrcode.js' {
  /** "L" 7%, "M" 15%, "Q" 25%, "H" 30% of the code may be damaged and still read. */
  export type ErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H' | 'low' | 'medium' | 'quartile' | 'high';

  export interface CreateOptions {
    /** The smallest version that fits is chosen when absent. */
    version?: number;
    errorCorrectionLevel?: ErrorCorrectionLevel;
    maskPattern?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  }

  /** The module matrix: `get` is 1 for a dark module. */
  export interface BitMatrix {
    size: number;
    get(row: number, col: number): number;
  }

  export interface QRCode {
    modules: BitMatrix;
    version: number;
    errorCorrectionLevel: { bit: number };
    maskPattern: number;
  }

  /** Segments (from segments.js) skip the encoder's own, slow, segment optimisation. */
  export function create(
    data: string | readonly { mode: unknown; data: unknown }[],
    options?: CreateOptions,
  ): QRCode;
}

declare module 'qrcode/lib/core/segments.js' {
  /** A run of the text in one mode (numeric, alphanumeric, byte). */
  export interface Segment {
    mode: { id: 'Numeric' | 'Alphanumeric' | 'Byte' | 'Kanji' };
    /** The characters (a string), or for byte mode the UTF-8 octets (a Uint8Array). */
    data: unknown;
    /** The bits of the characters alone, without mode and count. */
    getBitsLength(): number;
  }

  /** The segments giving the shortest bit stream at `version` (a shortest-path search: slow). */
  export function fromString(text: string, version: number): Segment[];
  /** Quick, unoptimised segments: only for estimating a version. */
  export function rawSplit(text: string): Segment[];
}

declare module 'qrcode/lib/core/version.js' {
  import type { Segment } from 'qrcode/lib/core/segments.js';

  /** The lowest version holding `segments` at `level`, or undefined when none does. */
  export function getBestVersionForData(
    segments: Segment[],
    level: 'L' | 'M' | 'Q' | 'H',
  ): number | undefined;
}

declare module 'qrcode/lib/core/mask-pattern.js' {
  import type { BitMatrix } from 'qrcode/lib/core/qrcode.js';

  /** The four penalty rules the encoder sums to choose a mask: runs, blocks, finder-like, balance. */
  export function getPenaltyN1(modules: BitMatrix): number;
  export function getPenaltyN2(modules: BitMatrix): number;
  export function getPenaltyN3(modules: BitMatrix): number;
  export function getPenaltyN4(modules: BitMatrix): number;
}

declare module 'qrcode/lib/core/mode.js' {
  /** Bits of the character count field of `mode`'s segments at `version`. */
  export function getCharCountIndicator(mode: { id: string }, version: number): number;
}

declare module 'qrcode/lib/core/reed-solomon-encoder.js' {
  /** The error correction codewords of one block, `degree` of them. */
  export default class ReedSolomonEncoder {
    constructor(degree: number);
    encode(data: Uint8Array): Uint8Array;
  }
}
