import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bufferSource, inspectImage } from '../../../../core/import/image-bytes';
import { JPEG_120x80 } from '../../../support/test-images';

const BROKEN =
  '"images/foto.jpg": de afbeelding is beschadigd of onvolledig (opnieuw opslaan of kopiëren helpt meestal)';

/** The verdict for `bytes` named images/foto.jpg: "120x80 jpeg" or the Dutch problem. */
async function verdict(bytes: Uint8Array): Promise<string> {
  const result = await inspectImage(bufferSource(bytes), 'images/foto.jpg');
  return result.ok ? `${result.info.width}x${result.info.height} ${result.info.type}` : result.problem;
}

/** Where the fixture's segment FF `marker` starts and where it ends, walking the segments by length. */
function segment(jpeg: Buffer, marker: number): { at: number; end: number } {
  for (let at = 2; at + 4 <= jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    if (jpeg[at + 1] === marker) return { at, end: at + 2 + jpeg.readUInt16BE(at + 2) };
  }
  throw new Error(`no segment FF ${marker.toString(16)}`);
}

/** Whether FF D9 occurs anywhere in `bytes`. */
function hasEndMarker(bytes: Buffer): boolean {
  return bytes.some((b, i) => b === 0xff && bytes[i + 1] === 0xd9);
}

const SOF0 = segment(JPEG_120x80, 0xc0);
const SOS = segment(JPEG_120x80, 0xda);

describe('a JPEG must reach its end marker', () => {
  it('accepts the whole photo with its size', async () => {
    assert.equal(await verdict(JPEG_120x80), '120x80 jpeg');
  });

  it('refuses a JPEG cut right after its frame header, even SOI and SOF0 alone', async () => {
    assert.equal(await verdict(JPEG_120x80.subarray(0, SOF0.end)), BROKEN);
    assert.equal(await verdict(JPEG_120x80.subarray(0, SOS.end)), BROKEN); // up to the image data
    const sof0Only = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 80, 0, 120, 1, 1, 0x11, 0]);
    assert.equal(sof0Only.length, 15);
    assert.equal(await verdict(sof0Only), BROKEN);
  });

  it('refuses a full-length JPEG whose image data a pulled stick left as zeros', async () => {
    const zeroed = Buffer.from(JPEG_120x80).fill(0, SOS.at + 40);
    assert.equal(zeroed.length, JPEG_120x80.length);
    assert.equal(await verdict(zeroed), BROKEN);
  });

  it('refuses a JPEG cut in the middle of its image data', async () => {
    const middle = Math.floor((SOS.end + JPEG_120x80.length) / 2);
    assert.equal(await verdict(JPEG_120x80.subarray(0, middle)), BROKEN);
    assert.equal(await verdict(JPEG_120x80.subarray(0, JPEG_120x80.length - 1)), BROKEN); // FF without D9
  });

  it('accepts a motion photo: 100 KB of video after the end marker', async () => {
    // No FF D9 in the "video", so the check must read back through all of it to the photo's own end.
    const video = Buffer.from(Array.from({ length: 100 * 1024 }, (_, i) => (i * 7) & 0xff));
    video.write('\0\0\0\x18ftypmp42', 0, 'latin1');
    assert.equal(hasEndMarker(video), false);
    assert.equal(await verdict(Buffer.concat([JPEG_120x80, video])), '120x80 jpeg');
  });

  it('finds the end marker where two 64 KB reads meet', async () => {
    // Read from the end back in 64 KB pieces: one of these tails puts FF D9 across two pieces.
    for (let tail = 64 * 1024 - 3; tail <= 64 * 1024 + 1; tail++) {
      const jpeg = Buffer.concat([JPEG_120x80, Buffer.alloc(tail)]);
      assert.equal(await verdict(jpeg), '120x80 jpeg', `with ${tail} bytes after the end`);
    }
  });

  it('does not take the end marker of an EXIF thumbnail for the photo’s', async () => {
    // APP1 holds a whole JPEG (FF D8 … FF D9) as thumbnail; the segment walk skips it by its length.
    const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), JPEG_120x80]);
    const app1 = Buffer.concat([
      Buffer.from([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff]),
      exif,
    ]);
    const photo = Buffer.concat([JPEG_120x80.subarray(0, 2), app1, JPEG_120x80.subarray(2)]);
    assert.equal(await verdict(photo), '120x80 jpeg');
    const cut = photo.subarray(0, app1.length + Math.floor((SOS.end + JPEG_120x80.length) / 2));
    assert.equal(hasEndMarker(cut), true); // the thumbnail's
    assert.equal(await verdict(cut), BROKEN);
  });

  it('takes the end after the last scan of a progressive JPEG, and refuses one cut between scans', async () => {
    // The layout of a progressive JPEG (SOF2; scans each after their own DHT and SOS), not a
    // decodable one: the fixture's scan again as a second scan.
    const progressive = Buffer.from(JPEG_120x80);
    progressive[SOF0.at + 1] = 0xc2;
    const table = segment(JPEG_120x80, 0xc4);
    const dht = JPEG_120x80.subarray(table.at, table.end);
    const firstScan = progressive.subarray(0, JPEG_120x80.length - 2);
    const secondScan = JPEG_120x80.subarray(SOS.at);
    assert.equal(await verdict(Buffer.concat([firstScan, dht, secondScan])), '120x80 jpeg');
    const cut = Buffer.concat([firstScan, dht, secondScan.subarray(0, 100)]);
    assert.equal(await verdict(cut), BROKEN);
  });
});
