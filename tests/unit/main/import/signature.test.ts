import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  parsePublicKey,
  publicKeyBase64,
  signBytes,
  verifySignature,
} from '../../../../main/import/signature';

const pair = () => generateKeyPairSync('ed25519');
const pem = (k: ReturnType<typeof pair>['privateKey']) =>
  k.export({ format: 'pem', type: 'pkcs8' }).toString();
const bytes = Buffer.from('{"updated": "2026-11-27"}\n');

describe('content signatures', () => {
  it('reads a public key as raw base64, SPKI base64 or PEM', () => {
    const { publicKey } = pair();
    const raw = publicKeyBase64(publicKey);
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const asPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    for (const text of [raw, spki, asPem]) assert.equal(publicKeyBase64(parsePublicKey(text)), raw);
  });

  it('refuses a key that is not ed25519', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    assert.throws(() => parsePublicKey(publicKey.export({ format: 'pem', type: 'spki' }).toString()));
  });

  it('verifies the exact bytes only: one changed byte breaks it', () => {
    const { publicKey, privateKey } = pair();
    const sig = signBytes(bytes, pem(privateKey));
    assert.equal(verifySignature(bytes, sig, publicKey), true);
    const changed = Buffer.from(bytes);
    changed[3] = 0x21;
    assert.equal(verifySignature(changed, sig, publicKey), false);
    assert.equal(verifySignature(bytes, sig, pair().publicKey), false);
    assert.equal(verifySignature(bytes, 'geen handtekening', publicKey), false);
  });
});
