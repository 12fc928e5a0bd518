import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig, type SigningSetting } from '../../../../core/config/device-config';
import { importFolder } from '../../../../main/import/import-folder';
import { signingCheckOf } from '../../../../main/import/signing-policy';
import { readStaffStatus } from '../../../../main/import/staff-status';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import { makeSigner, type TestSigner } from '../../../support/signing';
import { tempFolder, writeStickFolder } from '../../../support/usb-stick';

process.env.BUURTKIOSK_QUIET ??= '1';

let tmp: { dir: string; remove(): void };
let store: ContentStore;
let signer: TestSigner;

beforeEach(async () => {
  tmp = tempFolder('buurtkiosk-staff-');
  store = new ContentStore(path.join(tmp.dir, 'store'));
  signer = await makeSigner(tmp.dir);
});
afterEach(() => tmp.remove());

/** Imports a stick (signed at `signedAt` when given) while the device asks for `setting`. */
async function shown(setting: SigningSetting, signedAt?: string): Promise<KioskState> {
  const folder = writeStickFolder(path.join(tmp.dir, `stick-${signedAt ?? 'kaal'}`));
  if (signedAt) await signer.signFolder(folder, signedAt);
  const outcome = await importFolder({
    folder,
    source: 'USB-stick TEST',
    medium: 'stick',
    store,
    signing: signingCheckOf(setting),
    now: () => new Date('2026-11-28T10:00:00Z'),
  });
  assert.equal(outcome.kind, 'imported', JSON.stringify(outcome));
  const stored = await store.loadCurrent();
  assert.ok(stored);
  return new KioskState(stored.bundle, resolveRendererConfig());
}

const status = (state: KioskState, signing: SigningSetting) =>
  readStaffStatus({
    state,
    store,
    signing,
    configProblems: ['regel 3, kleur: onbekend veld'],
    usbRoots: ['/media'],
    quarantined: ['/media/pi/HANGT'],
    network: {
      mode: 'off',
      problem: null,
      address: null,
      intervalSeconds: 300,
      lastCheck: null,
      lastUpdatedAt: null,
    },
  });

describe('the staff status about signing', () => {
  it('says the content on screen is not signed when a key was set after it came in', async () => {
    const state = await shown({ kind: 'none' });
    const s = await status(state, { kind: 'key', key: signer.publicKey });
    assert.deepEqual(s.signing, {
      mode: 'required',
      problem: null,
      shown: 'unsigned',
      shownSignedAt: null,
      newestSignedAt: null,
    });
    assert.deepEqual(s.configProblems, ['regel 3, kleur: onbekend veld']);
    assert.deepEqual(s.quarantinedSticks, ['/media/pi/HANGT']);
  });

  it('says the bundled sample (never imported) is not signed without claiming it was imported', async () => {
    const state = await shown({ kind: 'none' });
    const sample = new KioskState(
      { ...state.bundle, version: '0000000000000000', source: 'meegeleverde voorbeeldinhoud' },
      resolveRendererConfig(),
    );
    const s = await status(sample, { kind: 'key', key: signer.publicKey });
    assert.equal(s.signing.shown, 'sample');
    assert.equal(s.importedAt, null);
    // A --content folder (no store): shown as it is, never checked.
    const folder = await readStaffStatus({
      state: sample,
      store: null,
      signing: { kind: 'key', key: signer.publicKey },
      configProblems: [],
      usbRoots: [],
      quarantined: [],
      network: (await status(sample, { kind: 'none' })).network,
    });
    assert.equal(folder.signing.shown, 'folder');
  });

  it('says when the content on screen was signed, and the newest signing moment accepted', async () => {
    const key: SigningSetting = { kind: 'key', key: signer.publicKey };
    const state = await shown(key, '2026-11-27T10:00:00.000Z');
    const s = await status(state, key);
    assert.equal(s.signing.shown, 'signed');
    assert.equal(s.signing.shownSignedAt, '2026-11-27T10:00:00.000Z');
    assert.equal(s.signing.newestSignedAt, '2026-11-27T10:00:00.000Z');
  });

  it('tells content signed with a key this screen no longer trusts apart from its own', async () => {
    const state = await shown({ kind: 'key', key: signer.publicKey }, '2026-11-27T10:00:00.000Z');
    const other = await makeSigner(path.join(tmp.dir, 'ander'));
    assert.equal((await status(state, { kind: 'key', key: other.publicKey })).signing.shown, 'other-key');
  });

  it('says nothing is accepted when signing is broken, and why', async () => {
    const state = await shown({ kind: 'none' });
    const s = await status(state, { kind: 'broken', reason: 'config.json kan niet gelezen worden als JSON' });
    assert.equal(s.signing.mode, 'broken');
    assert.equal(s.signing.problem, 'config.json kan niet gelezen worden als JSON');
    // A PEM public key that passes the settings check but is no ed25519 key: broken, not off.
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
      format: 'pem',
      type: 'spki',
    });
    const unusable = await status(state, { kind: 'key', key: ec.toString() });
    assert.equal(unusable.signing.mode, 'broken');
    assert.match(unusable.signing.problem ?? '', /geen bruikbare publieke ed25519-sleutel/);
  });
});
