/**
 * Where a publication may send the kiosk with a redirect: to https anywhere (a host moving to https,
 * a CDN), or to plain http on the update address's own origin. Never to file:, data: or other schemes,
 * never with a user name or password in it, and never to this machine or a link-local address (the
 * cloud metadata service at 169.254.169.254) unless the update address itself is one.
 */

/** Redirects followed per request; a loop ends here. */
export const MAX_REDIRECTS = 5;

export type RedirectVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/** Judges the `Location` of a redirect from `from`, for an update address with origin `origin`. */
export function judgeRedirect(location: string | null, from: URL, origin: URL): RedirectVerdict {
  if (location === null || location === '') return refuse('een doorverwijzing zonder adres');
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return refuse('een doorverwijzing naar een ongeldig adres');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return refuse(`een doorverwijzing naar een ${target.protocol}-adres`);
  }
  if (target.protocol === 'http:' && target.origin !== origin.origin) {
    return refuse('een doorverwijzing naar een ander adres zonder https');
  }
  if (target.username !== '' || target.password !== '') {
    return refuse('een doorverwijzing met een gebruikersnaam of wachtwoord erin');
  }
  const internal = internalKind(target.hostname);
  if (internal !== null && internal !== internalKind(origin.hostname)) {
    return refuse('een doorverwijzing naar een intern adres van deze computer of dit netwerk');
  }
  return { ok: true, url: target };
}

/**
 * `loopback` (this machine) or `link-local` (169.254.0.0/16, fe80::/10: where cloud metadata lives)
 * for such hosts, else null. The URL parser already turned 2130706433 and 0x7f.1 into 127.0.0.1.
 */
export function internalKind(hostname: string): 'loopback' | 'link-local' | null {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '::')
    return 'loopback';
  if (/^fe[89ab][0-9a-f]:/.test(host)) return 'link-local';
  let a: number;
  let b: number;
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(host); // ::ffff:7f00:1 is 127.0.0.1
  if (v4) [a, b] = [Number(v4[1]), Number(v4[2])];
  else if (mapped) [a, b] = [parseInt(mapped[1] ?? '0', 16) >> 8, parseInt(mapped[1] ?? '0', 16) & 0xff];
  else return null;
  if (a === 127 || a === 0) return 'loopback';
  return a === 169 && b === 254 ? 'link-local' : null;
}

function refuse(reason: string): RedirectVerdict {
  return { ok: false, reason };
}
