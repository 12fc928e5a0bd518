// Types for the pure encoder inside the `qrcode` package: importing it alone keeps the canvas and
// Node renderers (fs, pngjs) out of the renderer bundle. Declared here rather than taken from
// @types/qrcode, which references Node's types and would give renderer/ the whole of Node.
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

  export function create(text: string, options?: CreateOptions): QRCode;
}
