/** A QR code as one SVG path: generated locally, no network, no canvas. */
import { getPenaltyN1, getPenaltyN2, getPenaltyN3, getPenaltyN4 } from 'qrcode/lib/core/mask-pattern.js';
import { create, type BitMatrix, type QRCode } from 'qrcode/lib/core/qrcode.js';
import { fromString, rawSplit, type Segment } from 'qrcode/lib/core/segments.js';
import { getBestVersionForData } from 'qrcode/lib/core/version.js';

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

/** The QR standard's eight mask patterns. */
const MASKS = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The shape for `text`, remembered for the last few texts: encoding a vCard takes tens of
 * milliseconds on a Pi, at every showing otherwise.
 */
export function qrShape(text: string): QrShape {
  for (const steps = qrShapeSteps(text); ;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same shape, encoded a slice at a time: each `next()` does one part (planning the segments, or
 * trying one of the eight masks, a few ms each at 4× throttling), so work done ahead of time can
 * give every part a task of its own. A whole vCard at once was a 50 ms task on a Pi-class CPU.
 */
export function* qrShapeSteps(text: string): Generator<void, QrShape> {
  const known = drawn.get(text);
  if (known) return known;
  const shape = yield* encodeSteps(text);
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
 * Only the chosen level is drawn: the others are sized the way the encoder would size them (its
 * segment optimisation and mask choice are most of the cost, tens of ms per vCard on a Pi).
 * The mask is chosen as the encoder chooses it (the lowest penalty, the first of equals), one mask
 * per step instead of all eight in one call.
 */
function* encodeSteps(text: string): Generator<void, QrShape> {
  const plans = planner(text);
  const lowest = plans('L');
  if (!lowest) throw new Error('qr: text too long for any QR version');
  let chosen = lowest;
  let level: QrLevel = 'L';
  for (const candidate of LEVELS) {
    if (candidate === 'L') break;
    const tried = plans(candidate);
    if (tried?.version === lowest.version) {
      chosen = tried;
      level = candidate;
      break;
    }
  }
  let best: QRCode | null = null;
  let lowestPenalty = Infinity;
  for (const maskPattern of MASKS) {
    yield;
    const code = create(chosen.segments, { errorCorrectionLevel: level, maskPattern });
    const penalty = maskPenalty(code.modules);
    if (penalty < lowestPenalty) {
      lowestPenalty = penalty;
      best = code;
    }
  }
  if (!best) throw new Error('qr: no mask pattern');
  return {
    size: best.modules.size + 2 * QUIET_ZONE,
    path: darkRuns(best.modules),
    version: best.version,
    level,
  };
}

/** The standard's penalty for a masked symbol (its four rules): lower scans better. */
function maskPenalty(modules: BitMatrix): number {
  return getPenaltyN1(modules) + getPenaltyN2(modules) + getPenaltyN3(modules) + getPenaltyN4(modules);
}

/** The dark modules as an SVG path, one rectangle per horizontal run, inside the quiet zone. */
function darkRuns(modules: BitMatrix): string {
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
  return runs.join('');
}

/** A version and the segments filling it, as the encoder's create() would choose them. */
interface Plan {
  version: number;
  segments: Segment[];
}

/**
 * Plans `text` per level the way create() does (estimate a version from a raw split, optimise the
 * segments for it, take the lowest version that holds them), optimising once per range of versions
 * (the segments depend only on the length fields, the same for versions 1–9, 10–26 and 27–40).
 */
function planner(text: string): (level: QrLevel) => Plan | null {
  const raw = rawSplit(text);
  const optimised = new Map<number, Segment[]>();
  return (level) => {
    const estimated = getBestVersionForData(raw, level) ?? 40;
    const range = estimated < 10 ? 0 : estimated < 27 ? 1 : 2;
    let segments = optimised.get(range);
    if (!segments) {
      segments = fromString(text, estimated);
      optimised.set(range, segments);
    }
    const version = getBestVersionForData(segments, level);
    return version === undefined ? null : { version, segments };
  };
}
