/**
 * Whether an image content.json names can be used, in the words staff read from the importer and
 * the editor alike: not in a folder named like one of the kiosk's own files (own-files.ts), present
 * in the folder, not too big, a real PNG/JPEG/WebP whose bytes match its name, of a sane size in
 * pixels and complete (see image-bytes.ts).
 */
import { bufferSource, inspectImage, type Inspection } from './image-bytes';
import { ownFileVerdict } from './own-files';

/** One image: 10 MB is a large phone photo. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All images of one import together. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** Where content comes from: a USB stick, a folder (`buurtkiosk import`, the editor), or a web address. */
export type Medium = 'stick' | 'folder' | 'network';

/** "op de stick" for USB, "in de map" for a folder: words staff recognise. */
const WHERE: Readonly<Record<Medium, string>> = {
  stick: 'op de stick',
  folder: 'in de map',
  network: 'in de publicatie',
};

/** Why an image name leads to no usable file. */
export type MissingImage = 'bad-name' | 'missing' | 'outside' | 'not-a-file' | 'special';

/** What was found for an image name. */
export type ImageFacts =
  | { kind: MissingImage }
  /** A regular file: its size and what its bytes are (null: not read, being over the size cap). */
  | { kind: 'file'; size: number; inspection: Inspection | null };

/** Null when the image can be used, else the Dutch problem. */
export function imageVerdict(file: string, facts: ImageFacts, medium: Medium): string | null {
  const own = ownFileVerdict(file);
  if (own !== null) return own;
  if (facts.kind !== 'file') return missingImageVerdict(file, facts.kind, medium);
  const tooBig = imageSizeVerdict(file, facts.size);
  if (tooBig !== null) return tooBig;
  return facts.inspection?.ok === false ? facts.inspection.problem : null;
}

/**
 * The facts of the regular file `file` of `size` bytes, checked as the importer checks it. `read`
 * gives all its bytes; it is not called for a file over the size cap (nor when null: no bytes at hand).
 */
export async function fileFacts(
  file: string,
  size: number,
  read: (() => Promise<Uint8Array>) | null,
): Promise<ImageFacts> {
  if (read === null || size > MAX_IMAGE_BYTES) return { kind: 'file', size, inspection: null };
  const bytes = await read();
  return { kind: 'file', size: bytes.length, inspection: await inspectImage(bufferSource(bytes), file) };
}

/** Why no file could be used for an image name, in Dutch. */
export function missingImageVerdict(file: string, why: MissingImage, medium: Medium): string {
  switch (why) {
    case 'bad-name':
      return `afbeelding "${file}": gebruik een naam in de map buurtkiosk, bv. "images/koffie.jpg" (geen .. of / vooraan)`;
    case 'missing':
      return `afbeelding "${file}" niet gevonden ${WHERE[medium]}`;
    case 'outside':
      return `afbeelding "${file}" verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map`;
    case 'not-a-file':
      return `afbeelding "${file}" is geen bestand (een map?)`;
    case 'special':
      return `afbeelding "${file}" is geen gewoon bestand (een apparaat, FIFO of socket); zet er een echte foto`;
  }
}

/** The problem when one image is over the size cap, else null. */
export function imageSizeVerdict(file: string, size: number): string | null {
  return size > MAX_IMAGE_BYTES
    ? `afbeelding "${file}" is te groot (${megabytes(size)}, hoogstens ${megabytes(MAX_IMAGE_BYTES)}); maak de foto kleiner`
    : null;
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
