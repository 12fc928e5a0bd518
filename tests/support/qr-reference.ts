/**
 * The QR shape as the renderer drew it with the `qrcode` package (a devDependency now): the oracle
 * that renderer/qr's own encoder is compared with. Same choices: the lowest version at level L, the
 * strongest level that keeps it, the package's segment optimisation and its mask choice.
 */
import { getPenaltyN1, getPenaltyN2, getPenaltyN3, getPenaltyN4 } from 'qrcode/lib/core/mask-pattern.js';
import { create, type BitMatrix, type QRCode } from 'qrcode/lib/core/qrcode.js';
import { fromString, rawSplit, type Segment } from 'qrcode/lib/core/segments.js';
import { getBestVersionForData } from 'qrcode/lib/core/version.js';
import { QUIET_ZONE, type QrLevel, type QrShape } from '../../renderer/qr/qr-shape';

/** A version and the segments filling it, as the package's create() would choose them. */
interface Plan {
  version: number;
  segments: Segment[];
}

/** The shape qr-shape.ts drew with the package, with the package's own segments. */
export function referenceQrShape(text: string): QrShape & { segments: Segment[] } {
  const plans = planner(text);
  const lowest = plans('L');
  if (!lowest) throw new Error('qr: text too long for any QR version');
  let chosen = lowest;
  let level: QrLevel = 'L';
  for (const candidate of ['H', 'Q', 'M'] as const) {
    const tried = plans(candidate);
    if (tried?.version === lowest.version) {
      chosen = tried;
      level = candidate;
      break;
    }
  }
  let best: QRCode | null = null;
  let lowestPenalty = Infinity;
  for (const maskPattern of [0, 1, 2, 3, 4, 5, 6, 7] as const) {
    const code = create(chosen.segments, { errorCorrectionLevel: level, maskPattern });
    const m = code.modules;
    const penalty = getPenaltyN1(m) + getPenaltyN2(m) + getPenaltyN3(m) + getPenaltyN4(m);
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
    segments: chosen.segments,
  };
}

/** The dark modules as qr-shape.ts writes them: one rectangle per horizontal run, inside the quiet zone. */
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

/**
 * Plans `text` per level the way create() does (estimate a version from a raw split, optimise the
 * segments for it, take the lowest version that holds them), optimising once per range of versions.
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
