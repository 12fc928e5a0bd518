/**
 * Checks every image content.json names, before anything is copied: present inside the folder, a
 * regular file, a real PNG/JPEG/WebP by its bytes, within the size caps. One problem per place.
 */
import { lineOfPath } from '../../core/content/locate';
import { formatPath, type Problem } from '../../core/content/problem';
import type { ImageRef } from '../../core/import/image-refs';
import { describeNonImage, detectImageType, IMAGE_SNIFF_BYTES } from './image-type';
import { readHead, resolveInside } from './folder-files';
import { MAX_IMAGE_BYTES, MAX_TOTAL_BYTES } from './limits';

/** An image that passed: where it is on the stick and how big. */
export interface CheckedImage {
  file: string;
  real: string;
  size: number;
}

export interface ImageCheck {
  images: CheckedImage[];
  problems: Problem[];
}

/** "op de stick" for USB, "in de map" for a folder import: words staff recognise. */
export type Medium = 'stick' | 'folder';

/**
 * `text` is the content.json text (for line numbers); refs whose place already has a validation
 * problem are skipped, so a bad file name is reported once.
 */
export async function checkImages(
  rootReal: string,
  text: string,
  refs: ImageRef[],
  alreadyReported: ReadonlySet<string>,
  medium: Medium,
): Promise<ImageCheck> {
  const where = medium === 'stick' ? 'op de stick' : 'in de map';
  const problems: Problem[] = [];
  const images = new Map<string, CheckedImage>();
  const verdicts = new Map<string, string | null>();
  for (const ref of refs) {
    const place = formatPath(ref.steps);
    if (alreadyReported.has(place)) continue;
    let verdict = verdicts.get(ref.file);
    if (verdict === undefined) {
      verdict = await checkOne(rootReal, ref.file, where, images);
      verdicts.set(ref.file, verdict);
    }
    if (verdict !== null) {
      const line = lineOfPath(text, ref.steps);
      problems.push(
        line === undefined ? { path: place, message: verdict } : { path: place, message: verdict, line },
      );
    }
  }
  const total = [...images.values()].reduce((sum, i) => sum + i.size, 0);
  if (total > MAX_TOTAL_BYTES) {
    problems.push({
      path: '',
      message: `alle afbeeldingen samen zijn te groot (${megabytes(total)}, hoogstens ${megabytes(MAX_TOTAL_BYTES)}); maak de foto's kleiner`,
    });
  }
  return { images: [...images.values()], problems };
}

/** Null when the image is fine (and recorded in `images`), else the Dutch problem. */
async function checkOne(
  rootReal: string,
  file: string,
  where: string,
  images: Map<string, CheckedImage>,
): Promise<string | null> {
  const found = await resolveInside(rootReal, file);
  if (!found.ok) {
    switch (found.reason) {
      case 'bad-name':
        return `afbeelding "${file}": gebruik een naam in de map buurtkiosk, bv. "images/koffie.jpg" (geen .. of / vooraan)`;
      case 'missing':
        return `afbeelding "${file}" niet gevonden ${where}`;
      case 'outside':
        return `afbeelding "${file}" verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map`;
      case 'not-a-file':
        return `afbeelding "${file}" is geen bestand (een map?)`;
    }
  }
  if (found.size > MAX_IMAGE_BYTES) {
    return `afbeelding "${file}" is te groot (${megabytes(found.size)}, hoogstens ${megabytes(MAX_IMAGE_BYTES)}); maak de foto kleiner`;
  }
  const head = await readHead(found.real, IMAGE_SNIFF_BYTES);
  if (detectImageType(head) === null) {
    return `"${file}" is geen echte afbeelding maar ${describeNonImage(head)}; gebruik een PNG-, JPG- of WebP-bestand`;
  }
  images.set(file, { file, real: found.real, size: found.size });
  return null;
}

/** "12,3 MB" in Belgian notation. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb.toLocaleString('nl-BE', { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}
