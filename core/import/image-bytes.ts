/**
 * Proves an image is what its name says before the screen ever decodes it: the magic bytes match the
 * extension (a PNG named .webp would be served as image/webp), the header parses, the dimensions are
 * within limits (a 10 MB PNG can unpack into gigabytes), and PNG and WebP end where their format says.
 * JPEG may carry data after its end: phones append motion-photo videos there, and it is served as
 * image/jpeg with nosniff, so it is never read as anything else. Only a few bytes are read, at offsets.
 * Pure: the importer reads an open file on the stick, the editor a photo it read in the browser.
 */
import { detectImageType, describeNonImage, type ImageType } from './image-type';

/** Width or height of one image: larger photos only cost the screen memory when decoded. */
export const MAX_IMAGE_SIDE = 10_000;
/** Pixels of one image (40 megapixels decode to 160 MB): a small file can unpack into gigabytes. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Bytes of an image at offsets: an open file on the stick, or a buffer already read whole. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** What a good image is: its type by its bytes, and its size in pixels. */
export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

/** The verdict on one image's bytes. */
export type Inspection = { ok: true; info: ImageInfo } | { ok: false; problem: string };

/** Markers after which a JPEG segment may hold its size: every SOFn except DHT, JPG and DAC. */
const JPEG_FRAME_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);
/** A JPEG's segments before its frame header; a real one has a dozen or so. */
const MAX_JPEG_SEGMENTS = 1000;
const PNG_IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const EXTENSION_TYPES: Readonly<Record<string, ImageType>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp',
};
const TYPE_WORDS: Readonly<Record<ImageType, string>> = {
  png: 'een PNG-afbeelding',
  jpeg: 'een JPG-foto',
  webp: 'een WebP-afbeelding',
};
const TYPE_EXTENSIONS: Readonly<Record<ImageType, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/** A buffer as a ByteSource. */
export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** Checks the image `name` (as written in content.json) against its bytes; the problem is Dutch. */
export async function inspectImage(source: ByteSource, name: string): Promise<Inspection> {
  const head = await source.read(0, 32);
  const type = detectImageType(head);
  if (type === null) {
    return fail(
      `"${name}" is geen echte afbeelding maar ${describeNonImage(head)}; gebruik een PNG-, JPG- of WebP-bestand`,
    );
  }
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (EXTENSION_TYPES[extension] !== type) {
    const better = `${name.slice(0, name.lastIndexOf('.'))}.${TYPE_EXTENSIONS[type]}`;
    return fail(
      `"${name}" is ${TYPE_WORDS[type]}, maar de naam eindigt op .${extension}; noem het bestand "${better}" (ook in content.json)`,
    );
  }
  const size =
    type === 'png'
      ? await pngSize(source, head)
      : type === 'jpeg'
        ? await jpegSize(source)
        : await webpSize(source, head);
  if (typeof size === 'string') return fail(`"${name}": ${size}`);
  if (type !== 'jpeg' && (await isAnimated(source, type, head))) {
    return fail(
      `"${name}" is een bewegende afbeelding (een animatie); het scherm toont alleen stilstaande beelden, want een animatie zou de hele dag spelen: sla één beeld ervan op als gewone PNG- of JPG-afbeelding (de editor doet dat vanzelf)`,
    );
  }
  const [width, height] = size;
  if (width < 1 || height < 1)
    return fail(`"${name}": de afbeelding heeft geen afmetingen (${width} × ${height})`);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return fail(
      `"${name}" is te groot in pixels (${width} × ${height}); hoogstens ${MAX_IMAGE_SIDE.toLocaleString('nl-BE')} pixels breed of hoog en ${MAX_IMAGE_PIXELS / 1_000_000} megapixel: maak de foto kleiner`,
    );
  }
  return { ok: true, info: { type, width, height } };
}

function fail(problem: string): Inspection {
  return { ok: false, problem };
}

const BROKEN = 'de afbeelding is beschadigd of onvolledig (opnieuw opslaan of kopiëren helpt meestal)';

/** IHDR right after the signature gives the size; the file must end with the IEND chunk. */
async function pngSize(source: ByteSource, head: Uint8Array): Promise<[number, number] | string> {
  if (head.length < 24 || u32be(head, 8) !== 13 || ascii(head, 12, 16) !== 'IHDR') return BROKEN;
  const tail = source.size >= 12 ? await source.read(source.size - 12, 12) : new Uint8Array();
  if (!PNG_IEND.every((b, i) => tail[i] === b)) {
    return 'de PNG-afbeelding houdt niet op waar een PNG moet ophouden (onvolledig, of er staat iets achter); sla de afbeelding opnieuw op';
  }
  return [u32be(head, 16), u32be(head, 20)];
}

/** Chunks of a PNG looked at before its image data; a real one has a handful. */
const MAX_PNG_CHUNKS = 1000;

/**
 * An animated PNG (APNG: an acTL chunk before the first IDAT) or WebP (VP8X with its animation
 * flag). An <img> plays it for ever: twenty frames a second all day, a tenth of a core in software.
 */
async function isAnimated(source: ByteSource, type: 'png' | 'webp', head: Uint8Array): Promise<boolean> {
  if (type === 'webp') return ascii(head, 12, 16) === 'VP8X' && ((head[20] ?? 0) & 0x02) !== 0;
  let pos = 8;
  for (let chunks = 0; chunks < MAX_PNG_CHUNKS && pos + 8 <= source.size; chunks++) {
    const header = await source.read(pos, 8);
    const kind = ascii(header, 4, 8);
    if (kind === 'acTL') return true;
    if (kind === 'IDAT' || kind === 'IEND') return false;
    pos += 12 + u32be(header, 0);
  }
  return false;
}

/** Walks the segments up to the frame header (SOFn), which holds height and width. */
async function jpegSize(source: ByteSource): Promise<[number, number] | string> {
  let pos = 2;
  for (let segments = 0; segments < MAX_JPEG_SEGMENTS && pos + 4 <= source.size; segments++) {
    const bytes = await source.read(pos, 9);
    if (bytes[0] !== 0xff) return BROKEN;
    const marker = bytes[1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return BROKEN; // end of image, or data, before any frame
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2; // markers without a length
      continue;
    }
    if (JPEG_FRAME_MARKERS.has(marker)) {
      if (bytes.length < 9) return BROKEN;
      return [u16be(bytes, 7), u16be(bytes, 5)];
    }
    pos += 2 + u16be(bytes, 2);
  }
  return BROKEN;
}

/** The RIFF size must be the file's size; VP8, VP8L and VP8X each keep the size differently. */
async function webpSize(source: ByteSource, head: Uint8Array): Promise<[number, number] | string> {
  if (head.length < 30) return BROKEN;
  if (u32le(head, 4) + 8 !== source.size) {
    return 'de WebP-afbeelding is niet zo lang als ze zegt (onvolledig, of er staat iets achter); sla de afbeelding opnieuw op';
  }
  switch (ascii(head, 12, 16)) {
    case 'VP8 ':
      if (head[23] !== 0x9d || head[24] !== 0x01 || head[25] !== 0x2a) return BROKEN;
      return [u16le(head, 26) & 0x3fff, u16le(head, 28) & 0x3fff];
    case 'VP8L': {
      if (head[20] !== 0x2f) return BROKEN;
      const bits = u32le(head, 21);
      return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
    }
    case 'VP8X':
      return [u24le(head, 24) + 1, u24le(head, 27) + 1];
    default:
      return BROKEN;
  }
}

function u16be(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}
function u32be(b: Uint8Array, at: number): number {
  return u16be(b, at) * 0x10000 + u16be(b, at + 2);
}
function u16le(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u24le(b: Uint8Array, at: number): number {
  return u16le(b, at) + (b[at + 2] ?? 0) * 0x10000;
}
function u32le(b: Uint8Array, at: number): number {
  return u24le(b, at) + (b[at + 3] ?? 0) * 0x1000000;
}
function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}
