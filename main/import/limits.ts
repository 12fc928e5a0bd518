/** Size caps for what is read from a stick: a public USB port may get anything plugged in. */
export { MAX_CONTENT_BYTES } from '../content/load-content';

/** One image: 10 MB is a large phone photo. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All images of one import together. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** A signature file is 88 characters of base64; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 4096;
