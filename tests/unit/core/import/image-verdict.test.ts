import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_IMAGE_BYTES, fileFacts, imageVerdict } from '../../../../core/import/image-verdict';
import { JPEG_120x80, pngImage } from '../../../support/test-images';

describe('image verdict', () => {
  it('takes a real image whose bytes match its name, checked over the whole file', async () => {
    const facts = await fileFacts('images/foto.jpg', JPEG_120x80.length, async () => JPEG_120x80);
    assert.deepEqual(facts, {
      kind: 'file',
      size: JPEG_120x80.length,
      inspection: { ok: true, info: { type: 'jpeg', width: 120, height: 80 } },
    });
    assert.equal(imageVerdict('images/foto.jpg', facts, 'folder'), null);
  });

  it('gives the byte check’s problem in the words of the importer', async () => {
    const png = pngImage(8, 8);
    const facts = await fileFacts('images/koffie.jpg', png.length, async () => png);
    assert.equal(
      imageVerdict('images/koffie.jpg', facts, 'stick'),
      '"images/koffie.jpg" is een PNG-afbeelding, maar de naam eindigt op .jpg; noem het bestand "images/koffie.png" (ook in content.json)',
    );
  });

  it('does not read a file over the size cap, and says it is too big', async () => {
    const facts = await fileFacts('images/groot.jpg', MAX_IMAGE_BYTES + 1, () => {
      throw new Error('read a file over the cap');
    });
    assert.deepEqual(facts, { kind: 'file', size: MAX_IMAGE_BYTES + 1, inspection: null });
    assert.match(imageVerdict('images/groot.jpg', facts, 'folder') ?? '', /is te groot \(10 MB/);
  });

  it('says where a missing image was looked for', () => {
    assert.equal(
      imageVerdict('images/weg.jpg', { kind: 'missing' }, 'stick'),
      'afbeelding "images/weg.jpg" niet gevonden op de stick',
    );
  });
});
