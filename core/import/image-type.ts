/**
 * Tells real PNG, JPEG and WebP images from everything else by their first bytes, whatever the file
 * is called. SVG is refused on purpose: it is a document that can carry script.
 */

export type ImageType = 'png' | 'jpeg' | 'webp';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type of these leading bytes, or null. */
export function detectImageType(head: Uint8Array): ImageType | null {
  if (PNG.every((b, i) => head[i] === b)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  return null;
}

/** What a non-image file seems to be, in Dutch, for the message to staff. */
export function describeNonImage(head: Uint8Array): string {
  const start = ascii(head, 0, head.length).trimStart().toLowerCase();
  if (start.startsWith('<svg') || start.startsWith('<?xml')) return 'een SVG-tekening (niet toegestaan)';
  if (head.length === 0) return 'een leeg bestand';
  if (ascii(head, 0, 4) === 'GIF8') return 'een GIF-afbeelding (niet toegestaan)';
  if (ascii(head, 4, 12).startsWith('ftyp')) return 'een HEIC-foto van een telefoon (niet toegestaan)';
  if (ascii(head, 0, 4) === '%PDF') return 'een PDF-bestand';
  if (head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f) || b >= 0x80)) {
    return 'een tekstbestand';
  }
  return 'een ander soort bestand';
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}
