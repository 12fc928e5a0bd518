/**
 * Whether an image content.json names can be used, in the words staff read from the importer and
 * the editor alike: present in the folder, a real PNG/JPEG/WebP by its bytes, not too big.
 */
import { describeNonImage, detectImageType } from './image-type';

/** One image: 10 MB is a large phone photo. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All images of one import together. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** "op de stick" for USB, "in de map" for a folder: words staff recognise. */
export type Medium = 'stick' | 'folder';

/** What was found for an image name. */
export type ImageFacts =
  | { kind: 'bad-name' | 'missing' | 'outside' | 'not-a-file' }
  /** A regular file: its size and first bytes. */
  | { kind: 'file'; size: number; head: Uint8Array };

/** Null when the image can be used, else the Dutch problem. */
export function imageVerdict(file: string, facts: ImageFacts, medium: Medium): string | null {
  switch (facts.kind) {
    case 'bad-name':
      return `afbeelding "${file}": gebruik een naam in de map buurtkiosk, bv. "images/koffie.jpg" (geen .. of / vooraan)`;
    case 'missing':
      return `afbeelding "${file}" niet gevonden ${medium === 'stick' ? 'op de stick' : 'in de map'}`;
    case 'outside':
      return `afbeelding "${file}" verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map`;
    case 'not-a-file':
      return `afbeelding "${file}" is geen bestand (een map?)`;
    case 'file':
      if (facts.size > MAX_IMAGE_BYTES) {
        return `afbeelding "${file}" is te groot (${megabytes(facts.size)}, hoogstens ${megabytes(MAX_IMAGE_BYTES)}); maak de foto kleiner`;
      }
      if (detectImageType(facts.head) === null) {
        return `"${file}" is geen echte afbeelding maar ${describeNonImage(facts.head)}; gebruik een PNG-, JPG- of WebP-bestand`;
      }
      return null;
  }
}

/** The problem when all images together are too big, else null. */
export function totalSizeVerdict(total: number): string | null {
  return total > MAX_TOTAL_BYTES
    ? `alle afbeeldingen samen zijn te groot (${megabytes(total)}, hoogstens ${megabytes(MAX_TOTAL_BYTES)}); maak de foto's kleiner`
    : null;
}

/** "12,3 MB" in Belgian notation. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb.toLocaleString('nl-BE', { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}
