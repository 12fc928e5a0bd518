import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeNonImage, detectImageType } from '../../../../core/import/image-type';
import { SAMPLE_PNG } from '../../../support/usb-stick';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('image type by magic bytes', () => {
  it('knows PNG, JPEG and WebP whatever the file is called', () => {
    assert.equal(detectImageType(SAMPLE_PNG), 'png');
    assert.equal(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')), 'jpeg');
    assert.equal(detectImageType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')), 'webp');
  });

  it('refuses SVG, GIF, HEIC, text and other RIFF files, saying what they are', () => {
    const cases: [Buffer, string][] = [
      [bytes('<svg xmlns="http://www.w3.org/2000/svg">'), 'een SVG-tekening (niet toegestaan)'],
      [bytes('  <?xml version="1.0"?><svg'), 'een SVG-tekening (niet toegestaan)'],
      [bytes('GIF89a'), 'een GIF-afbeelding (niet toegestaan)'],
      [bytes([0, 0, 0, 0x18], 'ftypheic'), 'een HEIC-foto van een telefoon (niet toegestaan)'],
      [bytes('dit is geen foto\n'), 'een tekstbestand'],
      [bytes(''), 'een leeg bestand'],
      [bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), 'een ander soort bestand'],
    ];
    for (const [head, words] of cases) {
      assert.equal(detectImageType(head), null);
      assert.equal(describeNonImage(head), words);
    }
  });
});
