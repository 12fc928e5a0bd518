/**
 * The import benchmark's large stick: 200 activities, 20 of them with their own photo of about
 * 300 KB (real PNGs of noise, which do not compress), dated from today on so they all show.
 */
import { randomBytes } from 'node:crypto';
import { PNG } from 'pngjs';
import type { ContentInput } from '../../core/content/schema';
import { largeContent } from './content';

export const LARGE_STICK_ACTIVITIES = 200;
export const LARGE_STICK_IMAGES = 20;
/** 280 × 280 RGBA noise: about 300 KB as PNG. */
const SIDE = 280;

let photos: Buffer[] | null = null;

/** Twenty different noise PNGs, made once per process. */
function noisePhotos(): Buffer[] {
  photos ??= Array.from({ length: LARGE_STICK_IMAGES }, () => {
    const png = new PNG({ width: SIDE, height: SIDE });
    randomBytes(SIDE * SIDE * 4).copy(png.data);
    return PNG.sync.write(png);
  });
  return photos;
}

/** content.json and the image files of the large stick (paths inside buurtkiosk/). */
export function largeStick(now: number): { content: ContentInput; files: Record<string, Uint8Array> } {
  const content = largeContent(now, LARGE_STICK_ACTIVITIES, 0);
  const files: Record<string, Uint8Array> = {};
  noisePhotos().forEach((photo, i) => {
    const name = `images/foto-${String(i + 1).padStart(2, '0')}.png`;
    files[name] = photo;
    content.activities![i * (LARGE_STICK_ACTIVITIES / LARGE_STICK_IMAGES)]!.image = name;
  });
  return { content, files };
}
