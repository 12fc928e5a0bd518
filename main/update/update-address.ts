/**
 * The update address from config.json, taken apart once: the folder URL files are fetched from
 * (always ending in "/", never carrying a user name or password), the credentials as an
 * Authorization header (a Nextcloud share needs them; fetch() refuses URLs that carry them), and the
 * address as staff and logs may see it, without credentials.
 */

export interface UpdateAddress {
  /** The publication's folder, e.g. https://www.example.be/buurtkiosk/ (no user info). */
  base: URL;
  /** "Basic …" from the user info in the configured address; sent only to `base`'s own origin. */
  authorization: string | null;
  /** The address without user name or password: the only form that is ever logged or shown. */
  display: string;
}

/** Parses an address; null when it is not an http(s) address of a folder (no query, no fragment). */
export function parseUpdateAddress(text: string): UpdateAddress | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    return null;
  }
  const authorization =
    url.username !== '' || url.password !== ''
      ? `Basic ${Buffer.concat([percentDecode(url.username), Buffer.from(':'), percentDecode(url.password)]).toString('base64')}`
      : null;
  url.username = '';
  url.password = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { base: url, authorization, display: url.href };
}

/**
 * The bytes of a user name or password as the URL standard percent-decodes them: "%40" is "@", and a
 * "%" not followed by two hex digits stays itself. decodeURIComponent threw on such a "%"
 * ("wacht%woord") or on an escape that is no UTF-8 ("%E9"), which config.json lets through, and
 * that throw kept the kiosk from starting.
 */
function percentDecode(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes.subarray(i + 1, i + 3).toString('latin1');
    if (bytes[i] === 0x25 && /^[0-9a-f]{2}$/i.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out.push(bytes[i] ?? 0);
    }
  }
  return Buffer.from(out);
}

/** The URL of a file of the publication ("images/koffie.png"), every path segment escaped. */
export function fileUrl(address: UpdateAddress, relativePath: string): URL {
  const escaped = relativePath.split('/').map(encodeURIComponent).join('/');
  return new URL(escaped, address.base);
}

/** A URL as it may appear in logs: without user name, password, query or fragment. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  const hidden = shown.search !== '' || shown.hash !== '';
  shown.search = '';
  shown.hash = '';
  return hidden ? `${shown.href}?…` : shown.href;
}
