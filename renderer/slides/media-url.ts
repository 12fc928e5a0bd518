/** URL of an image from the content folder, served by the handler under /media/. */

/** "images/koffie en thee.png" → "/media/images/koffie%20en%20thee.png". */
export function mediaUrl(path: string): string {
  return `/media/${path.split('/').map(encodeURIComponent).join('/')}`;
}
