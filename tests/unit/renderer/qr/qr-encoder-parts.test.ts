import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPenaltyN1, getPenaltyN2, getPenaltyN3, getPenaltyN4 } from 'qrcode/lib/core/mask-pattern.js';
import { create } from 'qrcode/lib/core/qrcode.js';
import ReedSolomonEncoder from 'qrcode/lib/core/reed-solomon-encoder.js';
import { dataCodewords, interleaved, totalCodewords, type QrLevel } from '../../../../renderer/qr/qr-blocks';
import { masked, penalty, placeCodewords } from '../../../../renderer/qr/qr-matrix';
import { countRange, dataStream, planSegments } from '../../../../renderer/qr/qr-segments';
import { errorCorrection } from '../../../../renderer/qr/reed-solomon';
import { seededRandom } from '../../../support/qr-sample-texts';

const LEVELS: QrLevel[] = ['L', 'M', 'Q', 'H'];
const random = seededRandom(18004);
const lower = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');

/** Our symbol at a given version, level and mask, for a text in one byte segment. */
function ourSymbol(text: string, version: number, level: QrLevel, mask: number) {
  const { segments } = planSegments(text, countRange(version));
  const data = dataStream(segments, countRange(version), dataCodewords(version, level));
  const unmasked = placeCodewords(version, interleaved(data, version, level));
  return { size: unmasked.size, modules: masked(unmasked, level, mask) };
}

describe('QR encoder parts, each against the qrcode package', () => {
  it('computes Reed–Solomon codewords for every block length the standard uses', () => {
    for (const degree of [7, 10, 13, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30]) {
      for (const length of [1, 13, 19, 54, 122]) {
        const data = Uint8Array.from({ length }, () => Math.floor(random() * 256));
        assert.deepEqual(
          errorCorrection(data, degree),
          new ReedSolomonEncoder(degree).encode(data),
          `${degree}`,
        );
      }
    }
  });

  it('draws, for every version, level and mask, the very symbol the package draws', () => {
    for (let version = 1; version <= 40; version++) {
      for (const level of LEVELS) {
        // Full (no pad codewords) for most, short (many pad codewords) for the rest.
        const room = dataCodewords(version, level) - (version < 10 ? 2 : 3);
        const text = lower(version % 3 ? room : Math.ceil(room / 3));
        for (const mask of [0, 1, 2, 3, 4, 5, 6, 7] as const) {
          if (version > 10 && mask !== version % 8) continue; // all eight masks on the smaller ones
          const ours = ourSymbol(text, version, level, mask);
          const theirs = create([{ data: text, mode: 'byte' }], {
            version,
            errorCorrectionLevel: level,
            maskPattern: mask,
          });
          assert.equal(ours.size, theirs.modules.size);
          for (let row = 0; row < ours.size; row++) {
            for (let col = 0; col < ours.size; col++) {
              if (ours.modules[row * ours.size + col] !== theirs.modules.get(row, col)) {
                assert.fail(`version ${version} ${level} mask ${mask}: module (${row}, ${col}) differs`);
              }
            }
          }
          const m = theirs.modules;
          const theirPenalty = getPenaltyN1(m) + getPenaltyN2(m) + getPenaltyN3(m) + getPenaltyN4(m);
          assert.equal(
            penalty(ours.modules, ours.size),
            theirPenalty,
            `version ${version} ${level} mask ${mask}`,
          );
        }
      }
    }
  });

  it('counts the codewords of every version as the standard does', () => {
    // ISO/IEC 18004 table 1: total codewords of a few versions; table 7: data codewords.
    assert.deepEqual([1, 2, 7, 14, 21, 32, 40].map(totalCodewords), [26, 44, 196, 581, 1156, 2465, 3706]);
    assert.deepEqual(
      LEVELS.map((level) => dataCodewords(40, level)),
      [2956, 2334, 1666, 1276],
    );
    assert.deepEqual(
      LEVELS.map((level) => dataCodewords(1, level)),
      [19, 16, 13, 9],
    );
  });

  it('finds the shortest segmentation: no way of giving each character a mode is shorter', () => {
    const alphabet = [...'0123456789AZ $:.-xé€😀'];
    const modesOf = (char: string) =>
      [/[0-9]/.test(char), /[0-9A-Z $%*+\-./:]/.test(char), true].flatMap((can, mode) => (can ? [mode] : []));
    for (let trial = 0; trial < 400; trial++) {
      const chars = Array.from(
        { length: 1 + Math.floor(random() * 7) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      );
      const text = chars.join('');
      for (const range of [0, 1, 2]) {
        const plan = planSegments(text, range);
        assert.equal(plan.segments.map((s) => s.text).join(''), text, 'the segments spell the text');
        // Every assignment of modes to characters, runs of one mode a segment each.
        let shortest = Infinity;
        const assign = (i: number, modes: number[]): void => {
          if (i === chars.length) {
            shortest = Math.min(shortest, bitsOf(chars, modes, range));
            return;
          }
          for (const mode of modesOf(chars[i]!)) assign(i + 1, [...modes, mode]);
        };
        assign(0, []);
        assert.equal(plan.bits, shortest, `${JSON.stringify(text)} in range ${range}`);
        assert.equal(
          plan.bits,
          bitsOf(
            [...text],
            plan.segments.flatMap((s) => [...s.text].map(() => s.mode)),
            range,
          ),
          'the bits counted are those of the segments returned',
        );
      }
    }
  });
});

/** Bits of `chars` coded in `modes` (one per character), a segment per run of one mode (7.4.3–7.4.5). */
function bitsOf(chars: string[], modes: number[], range: number): number {
  const countBits = [
    [10, 12, 14],
    [9, 11, 13],
    [8, 16, 16],
  ];
  let bits = 0;
  for (let start = 0; start < chars.length;) {
    const mode = modes[start]!;
    let end = start;
    while (end < chars.length && modes[end] === mode) end++;
    const run = chars.slice(start, end);
    const n = run.length;
    const body =
      mode === 0
        ? 10 * Math.floor(n / 3) + [0, 4, 7][n % 3]!
        : mode === 1
          ? 11 * Math.floor(n / 2) + 6 * (n % 2)
          : 8 * new TextEncoder().encode(run.join('')).length;
    bits += 4 + countBits[mode]![range]! + body;
    start = end;
  }
  return bits;
}
