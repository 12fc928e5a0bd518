import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bufferSource, inspectImage } from '../../../../main/import/image-header';
import {
  animatedPng,
  animatedWebp,
  JPEG_120x80,
  plainWebp,
  pngImage,
  WEBP_ALPHA_VP8X,
  WEBP_LOSSLESS_VP8X,
  WEBP_LOSSY_VP8X,
} from '../../../support/test-images';

const html = Buffer.from('<html><script>fetch("/api/status")</script></html>');

/** The verdict for `bytes` named `name`: "120x80 png" or the Dutch problem. */
async function verdict(bytes: Buffer, name: string): Promise<string> {
  const result = await inspectImage(bufferSource(bytes), name);
  return result.ok ? `${result.info.width}x${result.info.height} ${result.info.type}` : result.problem;
}

/** A PNG whose IHDR says `width` × `height` (the rest of the file is a real small PNG). */
function pngClaiming(width: number, height: number): Buffer {
  const png = Buffer.from(pngImage(8, 8));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

describe('image headers', () => {
  it('reads the size of PNG, JPEG and every WebP form the encoders write', async () => {
    assert.equal(await verdict(pngImage(64, 40), 'images/a.png'), '64x40 png');
    assert.equal(await verdict(JPEG_120x80, 'images/foto.jpg'), '120x80 jpeg');
    assert.equal(await verdict(JPEG_120x80, 'images/FOTO.JPEG'), '120x80 jpeg');
    assert.equal(await verdict(WEBP_LOSSY_VP8X, 'images/a.webp'), '120x80 webp');
    assert.equal(await verdict(WEBP_LOSSLESS_VP8X, 'images/a.webp'), '120x80 webp');
    assert.equal(await verdict(WEBP_ALPHA_VP8X, 'images/a.webp'), '120x80 webp');
    assert.equal(await verdict(plainWebp(WEBP_LOSSY_VP8X), 'images/a.webp'), '120x80 webp');
    assert.equal(await verdict(plainWebp(WEBP_LOSSLESS_VP8X), 'images/a.webp'), '120x80 webp');
  });

  it('refuses an animated PNG or WebP, which would play all day, and says what to do', async () => {
    const words =
      'is een bewegende afbeelding (een animatie); het scherm toont alleen stilstaande beelden, want een animatie zou de hele dag spelen: sla één beeld ervan op als gewone PNG- of JPG-afbeelding (de editor doet dat vanzelf)';
    assert.equal(await verdict(animatedPng(32, 20), 'images/sticker.png'), `"images/sticker.png" ${words}`);
    assert.equal(await verdict(animatedWebp(), 'images/sticker.webp'), `"images/sticker.webp" ${words}`);
    // Still images with other VP8X flags (ICC profile, alpha) and a still PNG stay welcome.
    assert.equal(await verdict(WEBP_ALPHA_VP8X, 'images/a.webp'), '120x80 webp');
    assert.equal(await verdict(pngImage(32, 20), 'images/a.png'), '32x20 png');
  });

  it('refuses a PNG header with HTML after it, named .webp: the bytes must match the name', async () => {
    const polyglot = Buffer.concat([pngImage(8, 8).subarray(0, 33), html]);
    assert.equal(
      await verdict(polyglot, 'images/p.webp'),
      '"images/p.webp" is een PNG-afbeelding, maar de naam eindigt op .webp; noem het bestand "images/p.png" (ook in content.json)',
    );
    assert.match(await verdict(polyglot, 'images/p.png'), /houdt niet op waar een PNG moet ophouden/);
  });

  it('refuses every other mismatch of name and bytes', async () => {
    assert.match(
      await verdict(JPEG_120x80, 'images/x.png'),
      /is een JPG-foto, maar de naam eindigt op \.png; noem het bestand "images\/x\.jpg"/,
    );
    assert.match(
      await verdict(WEBP_LOSSY_VP8X, 'images/x.jpg'),
      /is een WebP-afbeelding, maar de naam eindigt op \.jpg/,
    );
    assert.match(
      await verdict(pngImage(8, 8), 'images/x.jpeg'),
      /is een PNG-afbeelding, maar de naam eindigt op \.jpeg/,
    );
  });

  it('refuses data after the end of a PNG or past the RIFF size of a WebP; accepts it after a JPEG', async () => {
    assert.match(
      await verdict(Buffer.concat([pngImage(8, 8), html]), 'images/x.png'),
      /er staat iets achter/,
    );
    const webp = Buffer.concat([WEBP_LOSSY_VP8X, html]);
    assert.match(await verdict(webp, 'images/x.webp'), /niet zo lang als ze zegt/);
    // Phones append a motion-photo video after the JPEG's end; it is served as image/jpeg with nosniff.
    assert.equal(await verdict(Buffer.concat([JPEG_120x80, html]), 'images/x.jpg'), '120x80 jpeg');
  });

  it('refuses sizes in pixels that would take the screen gigabytes to decode, and empty ones', async () => {
    assert.match(
      await verdict(pngClaiming(50_000, 50_000), 'images/bom.png'),
      /te groot in pixels \(50000 × 50000\)/,
    );
    assert.match(await verdict(pngClaiming(10_000, 4_001), 'images/bom.png'), /te groot in pixels/);
    assert.equal(await verdict(pngClaiming(10_000, 4_000), 'images/ok.png'), '10000x4000 png');
    assert.match(await verdict(pngClaiming(0, 10), 'images/leeg.png'), /geen afmetingen/);
    const wideWebp = Buffer.from(WEBP_LOSSY_VP8X);
    wideWebp.writeUIntLE(20_000 - 1, 24, 3);
    assert.match(await verdict(wideWebp, 'images/breed.webp'), /te groot in pixels \(20000 × 80\)/);
  });

  it('refuses truncated or broken headers', async () => {
    const png = pngImage(8, 8);
    assert.match(await verdict(png.subarray(0, png.length - 20), 'images/x.png'), /onvolledig/);
    assert.match(
      await verdict(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'images/x.jpg'),
      /beschadigd of onvolledig/,
    );
    assert.match(await verdict(JPEG_120x80.subarray(0, 100), 'images/x.jpg'), /beschadigd of onvolledig/);
    const badStart = plainWebp(WEBP_LOSSY_VP8X);
    badStart[23] = 0;
    assert.match(await verdict(badStart, 'images/x.webp'), /beschadigd of onvolledig/);
    assert.match(
      await verdict(Buffer.from('RIFF\x04\x00\x00\x00WEBP', 'latin1'), 'images/x.webp'),
      /beschadigd/,
    );
  });

  it('says what a non-image is', async () => {
    assert.equal(
      await verdict(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'images/x.png'),
      '"images/x.png" is geen echte afbeelding maar een SVG-tekening (niet toegestaan); gebruik een PNG-, JPG- of WebP-bestand',
    );
  });
});
