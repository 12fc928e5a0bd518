/** Size caps for what is read from a stick: a public USB port may get anything plugged in. */
export { MAX_CONTENT_BYTES } from '../content/load-content';

/** One image: 10 MB is a large phone photo. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All images of one import together. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** A signature file is 88 characters of base64; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 4096;
/** Width or height of one image: larger photos only cost the screen memory when decoded. */
export const MAX_IMAGE_SIDE = 10_000;
/** Pixels of one image (40 megapixels decode to 160 MB): a small file can unpack into gigabytes. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** ondertekening.json: one line per file, thousands of images at most. */
export const MAX_SIGNED_MANIFEST_BYTES = 2 * 1024 * 1024;
