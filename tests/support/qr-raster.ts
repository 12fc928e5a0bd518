/** A QR shape's SVG path painted into pixels, and read back with jsQR, for unit tests without a browser. */
import jsQR from 'jsqr';
import type { QrShape } from '../../renderer/qr/qr-shape';

/** Paints the path's rectangles into an RGBA bitmap, `scale` pixels per module, white elsewhere. */
export function rasterize(shape: QrShape, scale: number): { data: Uint8ClampedArray; width: number } {
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

/** The text jsQR reads from the shape drawn `scale` pixels a module; undefined when it reads none. */
export function readShape(shape: QrShape, scale = 4): string | undefined {
  const { data, width } = rasterize(shape, scale);
  return jsQR(data, width, width, { inversionAttempts: 'dontInvert' })?.data;
}
