import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrShape, type QrShape } from '../../../../renderer/qr/qr-shape';

/** Paints the path's rectangles into an RGBA bitmap, `scale` pixels per module, white elsewhere. */
function rasterize(shape: QrShape, scale: number): { data: Uint8ClampedArray; width: number } {
  const width = shape.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width };
}

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

  it('encodes a text shown again only once, and forgets the oldest of many', () => {
    const first = qrShape(url);
    assert.equal(qrShape(url), first, 'the same shape, not encoded again');
    for (let i = 0; i < 40; i++) qrShape(`https://example.org/${i}`);
    const again = qrShape(url);
    assert.notEqual(again, first, 'forgotten after 40 other codes, so months of updates stay bounded');
    assert.deepEqual(again, first);
  });
});
