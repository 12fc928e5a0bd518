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
 * for such hosts, else null. The URL parser already turned 2130706433 and 0x7f.1 into 127.0.0.1; a
 * trailing dot ("localhost.") names the same host, and an IPv6 address can carry an IPv4 one in its
 * last 32 bits (mapped ::ffff:, compatible ::, NAT64 64:ff9b::).
 */
export function internalKind(hostname: string): 'loopback' | 'link-local' | null {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) return ipv4Kind(Number(v4[1]), Number(v4[2]));
  const groups = host.includes(':') ? ipv6Groups(host) : null;
  if (groups === null) return null;
  if (groups.every((g) => g === 0) || (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1))
    return 'loopback'; // :: and ::1
  if ((groups[0]! & 0xffc0) === 0xfe80) return 'link-local';
  const prefix = groups.slice(0, 6).join(':');
  if (prefix === '0:0:0:0:0:65535' || prefix === '0:0:0:0:0:0' || prefix === '100:65435:0:0:0:0') {
    return ipv4Kind(groups[6]! >> 8, groups[6]! & 0xff);
  }
  return null;
}

function ipv4Kind(a: number, b: number): 'loopback' | 'link-local' | null {
  if (a === 127 || a === 0) return 'loopback';
  return a === 169 && b === 254 ? 'link-local' : null;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail too), or null. */
function ipv6Groups(address: string): number[] | null {
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const host = dotted
    ? `${dotted[1]}${((Number(dotted[2]) << 8) | Number(dotted[3])).toString(16)}:${((Number(dotted[4]) << 8) | Number(dotted[5])).toString(16)}`
    : address;
  const halves = host.split('::');
  if (halves.length > 2) return null;
  const part = (text: string | undefined) => (text ? text.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => parseInt(g, 16));
}

function refuse(reason: string): RedirectVerdict {
  return { ok: false, reason };
}
