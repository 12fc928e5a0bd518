/** URL of an image from the content folder, served by the handler under /media/. */

let resolver: ((path: string) => string) | null = null;
let contentVersion = '';

/**
 * Lets a host without the kiosk's handler supply image URLs: the staff editor's preview shows images
 * from the opened folder as object URLs. The kiosk never calls this.
 */
export function setMediaResolver(resolve: ((path: string) => string) | null): void {
  resolver = resolve;
}

/**
 * The content version the images on screen belong to (the payload's `version`: for imported
 * content a hash over content.json and every image). A photo replaced under the same name makes a new version, and its
 * URL must change with it: a page keeps the picture it loaded for a URL in its list of available
 * images, which no cache header reaches, so without this the old poster stayed on screen for as long
 * as the page did, weeks on a kiosk.
 */
export function useMediaVersion(version: string): void {
  contentVersion = version;
}

/** "images/koffie en thee.png" → "/media/images/koffie%20en%20thee.png?v=<content version>". */
export function mediaUrl(path: string): string {
  if (resolver) return resolver(path);
  const url = `/media/${path.split('/').map(encodeURIComponent).join('/')}`;
  return contentVersion === '' ? url : `${url}?v=${encodeURIComponent(contentVersion)}`;
}
