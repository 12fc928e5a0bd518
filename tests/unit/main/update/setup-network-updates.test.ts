import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { resolveRendererConfig, type SigningSetting } from '../../../../core/config/device-config';
import { loadDeviceConfig } from '../../../../main/config/load-device-config';
import { loadSampleContent } from '../../../../main/kiosk';
import { KioskState } from '../../../../main/kiosk-state';
import { ContentStore } from '../../../../main/store/content-store';
import {
  setupNetworkUpdates,
  type RunningNetworkUpdates,
} from '../../../../main/update/setup-network-updates';
import { makeSigner } from '../../../support/signing';
import { tempFolder } from '../../../support/usb-stick';

const KEY = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
let tmp: { dir: string; remove(): void };
let running: RunningNetworkUpdates | null = null;
let logLines: string[];

beforeEach(() => {
  tmp = tempFolder('buurtkiosk-network-setup-');
  logLines = [];
});
afterEach(async () => {
  await running?.stop();
  tmp.remove();
});

async function setup(updateUrl: string | null, signing: SigningSetting, withStore = true) {
  running = setupNetworkUpdates({
    updateUrl,
    intervalSeconds: 300,
    signing,
    state: new KioskState(await loadSampleContent(), resolveRendererConfig()),
    store: withStore ? new ContentStore(path.join(tmp.dir, 'store')) : null,
    log: (line) => logLines.push(line),
    // The first check would come after most of 30 s: the test is over long before (no DNS lookups here).
    tuning: { random: () => 0.99 },
  });
  return running;
}

describe('when network updates run', () => {
  it('are simply off without an updateUrl, and say nothing about it', async () => {
    const net = await setup(null, { kind: 'none' });
    assert.equal(net.updater, null);
    assert.equal(net.status().mode, 'off');
    assert.deepEqual(logLines, []);
  });

  it('say why an updateUrl in config.json is not used, instead of "no updateUrl"', async () => {
    const file = path.join(tmp.dir, 'config.json');
    writeFileSync(file, JSON.stringify({ updateUrl: 'www.example.be/kiosk/', signingKey: KEY }, null, 2));
    const config = await loadDeviceConfig(file, () => {});
    assert.equal(config.layer.updateUrl, undefined, 'the field is dropped');
    running = setupNetworkUpdates({
      updateUrl: null,
      updateUrlProblem: config.updateUrlProblem,
      intervalSeconds: 300,
      signing: { kind: 'key', key: KEY },
      state: new KioskState(await loadSampleContent(), resolveRendererConfig()),
      store: new ContentStore(path.join(tmp.dir, 'store')),
      log: (line) => logLines.push(line),
    });
    assert.equal(running.updater, null);
    assert.equal(running.status().mode, 'disabled');
    assert.match(
      running.status().problem ?? '',
      /^"updateUrl" in config\.json wordt niet gebruikt: regel 2, updateUrl: verwacht een webadres dat met https:\/\/ of http:\/\/ begint/,
    );
    // config.json that cannot be read at all: its address, if any, is not used either.
    writeFileSync(file, Buffer.alloc(70 * 1024, 0x20));
    assert.match(
      (await loadDeviceConfig(file, () => {})).updateUrlProblem ?? '',
      /^config\.json is te groot .*, dus ook een "updateUrl" daarin niet$/,
    );
    // A good config.json without an address: nothing to say, network updates are simply off.
    writeFileSync(file, JSON.stringify({ signingKey: KEY }));
    assert.equal((await loadDeviceConfig(file, () => {})).updateUrlProblem, null);
  });

  it('are off with an updateUrl but no signing key: logged, and the staff view says why', async () => {
    const net = await setup('https://www.example.be/buurtkiosk/', { kind: 'none' });
    assert.equal(net.updater, null);
    assert.equal(net.status().mode, 'disabled');
    assert.match(net.status().problem ?? '', /vragen een sleutel: zet "signingKey" in config\.json/);
    assert.match(logLines.join('\n'), /network updates off: .*signingKey/);
  });

  it('are off when the signing key is broken (fail closed, never unsigned)', async () => {
    const net = await setup('https://www.example.be/buurtkiosk/', {
      kind: 'broken',
      reason: 'config.json kan niet gelezen worden als JSON',
    });
    assert.equal(net.status().mode, 'disabled');
    assert.match(
      net.status().problem ?? '',
      /niet bruikbaar \(config\.json kan niet gelezen worden als JSON\)/,
    );
  });

  it('are off for a --content folder, which the store does not show', async () => {
    const signer = await makeSigner(tmp.dir);
    const net = await setup(
      'https://www.example.be/buurtkiosk/',
      { kind: 'key', key: signer.publicKey },
      false,
    );
    assert.equal(net.status().mode, 'disabled');
    assert.match(net.status().problem ?? '', /--content/);
  });

  it('run with an address and a key, showing the address without its password', async () => {
    const signer = await makeSigner(tmp.dir);
    const net = await setup('https://token:geheim@cloud.example.be/public.php/webdav/', {
      kind: 'key',
      key: signer.publicKey,
    });
    assert.ok(net.updater);
    const status = net.status();
    assert.equal(status.mode, 'on');
    assert.equal(status.address, 'https://cloud.example.be/public.php/webdav/');
    assert.equal(status.lastCheck, null);
    assert.doesNotMatch(JSON.stringify({ status, logLines }), /geheim|token/);
  });

  it('run with a password typed with a "%" in it: the kiosk starts (it used to throw here)', async () => {
    const signer = await makeSigner(tmp.dir);
    const net = await setup('https://token:wacht%woord@cloud.example.be/webdav/', {
      kind: 'key',
      key: signer.publicKey,
    });
    assert.equal(net.status().mode, 'on');
    assert.doesNotMatch(JSON.stringify({ status: net.status(), logLines }), /wacht|token/);
  });
});
