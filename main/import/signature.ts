/**
 * ed25519 for signed content: reading the device's public key in the forms people paste, signing, and
 * verifying a base64 signature over exact bytes (ondertekening.sig over ondertekening.json).
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Parses a public key given as PEM, base64 of the 32 raw bytes, or base64 of the SPKI DER. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.startsWith('-----BEGIN')) {
    key = createPublicKey(trimmed);
  } else {
    const der = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64');
    if (der.length === 32)
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, der]), format: 'der', type: 'spki' });
    else key = createPublicKey({ key: der, format: 'der', type: 'spki' });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('signing key is not an ed25519 key');
  if (isWeakPublicKey(key.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length)))
    throw new WeakKeyError();
  return key;
}

/** A public key anyone can sign for: a placeholder ("AAAA…="), the identity, another point of small order. */
export class WeakKeyError extends Error {
  constructor() {
    super('signing key is a point of small order or not canonical: anyone could sign for it');
  }
}

/**
 * The encodings of ed25519's eight points of small order (top bit, x's sign, cleared), as libsodium's
 * blocklist has them: for such a key a signature of fixed bytes verifies over (nearly) any message, and
 * OpenSSL does not refuse it. Placeholders like "AAAA…=" (all zero) are among them.
 */
const SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
];

/** True for a small-order point, or a y not below the field's prime 2^255 − 19 (not canonical). */
function isWeakPublicKey(raw: Uint8Array): boolean {
  const y = Buffer.from(raw);
  y[31] = (y[31] ?? 0) & 0x7f;
  if (SMALL_ORDER.includes(y.toString('hex'))) return true;
  // Little-endian y ≥ 2^255 − 19: 0x7f, thirty 0xff, then a first byte of 0xed or more.
  return y[31] === 0x7f && y.subarray(1, 31).every((b) => b === 0xff) && (y[0] ?? 0) >= 0xed;
}

/** The base64 of the raw 32-byte public key: the short form to put in the device settings. */
export function publicKeyBase64(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length).toString('base64');
}

/** Signs bytes with an ed25519 secret key (a KeyObject or PEM); returns the signature as base64. */
export function signBytes(bytes: Uint8Array, secretKey: KeyObject | string): string {
  const key = typeof secretKey === 'string' ? createPrivateKey(secretKey) : secretKey;
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('private key is not an ed25519 key');
  return sign(null, bytes, key).toString('base64');
}

/** True when `signatureText` (base64) is a valid signature of `bytes` under `key`. */
export function verifySignature(bytes: Uint8Array, signatureText: string, key: KeyObject): boolean {
  const signature = Buffer.from(signatureText.trim(), 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, bytes, key, signature);
  } catch {
    return false;
  }
}
