import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_DURATIONS,
  DEFAULT_USB_ROOTS,
  rendererConfigOf,
  resolveDeviceConfig,
  resolveRendererConfig,
} from '../../../../core/config/device-config';

describe('device config merge', () => {
  it('fills in every default when there is no config file and no flag', () => {
    assert.deepEqual(resolveDeviceConfig(), {
      location: null,
      durations: { ...DEFAULT_DURATIONS },
      idleTimeoutSeconds: 60,
      displayHours: null,
      usbRoots: ['/media', '/run/media', '/mnt'],
      signing: { kind: 'none' },
      updateUrl: null,
      updateIntervalSeconds: 300,
    });
  });

  it('keeps signing broken once a layer says so: no later layer turns it off or back on', () => {
    const key = 'k'.repeat(43);
    assert.deepEqual(resolveDeviceConfig({ signingKey: key }).signing, { kind: 'key', key });
    const broken = resolveDeviceConfig({ signingBroken: 'kapot', location: 'bijloke' }, { signingKey: key });
    assert.deepEqual(broken.signing, { kind: 'broken', reason: 'kapot' });
    assert.equal(broken.location, 'bijloke');
  });

  it('lets a CLI flag win over the config file, field by field', () => {
    const file = { location: 'bijloke', idleTimeoutSeconds: 90, usbRoots: ['/srv/usb'] };
    const flags = { location: 'hof-ten-rode' };
    const config = resolveDeviceConfig(file, flags);
    assert.equal(config.location, 'hof-ten-rode');
    assert.equal(config.idleTimeoutSeconds, 90);
    assert.deepEqual(config.usbRoots, ['/srv/usb']);
  });

  it('merges slide durations per slide type instead of replacing them all', () => {
    const config = resolveDeviceConfig({ durations: { status: 20 } }, { durations: { facebook: 5 } });
    assert.deepEqual(config.durations, { ...DEFAULT_DURATIONS, status: 20, facebook: 5 });
  });

  it('replaces display hours and USB roots as a whole', () => {
    const config = resolveDeviceConfig(
      { displayHours: { on: '07:00', off: '22:00' }, usbRoots: ['/a', '/b'] },
      { displayHours: { on: '08:30', off: '18:00' }, usbRoots: ['/c'] },
    );
    assert.deepEqual(config.displayHours, { on: '08:30', off: '18:00' });
    assert.deepEqual(config.usbRoots, ['/c']);
  });

  it('never shares arrays or objects with its inputs or the defaults', () => {
    const layer = { usbRoots: ['/x'], displayHours: { on: '07:00', off: '19:00' } };
    const config = resolveDeviceConfig(layer);
    config.usbRoots.push('/y');
    config.displayHours!.on = '00:00';
    config.durations.status = 99;
    assert.deepEqual(layer, { usbRoots: ['/x'], displayHours: { on: '07:00', off: '19:00' } });
    assert.deepEqual(DEFAULT_USB_ROOTS, ['/media', '/run/media', '/mnt']);
    assert.equal(DEFAULT_DURATIONS.status, 15);
  });

  it('gives the renderer no mount paths and no signing key', () => {
    const device = resolveDeviceConfig({ signingKey: 'k'.repeat(43), usbRoots: ['/media'] });
    const renderer = rendererConfigOf(device);
    assert.deepEqual(Object.keys(renderer).sort(), [
      'displayHours',
      'durations',
      'idleTimeoutSeconds',
      'location',
    ]);
    assert.deepEqual(resolveRendererConfig({ location: 'bijloke' }), {
      location: 'bijloke',
      durations: { ...DEFAULT_DURATIONS },
      idleTimeoutSeconds: 60,
      displayHours: null,
    });
  });
});
