import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  parsePublicKey,
  publicKeyBase64,
  signBytes,
  verifySignature,
  WeakKeyError,
} from '../../../../main/import/signature';
import { signingCheckOf } from '../../../../main/import/signing-policy';

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

  it('refuses a key anyone can sign for: a placeholder, the identity, another point of small order', () => {
    const hex = (h: string) => Buffer.from(h, 'hex').toString('base64');
    const weak = [
      'A'.repeat(43) + '=', // all zero: the placeholder an admin might leave in
      hex('01' + '00'.repeat(31)), // the identity
      hex('01' + '00'.repeat(30) + '80'), // the identity with x's sign set
      hex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'), // order 8
      hex('ec' + 'ff'.repeat(30) + '7f'), // order 2
      hex('ee' + 'ff'.repeat(30) + '7f'), // y = p + 1, not canonical
      hex('f0' + 'ff'.repeat(30) + '7f'), // y ≥ p, not canonical
    ];
    for (const key of weak) {
      assert.throws(() => parsePublicKey(key), WeakKeyError, key);
      const check = signingCheckOf({ kind: 'key', key });
      assert.equal(check.kind, 'broken', key);
      assert.match(
        check.kind === 'broken' ? check.reason : '',
        /voorbeeld- of nulsleutel waarmee iedereen kan ondertekenen/,
      );
    }
    // The forgery the identity key allowed: R = identity, S = 0 verified for any message.
    const forged = Buffer.concat([Buffer.from('01' + '00'.repeat(31), 'hex'), Buffer.alloc(32)]).toString(
      'base64',
    );
    assert.equal(verifySignature(bytes, forged, pair().publicKey), false);
    // Real keys are never refused.
    for (let i = 0; i < 50; i++) assert.doesNotThrow(() => parsePublicKey(publicKeyBase64(pair().publicKey)));
  });
});
