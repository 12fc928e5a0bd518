/**
 * A URL path as the names it is made of, decoded once. A path that cannot name a file here is
 * refused as a whole rather than cleaned up: a broken escape (`/%`, `%zz`, invalid UTF-8), an encoded
 * separator (`..%2f`, `%5c`), a NUL byte, an empty segment or a dot segment left after decoding.
 * (Plain and `%2e` dot segments are already resolved by the URL parser, inside the path.)
 */

/** `/media/images/koffie.png` → `['media', 'images', 'koffie.png']`; `/` → `[]`; null when refused. */
export function pathSegments(pathname: string): string[] | null {
  if (!pathname.startsWith('/')) return null;
  if (pathname === '/') return [];
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) return null;
    segments.push(name);
  }
  return segments;
}
