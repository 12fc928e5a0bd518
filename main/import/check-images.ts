/**
 * Checks every image content.json names, before anything is copied: present inside the folder, a
 * regular file, a real PNG/JPEG/WebP by its bytes, within the size caps. One problem per place.
 */
import { lineOfPath } from '../../core/content/locate';
import { formatPath, type Problem } from '../../core/content/problem';
import type { ImageRef } from '../../core/import/image-refs';
import { IMAGE_SNIFF_BYTES } from '../../core/import/image-type';
import {
  imageVerdict,
  totalSizeVerdict,
  type ImageFacts,
  type Medium,
} from '../../core/import/image-verdict';
import { readHead, resolveInside } from './folder-files';

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
  const problems: Problem[] = [];
  const images = new Map<string, CheckedImage>();
  const verdicts = new Map<string, string | null>();
  for (const ref of refs) {
    const place = formatPath(ref.steps);
    if (alreadyReported.has(place)) continue;
    let verdict = verdicts.get(ref.file);
    if (verdict === undefined) {
      verdict = await checkOne(rootReal, ref.file, medium, images);
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
  const tooBig = totalSizeVerdict(total);
  if (tooBig !== null) problems.push({ path: '', message: tooBig });
  return { images: [...images.values()], problems };
}

/** Null when the image is fine (and recorded in `images`), else the Dutch problem. */
async function checkOne(
  rootReal: string,
  file: string,
  medium: Medium,
  images: Map<string, CheckedImage>,
): Promise<string | null> {
  const found = await resolveInside(rootReal, file);
  const facts: ImageFacts = found.ok
    ? { kind: 'file', size: found.size, head: await readHead(found.real, IMAGE_SNIFF_BYTES) }
    : { kind: found.reason };
  const verdict = imageVerdict(file, facts, medium);
  if (verdict === null && found.ok) images.set(file, { file, real: found.real, size: found.size });
  return verdict;
}
