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
  return key;
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
