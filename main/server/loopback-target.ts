/**
 * Which requests the browser host answers at all. It listens on 127.0.0.1, but a page on any site can
 * make the browser send requests there, and with DNS rebinding (evil.example resolving to 127.0.0.1)
 * read the answers as its own. The Host header is what tells them apart: only this machine's
 * loopback names with our port are answered (421 otherwise).
 */

/** The Host values a browser sends for our own pages; bare names only on port 80, where it omits it. */
export function loopbackHosts(port: number): ReadonlySet<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return new Set([...names.map((n) => `${n}:${port}`), ...(port === 80 ? names : [])]);
}

/** What node:http gives us of a request line and its headers. */
export interface RequestHead {
  /** The request target as sent: `/path?query`, or an absolute URL. */
  target: string;
  /** Every Host header value, in order. */
  hosts: readonly string[];
}

/** The URL to hand the handler, or the status that refuses the request. */
export type TargetCheck = { ok: true; url: string } | { ok: false; status: 400 | 421 };

/**
 * Checks the Host header (or, for an absolute URL in the request line, its authority, which then
 * replaces the Host header: RFC 9112 §3.2.2) against `allowed`. Two Host headers are a 400, as the
 * RFC says, since two parts of a chain could each believe another one.
 */
export function checkRequestTarget(head: RequestHead, allowed: ReadonlySet<string>): TargetCheck {
  if (head.hosts.length > 1) return { ok: false, status: 400 };
  let url: URL;
  if (head.target.startsWith('/')) {
    const host = (head.hosts[0] ?? '').toLowerCase();
    if (!allowed.has(host)) return { ok: false, status: 421 };
    // Concatenated, not resolved against a base: `//evil.example/x` stays a path on our host.
    url = new URL(`http://${host}${head.target}`);
  } else if (/^http:\/\//i.test(head.target)) {
    try {
      url = new URL(head.target);
    } catch {
      return { ok: false, status: 400 };
    }
    if (!allowed.has(url.host) || url.username !== '' || url.password !== '')
      return { ok: false, status: 421 };
  } else {
    // `*`, an authority (CONNECT), another scheme or a relative path: nothing we serve.
    return { ok: false, status: 400 };
  }
  return { ok: true, url: url.href };
}
