import { createHash } from 'node:crypto';

/** Hashes of the inline script and style index.html may run (written by the build). */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/**
 * The Content-Security-Policy of an HTML page: only our own scripts, styles, fonts and images, plus
 * the inline script and style whose hashes the build listed (index.html's ICU warm-up and app.css).
 */
export function contentSecurityPolicy(inline: InlineHashes = NO_INLINE): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline.scripts].join(' '),
    ["style-src 'self'", ...inline.styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `'sha256-…'` of an inline script's or style's text, as a CSP source. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy of a page without inline code. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Headers every response carries. No Access-Control-* header is ever sent (no other origin may read
 * an answer), and Cross-Origin-Resource-Policy keeps another site from even embedding one (an
 * `<img src="http://127.0.0.1:8377/media/…">` on a web page).
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
