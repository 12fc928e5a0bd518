import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCharCountIndicator } from 'qrcode/lib/core/mode.js';
import type { Segment as TheirSegment } from 'qrcode/lib/core/segments.js';
import { qrShape, type QrShape } from '../../../../renderer/qr/qr-shape';
import { countRange, planSegments, type Segment } from '../../../../renderer/qr/qr-segments';
import { readShape } from '../../../support/qr-raster';
import { referenceQrShape } from '../../../support/qr-reference';
import {
  MAX_ALPHANUMERIC,
  MAX_BYTES,
  MAX_DIGITS,
  sampleQrTexts,
  seededRandom,
} from '../../../support/qr-sample-texts';

const MODES = ['Numeric', 'Alphanumeric', 'Byte'];

/** The package's segments as ours: mode index and text. */
const asOurs = (segments: TheirSegment[]): Segment[] =>
  segments.map(({ mode, data }) => ({
    mode: MODES.indexOf(mode.id),
    text: typeof data === 'string' ? data : new TextDecoder().decode(data as Uint8Array),
  }));

/** The package's segments' length in bits at `version`: mode, count and characters. */
const theirBits = (segments: TheirSegment[], version: number) =>
  segments.reduce((bits, s) => bits + 4 + getCharCountIndicator(s.mode, version) + s.getBitsLength(), 0);

/** Version, then level, as a number that grows with the code's density (a lower one is better). */
const LEVEL_ORDER = 'HQML';
const rank = (shape: QrShape) => shape.version * 4 + LEVEL_ORDER.indexOf(shape.level);

/**
 * Our shape for `text` against the package's: the same version and level (or a better one where the
 * package's segments were longer than need be), read back by jsQR to the text, and the same path
 * wherever both chose the same segments; too long for both, or for neither. Returns how they compare.
 */
function compare(text: string): 'same path' | 'same size' | 'shorter' | 'too long' {
  let theirs;
  try {
    theirs = referenceQrShape(text);
  } catch {
    assert.throws(() => qrShape(text), { message: 'qr: text too long for any QR version' });
    return 'too long';
  }
  const ours = qrShape(text);
  const label = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  // jsQR's table puts an alignment pattern of version 23 at 74 instead of the standard's 78, so it
  // reads no version 23 code at all (cozmo/jsQR#251): the package's, the same paths, fail alike.
  if (ours.version !== 23) assert.equal(readShape(ours, 3), text, `${label}: jsQR reads the text back`);
  const ourPlan = planSegments(text, countRange(theirs.version));
  const packageBits = theirBits(theirs.segments, theirs.version);
  assert.ok(
    ourPlan.bits <= packageBits,
    `${label}: ${ourPlan.bits} bits against the package's ${packageBits}`,
  );
  if (ourPlan.bits === packageBits || rank(ours) === rank(theirs)) {
    assert.deepEqual(
      [ours.size, ours.version, ours.level],
      [theirs.size, theirs.version, theirs.level],
      label,
    );
  } else {
    // The package's segments were longer than the shortest: ours may fit a lower version or level.
    assert.ok(rank(ours) < rank(theirs), label);
    return 'shorter';
  }
  if (JSON.stringify(ourPlan.segments) === JSON.stringify(asOurs(theirs.segments))) {
    assert.equal(ours.path, theirs.path, `${label}: the same segments, so the same symbol and mask`);
    return 'same path';
  }
  return 'same size';
}

describe('QR encoder against the qrcode package', () => {
  it('encodes 2,000 seeded random texts of every kind as the package did, and jsQR reads them back', (t) => {
    const tally = { 'same path': 0, 'same size': 0, shorter: 0, 'too long': 0 };
    const texts = sampleQrTexts(2026, 2000);
    for (const { kind, text } of texts) {
      const result = compare(text);
      tally[result]++;
      // One mode throughout leaves no choice of segments: the very same symbol.
      if (kind === 'digits' || kind === 'accented' || kind === 'empty')
        assert.equal(result, 'same path', kind);
    }
    t.diagnostic(JSON.stringify(tally));
    assert.equal(tally['too long'] + tally['same path'] + tally['same size'] + tally.shorter, texts.length);
    // The kiosk's own kinds (vCards, Facebook links) and most others come out module for module the same.
    assert.ok(tally['same path'] > 0.9 * texts.length, JSON.stringify(tally));
  });

  it('holds as much as the standard allows, and refuses one character more as before', () => {
    const random = seededRandom(40);
    const chars = (alphabet: string, length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const longest = [
      chars('0123456789', MAX_DIGITS),
      chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:', MAX_ALPHANUMERIC),
      chars('abcdefghijklmnopqrstuvwxyz', MAX_BYTES),
      'é'.repeat(400) + chars('abcdefghijklmnopqrstuvwxyz', MAX_BYTES - 800),
    ];
    for (const text of longest) {
      assert.equal(qrShape(text).version, 40);
      assert.equal(compare(text), 'same path');
      for (const longer of [`${text}0`, `${text}${text}`]) {
        assert.throws(() => referenceQrShape(longer), { message: 'qr: text too long for any QR version' });
        assert.throws(() => qrShape(longer), { message: 'qr: text too long for any QR version' });
      }
    }
  });
});
