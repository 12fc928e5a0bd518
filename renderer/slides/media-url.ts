/** URL of an image from the content folder, served by the handler under /media/. */

let resolver: ((path: string) => string) | null = null;

/**
 * Lets a host without the kiosk's handler supply image URLs: the staff editor's preview shows images
 * from the opened folder as object URLs. The kiosk never calls this.
 */
export function setMediaResolver(resolve: ((path: string) => string) | null): void {
  resolver = resolve;
}

/** "images/koffie en thee.png" → "/media/images/koffie%20en%20thee.png". */
export function mediaUrl(path: string): string {
  if (resolver) return resolver(path);
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`;
}
