import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { internalKind, judgeRedirect } from '../../../../main/update/redirect-policy';
import { displayUrl, fileUrl, parseUpdateAddress } from '../../../../main/update/update-address';

describe('the update address', () => {
  it('always names a folder, so files resolve inside it', () => {
    const address = parseUpdateAddress('https://www.example.be/buurtkiosk');
    assert.equal(address?.base.href, 'https://www.example.be/buurtkiosk/');
    assert.ok(address);
    assert.equal(
      fileUrl(address, 'images/koffie.png').href,
      'https://www.example.be/buurtkiosk/images/koffie.png',
    );
  });

  it('escapes every path segment of a file, so "#" or "?" in a name stays part of the name', () => {
    const address = parseUpdateAddress('http://intranet.school.local/kiosk/');
    assert.ok(address);
    assert.equal(
      fileUrl(address, 'images/zomer #1?.jpg').href,
      'http://intranet.school.local/kiosk/images/zomer%20%231%3F.jpg',
    );
  });

  it('takes the user name and password out of the URL into an Authorization header', () => {
    const address = parseUpdateAddress(
      'https://AbCdShareToken:wacht%40woord@cloud.example.be/public.php/webdav/',
    );
    assert.ok(address);
    assert.equal(address.base.username, '');
    assert.equal(address.base.password, '');
    assert.equal(address.display, 'https://cloud.example.be/public.php/webdav/');
    assert.equal(
      address.authorization,
      `Basic ${Buffer.from('AbCdShareToken:wacht@woord').toString('base64')}`,
    );
    assert.doesNotMatch(JSON.stringify(address), /wacht/);
    assert.doesNotMatch(address.display, /AbCd/);
  });

  it('takes a "%" that starts no escape as itself, and never throws on one (it stopped the kiosk from starting)', () => {
    // Staff type the password as it is; the URL parser leaves such a "%" alone, decodeURIComponent threw.
    const address = parseUpdateAddress('https://token:wacht%woord@cloud.example.be/webdav/');
    assert.ok(address);
    assert.equal(address.authorization, `Basic ${Buffer.from('token:wacht%woord').toString('base64')}`);
    assert.equal(address.display, 'https://cloud.example.be/webdav/');
    // An escape that is no UTF-8 is sent as the byte it names, as curl and browsers do.
    const latin1 = parseUpdateAddress('https://caf%E9:pw@cloud.example.be/');
    assert.equal(
      latin1?.authorization,
      `Basic ${Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3a, 0x70, 0x77]).toString('base64')}`,
    );
  });

  for (const bad of [
    'ftp://example.be/kiosk/',
    'file:///home/kiosk/',
    'https://example.be/kiosk/?token=geheim',
    'https://example.be/kiosk/#deel',
    'javascript:alert(1)',
    'niet een adres',
  ]) {
    it(`refuses ${bad}`, () => assert.equal(parseUpdateAddress(bad), null));
  }

  it('shows a URL for the log without credentials, query or fragment', () => {
    assert.equal(
      displayUrl(new URL('https://u:p@cdn.example.be/x/y.json?X-Amz-Signature=abc#z')),
      'https://cdn.example.be/x/y.json?…',
    );
  });
});

describe('redirects a publication may make', () => {
  const origin = new URL('http://intranet.school.local/kiosk/');
  const from = new URL('http://intranet.school.local/kiosk/ondertekening.json');

  it('may go to https anywhere and to http on its own origin', () => {
    assert.ok(judgeRedirect('https://cdn.example.be/k/ondertekening.json', from, origin).ok);
    assert.ok(judgeRedirect('/nieuw/ondertekening.json', from, origin).ok);
  });

  for (const [what, location] of [
    ['http elsewhere', 'http://cdn.example.be/k/x'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.be/x'],
    ['link-local over https', 'https://169.254.169.254/latest/meta-data/'],
    ['link-local IPv6', 'https://[fe80::1]/x'],
    ['loopback over https', 'https://127.0.0.1:8377/api/status'],
    ['loopback as a number', 'https://2130706433/'],
    ['loopback mapped into IPv6', 'https://[::ffff:127.0.0.1]/'],
    ['localhost', 'https://localhost/'],
    ['localhost with its trailing dot', 'https://localhost./'],
    ['a name under localhost with a trailing dot', 'https://kiosk.localhost./'],
    ['loopback as an IPv4-compatible IPv6 address', 'https://[::127.0.0.1]/'],
    ['loopback through the NAT64 prefix', 'https://[64:ff9b::7f00:1]/'],
    ['link-local through the NAT64 prefix', 'https://[64:ff9b::169.254.169.254]/'],
  ] as const) {
    it(`may not go to ${what}`, () => assert.equal(judgeRedirect(location, from, origin).ok, false));
  }

  it('tells loopback, link-local and ordinary hosts apart', () => {
    assert.equal(internalKind('127.0.0.1'), 'loopback');
    assert.equal(internalKind('[::1]'), 'loopback');
    assert.equal(internalKind('[::ffff:a9fe:a9fe]'), 'link-local');
    assert.equal(internalKind('169.254.169.254'), 'link-local');
    assert.equal(internalKind('10.0.0.5'), null);
    assert.equal(internalKind('192.168.1.20'), null);
    assert.equal(internalKind('www.example.be'), null);
    assert.equal(internalKind('[2001:db8::7f00:1]'), null, 'an ordinary IPv6 address ending like 127.0.0.1');
    assert.equal(internalKind('[64:ff9b::a00:5]'), null, '10.0.0.5 through NAT64: not this machine');
    assert.equal(internalKind('[::]'), 'loopback');
    assert.equal(internalKind('[fe80::1]'), 'link-local');
    assert.equal(internalKind('[febf::1]'), 'link-local');
    assert.equal(internalKind('[fec0::1]'), null);
    assert.equal(internalKind('::ffff:127.0.0.1'), 'loopback', 'a dotted tail, as a raw name');
  });
});
