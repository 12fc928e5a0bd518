/**
 * Checks every image content.json names, before anything is copied: not in a folder named like one
 * of the kiosk's own files (core/import/own-files.ts), present inside the folder, a regular file, a
 * real PNG/JPEG/WebP whose bytes match its name and whose size in pixels is sane, within the size
 * caps, and (for signed content) listed in the signed manifest. One problem per place.
 */
import { lineOfPath } from '../../core/content/locate';
import { formatPath, type Problem } from '../../core/content/problem';
import type { ImageRef } from '../../core/import/image-refs';
import { ownFileVerdict } from '../../core/import/own-files';
import { SIGNED_MANIFEST_FILE, type SignedManifest } from '../../core/import/signed-manifest';
import type { DeviceGuard } from '../usb/device-guard';
import { openRegular, resolveInside } from './folder-files';
import { inspectImage } from '../../core/import/image-bytes';
import type { ImageType } from '../../core/import/image-type';
import {
  imageSizeVerdict,
  missingImageVerdict,
  totalSizeVerdict,
  type Medium,
} from '../../core/import/image-verdict';

/** An image that passed: where it is on the stick, how big, and (signed) the hash it must have. */
export interface CheckedImage {
  file: string;
  real: string;
  size: number;
  type: ImageType;
  /** From the signed manifest: the bytes copied must hash to this. */
  sha256?: string;
}

export interface ImageCheck {
  images: CheckedImage[];
  problems: Problem[];
}

/** Where the images are read and what they must match. */
export interface ImageSource {
  rootReal: string;
  guard: DeviceGuard;
  medium: Medium;
  /** The verified manifest when the device requires signing. */
  signed: SignedManifest | null;
}

/**
 * `text` is the content.json text (for line numbers); refs whose place already has a validation
 * problem are skipped, so a bad file name is reported once.
 */
export async function checkImages(
  source: ImageSource,
  text: string,
  refs: ImageRef[],
  alreadyReported: ReadonlySet<string>,
): Promise<ImageCheck> {
  const problems: Problem[] = [];
  const images = new Map<string, CheckedImage>();
  const verdicts = new Map<string, string | null>();
  for (const ref of refs) {
    const place = formatPath(ref.steps);
    if (alreadyReported.has(place)) continue;
    let verdict = verdicts.get(ref.file);
    if (verdict === undefined) {
      verdict = await checkOne(source, ref.file, images);
      verdicts.set(ref.file, verdict);
    }
    if (verdict !== null) {
      // The line is where content.json names the photo; the fix may as well be the photo itself.
      const line = lineOfPath(text, ref.steps);
      const problem: Problem = { path: place, message: verdict, file: ref.file };
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }
  const total = [...images.values()].reduce((sum, i) => sum + i.size, 0);
  const tooBig = totalSizeVerdict(total);
  if (tooBig !== null) problems.push({ path: '', message: tooBig });
  return { images: [...images.values()], problems };
}

/** Null when the image is fine (and recorded in `images`), else the Dutch problem. */
async function checkOne(
  source: ImageSource,
  file: string,
  images: Map<string, CheckedImage>,
): Promise<string | null> {
  // Before the disk is asked: such a folder would stand where the store writes its own file.
  const own = ownFileVerdict(file);
  if (own !== null) return own;
  const found = await resolveInside(source.rootReal, file, source.guard);
  if (!found.ok) return missingImageVerdict(file, found.reason, source.medium);
  const tooBig = imageSizeVerdict(file, found.size);
  if (tooBig !== null) return tooBig;
  const listed = source.signed?.files.find((f) => f.path === file);
  if (source.signed && !listed) {
    return `afbeelding "${file}" staat niet in ${SIGNED_MANIFEST_FILE}: ze is na het ondertekenen toegevoegd; onderteken de map opnieuw`;
  }
  if (listed && listed.size !== found.size) {
    return `afbeelding "${file}" is veranderd na het ondertekenen; zet de ondertekende foto terug of onderteken de map opnieuw`;
  }
  const handle = await openRegular(found.real, source.guard).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === 'ENOTREG') return null;
    throw err;
  });
  if (handle === null) return `afbeelding "${file}" is geen gewoon bestand; zet er een echte foto`;
  try {
    const inspected = await inspectImage(handle, file);
    if (!inspected.ok) return inspected.problem;
    images.set(file, {
      file,
      real: found.real,
      size: found.size,
      type: inspected.info.type,
      ...(listed ? { sha256: listed.sha256 } : {}),
    });
    return null;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
