/**
 * Real images for import tests: PNGs drawn with pngjs at any size, and JPEG and WebP files encoded by
 * Chromium (tests/fixtures/images), plus the plain VP8 and VP8L WebP forms cut out of those.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
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

/** A PNG chunk: length, type, data, CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/**
 * A real animated PNG of `width` × `height`: two frames of 100 ms, looping for ever (acTL, then an
 * fcTL before the IDAT of the first frame and before the fdAT of the second).
 */
export function animatedPng(width: number, height: number): Buffer {
  const frame = (red: number) =>
    deflateSync(
      Buffer.concat(
        Array.from({ length: height }, () => Buffer.from([0, ...Array(width).fill([red, 60, 60]).flat()])),
      ),
    );
  const control = (sequence: number) => {
    const d = Buffer.alloc(26);
    d.writeUInt32BE(sequence, 0);
    d.writeUInt32BE(width, 4);
    d.writeUInt32BE(height, 8);
    d.writeUInt16BE(1, 20); // delay 1/10 s
    d.writeUInt16BE(10, 22);
    return pngChunk('fcTL', d);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(2, 0); // frames; 0 plays: for ever
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('acTL', actl),
    control(0),
    pngChunk('IDAT', frame(200)),
    control(1),
    pngChunk('fdAT', Buffer.concat([Buffer.from([0, 0, 0, 2]), frame(60)])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A WebP chunk: FourCC, little-endian size, data, a pad byte to an even length. */
function webpChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

/** An animated WebP: the 120 × 80 lossy image of plainWebp twice as frames (VP8X, ANIM, ANMF). */
export function animatedWebp(): Buffer {
  const still = plainWebp(WEBP_LOSSY_VP8X).subarray(12); // the VP8 chunk
  const u24 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff]);
  const vp8x = Buffer.concat([Buffer.from([0x02, 0, 0, 0]), u24(119), u24(79)]); // animation flag
  const anim = Buffer.alloc(6); // background colour 0, loop count 0: for ever
  const frame = webpChunk(
    'ANMF',
    Buffer.concat([u24(0), u24(0), u24(119), u24(79), u24(100), Buffer.from([0]), still]),
  );
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    webpChunk('VP8X', vp8x),
    webpChunk('ANIM', anim),
    frame,
    frame,
  ]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}
