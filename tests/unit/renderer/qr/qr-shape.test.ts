import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { create } from 'qrcode/lib/core/qrcode.js';
import { contactCards } from '../../../../core/contacts/contact-cards';
import { QUIET_ZONE, qrShape, qrShapeSteps } from '../../../../renderer/qr/qr-shape';
import { rasterize } from '../../../support/qr-raster';
import { contentWith } from '../../core/deck/deck-fixtures';

describe('QR shape', () => {
  const url = 'https://www.facebook.com/profile.php?id=100088118940159';

  it('decodes back to the Facebook link of Buurt Bijloke', () => {
    const shape = qrShape(url);
    const { data, width } = rasterize(shape, 6);
    assert.equal(jsQR(data, width, width)?.data, url);
  });

  it('leaves a quiet zone of four light modules on every side', () => {
    const shape = qrShape(url);
    const coords = [...shape.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [
      Number(x),
      Number(y),
      Number(x) + Number(w),
    ]);
    assert.equal(Math.min(...coords.map(([x]) => x!)), QUIET_ZONE);
    assert.equal(Math.min(...coords.map(([, y]) => y!)), QUIET_ZONE);
    assert.equal(Math.max(...coords.map(([, , end]) => end!)), shape.size - QUIET_ZONE);
    assert.equal(Math.max(...coords.map(([, y]) => y!)), shape.size - QUIET_ZONE - 1);
  });

  it('takes the lowest version the text fits, at the strongest correction that keeps it', () => {
    // The Facebook link fits version 3 only at level L (M would need version 4).
    assert.deepEqual([qrShape(url).version, qrShape(url).level], [3, 'L']);
    assert.equal(qrShape(url).size, 17 + 4 * 3 + 2 * QUIET_ZONE);
    // A short text fits version 1 even at H.
    assert.deepEqual([qrShape('HOI').version, qrShape('HOI').level], [1, 'H']);
    // The lowest versions by the QR standard's byte capacities at L: 2 holds 32 bytes, 5 holds 106.
    const lowest: [string, number][] = [
      [url, 3],
      ['x'.repeat(100), 5],
      ['BEGIN:VCARD\r\nEND:VCARD\r\n', 2],
    ];
    for (const [text, version] of lowest) {
      assert.equal(qrShape(text).version, version, text);
      const { data, width } = rasterize(qrShape(text), 4);
      assert.equal(jsQR(data, width, width)?.data, text);
    }
  });

  it('keeps the sample’s vCards at version 8 or lower, so 4 px a module needs at most 228 px', () => {
    for (const card of contactCards(contentWith())) {
      assert.ok(qrShape(card.vcard).version <= 8, `${card.name}: version ${qrShape(card.vcard).version}`);
    }
  });

  it('encodes a text shown again only once, and forgets the oldest of many', () => {
    const first = qrShape(url);
    assert.equal(qrShape(url), first, 'the same shape, not encoded again');
    for (let i = 0; i < 40; i++) qrShape(`https://example.org/${i}`);
    const again = qrShape(url);
    assert.notEqual(again, first, 'forgotten after 40 other codes, so months of updates stay bounded');
    assert.deepEqual(again, first);
  });

  it('draws the very code the encoder draws when it tries every level in full', () => {
    // The way qr-shape encoded before it sized the levels without drawing them.
    const reference = (text: string) => {
      const lowest = create(text, { errorCorrectionLevel: 'L' });
      for (const level of ['H', 'Q', 'M'] as const) {
        try {
          const code = create(text, { errorCorrectionLevel: level });
          if (code.version === lowest.version) return { code, level };
        } catch {
          // Too long for any version at this level.
        }
      }
      return { code: lowest, level: 'L' };
    };
    const texts = [
      ...contactCards(contentWith()).map((card) => card.vcard),
      url,
      'HOI',
      '0473 52 99 03',
      'Ça Öz — buurtopbouwwerker',
      'x'.repeat(100),
      'A1'.repeat(700),
    ];
    for (const text of texts) {
      const shape = qrShape(text);
      const { code, level } = reference(text);
      assert.deepEqual([shape.version, shape.level], [code.version, level], text);
      const { data, width } = rasterize(shape, 4);
      assert.equal(jsQR(data, width, width)?.data, text);
      // Module for module the encoder's own symbol: the same mask, chosen one mask per step.
      const dark = new Set<string>();
      for (let row = 0; row < code.modules.size; row++) {
        for (let col = 0; col < code.modules.size; col++) {
          if (code.modules.get(row, col)) dark.add(`${col + QUIET_ZONE},${row + QUIET_ZONE}`);
        }
      }
      const drawn = new Set<string>();
      for (const [, x, y, w] of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1/g)) {
        for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i},${y}`);
      }
      assert.deepEqual(drawn, dark, `${text.slice(0, 20)}: the same dark modules`);
    }
  });

  it('encodes in small steps that work ahead can spread over tasks: the plan, then one per mask', () => {
    const text = 'BEGIN:VCARD\r\nFN:Stap voor stap\r\nTEL:+32 52 00 00 00\r\nEND:VCARD\r\n';
    const steps = qrShapeSteps(text);
    let parts = 1;
    let next = steps.next();
    for (; !next.done; next = steps.next()) parts++;
    assert.equal(parts, 9, 'the segments planned, then each of the eight masks tried, a step each');
    assert.deepEqual(next.value, qrShape(text), 'the same shape as encoded at once');
    assert.equal(qrShape(text), next.value, 'remembered: shown again, it is not encoded again');
    assert.equal(qrShapeSteps(text).next().done, true, 'a known text takes no step at all');
  });
});
