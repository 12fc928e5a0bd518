/** A link as people read it aloud: no scheme, no "www.", no trailing slash. */

/** "https://www.facebook.com/profile.php?id=1" → "facebook.com/profile.php?id=1". */
export function readableUrl(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}
