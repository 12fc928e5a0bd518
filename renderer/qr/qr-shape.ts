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

/** Shapes already drawn: the rotation shows the same few codes all day (bounded for months of updates). */
const drawn = new Map<string, QrShape>();
const KEEP = 32;

/**
 * Encodes `text` at error correction level M (about 15 % may be damaged or dirty). Remembers the
 * last few: encoding a vCard takes tens of milliseconds on a Pi, at every showing otherwise.
 */
export function qrShape(text: string): QrShape {
  const known = drawn.get(text);
  if (known) return known;
  const shape = encode(text);
  if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value ?? '');
  drawn.set(text, shape);
  return shape;
}

function encode(text: string): QrShape {
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
