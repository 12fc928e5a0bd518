/**
 * The image check on bytes lives in core/ (the editor runs the same one in the browser); the importer
 * feeds it an open file on the stick or a buffer already copied.
 */
export {
  bufferSource,
  inspectImage,
  type ByteSource,
  type ImageInfo,
  type Inspection,
} from '../../core/import/image-bytes';
