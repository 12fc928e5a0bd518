/** Size caps for what is read from a stick: a public USB port may get anything plugged in. */
export { MAX_CONTENT_BYTES } from '../content/load-content';

export { MAX_IMAGE_BYTES, MAX_TOTAL_BYTES } from '../../core/import/image-verdict';
/** A signature file is 88 characters of base64; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 4096;
export { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../../core/import/image-bytes';
/** ondertekening.json: one line per file, thousands of images at most. */
export const MAX_SIGNED_MANIFEST_BYTES = 2 * 1024 * 1024;
