/** A QR code as one SVG path: generated locally, no network, no canvas. */
import { create } from 'qrcode/lib/core/qrcode.js';

/** Light modules around the code; scanners need four. */
export const QUIET_ZONE = 4;

/** A QR symbol drawn in a square of `size` modules (quiet zone included). */
export interface QrShape {
  size: number;
  /** Dark modules as an SVG path, one rectangle per horizontal run. */
  path: string;
}

/** Encodes `text` at error correction level M (about 15 % may be damaged or dirty). */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: runs.join('') };
}
