/**
 * Makes a photo fit for the stick, in the browser: at most 1920 px on the long side and re-encoded as
 * JPEG (quality 0.85), so a 12 MB phone photo becomes a few hundred KB. A small PNG, JPEG or WebP
 * that already fits is kept as it is (re-encoding would only lose quality).
 */
import { fitWithin } from '../../core/editor/image-name';
import { bufferSource, inspectImage } from '../../core/import/image-bytes';

/** The bytes to save and their type and size. */
export interface PreparedImage {
  blob: Blob;
  extension: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
}

const KEEP: Readonly<Record<string, PreparedImage['extension']>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
/** Files up to this size that need no scaling are kept byte for byte. */
const KEEP_MAX_BYTES = 1_000_000;
const QUALITY = 0.85;

/** Thrown when the browser cannot read the file as an image (e.g. HEIC on most browsers). */
export class UnreadableImageError extends Error {}

/** Reads, scales and re-encodes `file`. */
export async function prepareImage(file: Blob): Promise<PreparedImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UnreadableImageError('unreadable image');
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const keep = KEEP[file.type];
    if (keep && size.width === bitmap.width && file.size <= KEEP_MAX_BYTES && (await passes(file, keep))) {
      return { blob: file, extension: keep, ...size };
    }
    return { blob: await encodeJpeg(bitmap, size.width, size.height), extension: 'jpg', ...size };
  } finally {
    bitmap.close();
  }
}

/** Whether the importer takes `file` as it is under a name ending in `.extension` (a PNG called .jpg: no). */
async function passes(file: Blob, extension: string): Promise<boolean> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return (await inspectImage(bufferSource(bytes), `foto.${extension}`)).ok;
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'), bitmap, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'), bitmap, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), 'image/jpeg', QUALITY),
  );
}

function draw(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null,
  bitmap: ImageBitmap,
  width: number,
  height: number,
): void {
  if (!ctx) throw new Error('no 2d canvas');
  // JPEG has no transparency: a transparent PNG goes on white, not black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
}
