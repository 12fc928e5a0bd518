/** A QR code as one SVG path: encoded here (renderer/qr), no network, no canvas. */
import { dataCodewords, interleaved, type QrLevel } from './qr-blocks';
import { masked, penalty, placeCodewords } from './qr-matrix';
import { countRange, dataStream, planSegments, type SegmentPlan } from './qr-segments';

export type { QrLevel } from './qr-blocks';

/** Light modules around the code; scanners need four. */
export const QUIET_ZONE = 4;

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
 * The shape for `text`, remembered for the last few texts: encoding a vCard takes milliseconds,
 * more on a Pi, at every showing otherwise.
 */
export function qrShape(text: string): QrShape {
  for (const steps = qrShapeSteps(text); ;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same shape, encoded a slice at a time: each `next()` does one part (planning the segments and
 * placing the codewords, or trying one of the eight masks: a few ms at most at 4× throttling), so
 * work done ahead of time can give every part a task of its own. A whole vCard at once was a 50 ms
 * task on a Pi-class CPU.
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
 * The mask is the one of the standard's eight with the lowest penalty (the first of equals), one
 * mask per step.
 */
function* encodeSteps(text: string): Generator<void, QrShape> {
  const { version, level, segments } = plan(text);
  const data = dataStream(segments, countRange(version), dataCodewords(version, level));
  const unmasked = placeCodewords(version, interleaved(data, version, level));
  let best = unmasked.modules;
  let lowestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    yield;
    const modules = masked(unmasked, level, mask);
    const points = penalty(modules, unmasked.size);
    if (points < lowestPenalty) [best, lowestPenalty] = [modules, points];
  }
  return { size: unmasked.size + 2 * QUIET_ZONE, path: darkRuns(best, unmasked.size), version, level };
}

/**
 * The version, level and segments for `text`. The shortest segmentation depends on the version only
 * through the count lengths, the same for versions 1–9, 10–26 and 27–40: it is planned once per
 * range, and only for the ranges tried.
 */
function plan(text: string): SegmentPlan & { version: number; level: QrLevel } {
  const plans: SegmentPlan[] = [];
  for (let version = 1; version <= 40; version++) {
    const range = countRange(version);
    const { segments, bits } = (plans[range] ??= planSegments(text, range));
    const fits = (level: QrLevel) => bits <= 8 * dataCodewords(version, level);
    if (fits('L')) {
      const level = (['H', 'Q', 'M'] as const).find(fits) ?? 'L';
      return { version, level, segments, bits };
    }
  }
  throw new Error('qr: text too long for any QR version');
}

/** The dark modules as an SVG path, one rectangle per horizontal run, inside the quiet zone. */
function darkRuns(modules: Uint8Array, size: number): string {
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const start = col;
      while (col < size && modules[row * size + col]) col++;
      if (col > start) {
        runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
      }
    }
  }
  return runs.join('');
}
