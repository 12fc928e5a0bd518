import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { checkSignature } from '../../../../main/import/check-signature';
import {
  parsePublicKey,
  publicKeyBase64,
  signBytes,
  verifySignature,
} from '../../../../main/import/signature';
import { tempFolder } from '../../../support/usb-stick';

const pair = () => generateKeyPairSync('ed25519');
const pem = (k: ReturnType<typeof pair>['privateKey']) =>
  k.export({ format: 'pem', type: 'pkcs8' }).toString();
const bytes = Buffer.from('{"updated": "2026-11-27"}\n');

let tmp: { dir: string; remove(): void };
beforeEach(() => (tmp = tempFolder('buurtkiosk-sig-')));
afterEach(() => tmp.remove());

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

  it('says in Dutch what is wrong: missing .sig, wrong signature, broken device key', async () => {
    const { publicKey, privateKey } = pair();
    const key = publicKeyBase64(publicKey);
    assert.match(
      (await checkSignature(tmp.dir, bytes, key))[0]!.message,
      /^ontbreekt: deze kiosk aanvaardt alleen/,
    );
    writeFileSync(
      path.join(tmp.dir, 'content.json.sig'),
      signBytes(Buffer.from('iets anders'), pem(privateKey)),
    );
    assert.match((await checkSignature(tmp.dir, bytes, key))[0]!.message, /^de handtekening klopt niet/);
    writeFileSync(path.join(tmp.dir, 'content.json.sig'), signBytes(bytes, pem(privateKey)));
    assert.deepEqual(await checkSignature(tmp.dir, bytes, key), []);
    assert.match((await checkSignature(tmp.dir, bytes, 'kapot'))[0]!.message, /signingKey.*ongeldig/);
  });
});
