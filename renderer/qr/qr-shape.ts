/** A QR code as one SVG path: generated locally, no network, no canvas. */
import { create } from 'qrcode/lib/core/qrcode.js';

/** Light modules around the code; scanners need four. */
export const QUIET_ZONE = 4;

/** Error correction levels, strongest first. */
const LEVELS = ['H', 'Q', 'M', 'L'] as const;
export type QrLevel = (typeof LEVELS)[number];

/** A QR symbol drawn in a square of `size` modules (quiet zone included). */
export interface QrShape {
  size: number;
  /** Dark modules as an SVG path, one rectangle per horizontal run. */
  path: string;
  /** QR version (1–40): the symbol is 17 + 4 × version modules wide. */
  version: number;
  level: QrLevel;
}

/** Shapes already drawn: the rotation shows the same few codes all day (bounded for months of updates). */
const drawn = new Map<string, QrShape>();
const KEEP = 32;

/**
 * The shape for `text`, remembered for the last few texts: encoding a vCard takes tens of
 * milliseconds on a Pi, at every showing otherwise.
 */
export function qrShape(text: string): QrShape {
  const known = drawn.get(text);
  if (known) return known;
  const shape = encode(text);
  if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value ?? '');
  drawn.set(text, shape);
  return shape;
}

/** The shape for `text` if it has been drawn already, without encoding it. */
export function knownQrShape(text: string): QrShape | undefined {
  return drawn.get(text);
}

/**
 * Encodes `text` in the lowest version it fits at all (level L), at the strongest error correction
 * that still fits that version. A lower version has fewer, so larger, modules on the same screen
 * area, which matters more to a phone camera reading a screen than correction for dirt does.
 */
function encode(text: string): QrShape {
  const lowest = create(text, { errorCorrectionLevel: 'L' });
  let code = lowest;
  let level: QrLevel = 'L';
  for (const candidate of LEVELS) {
    if (candidate === 'L') break;
    const tried = tryCreate(text, candidate);
    if (tried?.version === lowest.version) {
      code = tried;
      level = candidate;
      break;
    }
  }
  const { modules } = code;
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
  return { size: n + 2 * QUIET_ZONE, path: runs.join(''), version: code.version, level };
}

/** The code at `level`, or null when the text does not fit any version at that level. */
function tryCreate(text: string, level: QrLevel): ReturnType<typeof create> | null {
  try {
    return create(text, { errorCorrectionLevel: level });
  } catch {
    return null;
  }
}
