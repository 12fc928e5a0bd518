import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createKiosk } from '../../../../main/kiosk';

process.env.BUURTKIOSK_QUIET ??= '1';
const dir = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-kiosk-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('createKiosk and the device config', () => {
  it('reads config.json from the user data folder and lets the --location flag win', async () => {
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ location: 'bijloke', idleTimeoutSeconds: 45, usbRoots: ['/srv/usb'] }),
    );
    const kiosk = await createKiosk({ userDataDir: dir, location: 'hof-ten-rode', buildDate: '2026-01-01' });
    assert.equal(kiosk.device.location, 'hof-ten-rode');
    assert.deepEqual(kiosk.device.usbRoots, ['/srv/usb']);
    assert.equal(kiosk.state.config.location, 'hof-ten-rode');
    assert.equal(kiosk.state.config.idleTimeoutSeconds, 45);
    await kiosk.stop();
  });

  it('starts with defaults when config.json is invalid', async () => {
    const bad = mkdtempSync(path.join(dir, 'bad-'));
    writeFileSync(path.join(bad, 'config.json'), '{ "idleTimeoutSeconds": "lang" }');
    const kiosk = await createKiosk({ userDataDir: bad, buildDate: '2026-01-01' });
    assert.equal(kiosk.state.config.idleTimeoutSeconds, 60);
    assert.equal(kiosk.device.location, null);
    await kiosk.stop(); // it watches the machine's own mount roots until then
  });
});
