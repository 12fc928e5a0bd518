/**
 * Proves an image is what its name says before the screen ever decodes it: the magic bytes match the
 * extension (a PNG named .webp would be served as image/webp), the header parses, the dimensions are
 * within limits (a 10 MB PNG can unpack into gigabytes), and PNG and WebP end where their format says.
 * A JPEG's image data must reach its end marker, but it may carry data after it: phones append
 * motion-photo videos there, and it is served as image/jpeg with nosniff, so it is never read as
 * anything else. Only a few bytes are read, at offsets, except where a JPEG's end marker is sought.
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
/** A JPEG's segments before its image data (SOS); a real one has a dozen or so. */
const MAX_JPEG_SEGMENTS = 1000;
/** Bytes read at a time while looking for a JPEG's end marker: a stick's read each has a deadline. */
const JPEG_CHUNK_BYTES = 64 * 1024;
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

/**
 * The size from the frame header (SOFn), if the image data that follows SOS reaches the end-of-image
 * marker: a JPEG cut short, or whose data a stick pulled out while copying left as zeros, decodes
 * without complaint to a grey or half-drawn photo.
 */
async function jpegSize(source: ByteSource): Promise<[number, number] | string> {
  const headers = await jpegHeaders(source);
  if (typeof headers === 'string') return headers;
  return (await hasJpegEnd(source, headers.scan)) ? headers.size : BROKEN;
}

/**
 * Walks the segments by their lengths up to the first start of scan (SOS), noting the frame header on
 * the way; `scan` is where the image data begins. An EXIF thumbnail, a whole JPEG with its own end
 * marker, sits inside an APP1 segment and is skipped with it.
 */
async function jpegHeaders(source: ByteSource): Promise<{ size: [number, number]; scan: number } | string> {
  let size: [number, number] | null = null;
  let pos = 2;
  for (let segments = 0; segments < MAX_JPEG_SEGMENTS && pos + 4 <= source.size; segments++) {
    const bytes = await source.read(pos, 9);
    if (bytes[0] !== 0xff) return BROKEN;
    const marker = bytes[1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd9) return BROKEN; // end of image before any image data
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2; // markers without a length
      continue;
    }
    const length = u16be(bytes, 2);
    if (length < 2) return BROKEN; // the length counts its own two bytes
    if (marker === 0xda) return size === null ? BROKEN : { size, scan: pos + 2 + length };
    if (JPEG_FRAME_MARKERS.has(marker) && size === null) {
      if (bytes.length < 9) return BROKEN;
      size = [u16be(bytes, 7), u16be(bytes, 5)];
    }
    pos += 2 + length;
  }
  return BROKEN;
}

/**
 * Whether the bytes from `scan` on hold the end-of-image marker FF D9. In image data a real FF is
 * followed by 00 or a restart marker (D0-D7), so FF D9 there is the end, also after the later scans
 * of a progressive JPEG. Only whether it is there counts, so the file is read from its end back: the
 * marker is normally in the last bytes, and a phone photo on a slow stick costs one read, not all of
 * them. A motion photo's video after the marker, or image data cut short or left as zeros, is read
 * through; the chunks overlap by a byte, so an FF ending one and the D9 starting the next are seen.
 */
async function hasJpegEnd(source: ByteSource, scan: number): Promise<boolean> {
  for (let end = source.size; end - scan >= 2;) {
    const start = Math.max(scan, end - JPEG_CHUNK_BYTES);
    if (holdsJpegEnd(await source.read(start, end - start))) return true;
    end = start + 1;
  }
  return false;
}

/** Whether FF D9 occurs in `bytes`. */
function holdsJpegEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xff); i !== -1; i = bytes.indexOf(0xff, i + 1)) {
    if (bytes[i + 1] === 0xd9) return true;
  }
  return false;
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
