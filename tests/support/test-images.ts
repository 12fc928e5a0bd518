/**
 * Real images for import tests: PNGs drawn with pngjs at any size, and JPEG and WebP files encoded by
 * Chromium (tests/fixtures/images), plus the plain VP8 and VP8L WebP forms cut out of those.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'images');

/** A real PNG of `width` × `height`, filled with a colour derived from `seed`. */
export function pngImage(width: number, height: number, seed = 1): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (seed * 53) & 0xff;
    png.data[i + 1] = (seed * 97 + i) & 0xff;
    png.data[i + 2] = (seed * 193) & 0xff;
    png.data[i + 3] = 0xff;
  }
  return PNG.sync.write(png);
}

/** A real PNG of random pixels: it does not compress, so `side` 256 gives about 256 KB. */
export function noisePng(side: number): Buffer {
  const png = new PNG({ width: side, height: side });
  randomBytes(side * side * 4).copy(png.data);
  return PNG.sync.write(png);
}

/** A 120 × 80 JPEG from Chromium's encoder (JFIF, ICC profile). */
export const JPEG_120x80 = readFileSync(path.join(fixtures, 'foto.jpg'));
/** 120 × 80 WebPs from Chromium: VP8X with ICC profile, lossy, lossless, and lossy with alpha. */
export const WEBP_LOSSY_VP8X = readFileSync(path.join(fixtures, 'lossy.webp'));
export const WEBP_LOSSLESS_VP8X = readFileSync(path.join(fixtures, 'lossless.webp'));
export const WEBP_ALPHA_VP8X = readFileSync(path.join(fixtures, 'alpha.webp'));

/** The simple-format WebP: RIFF with only the image chunk (`VP8 ` or `VP8L`) of a VP8X file. */
export function plainWebp(webp: Buffer): Buffer {
  for (let p = 12; p + 8 <= webp.length;) {
    const type = webp.toString('latin1', p, p + 4);
    const size = webp.readUInt32LE(p + 4);
    if (type === 'VP8 ' || type === 'VP8L') {
      const chunk = webp.subarray(p, p + 8 + size + (size % 2));
      const header = Buffer.alloc(12);
      header.write('RIFF', 0, 'latin1');
      header.writeUInt32LE(4 + chunk.length, 4);
      header.write('WEBP', 8, 'latin1');
      return Buffer.concat([header, chunk]);
    }
    p += 8 + size + (size % 2);
  }
  throw new Error('no VP8 or VP8L chunk');
}
