import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../../../main/electron/permission-policy';

const PERMISSIONS = [
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'midi',
  'hid',
  'serial',
  'usb',
  'idle-detection',
  'screen-wake-lock',
  'window-management',
  'unknown',
];

describe('permission policy', () => {
  it('denies every permission to the kiosk page itself', () => {
    for (const p of PERMISSIONS) assert.equal(isPermissionAllowed(p, 'kiosk://app/'), false, p);
  });

  it('grants nothing today', () => {
    assert.equal(ALLOWED_PERMISSIONS.size, 0);
  });

  it('would refuse an allowed permission to any other origin', () => {
    const allowed = ALLOWED_PERMISSIONS as Set<string>;
    allowed.add('fullscreen');
    try {
      assert.equal(isPermissionAllowed('fullscreen', 'kiosk://app/'), true);
      for (const origin of [
        'kiosk://app.evil/',
        'kiosk://app@evil/',
        'https://example.org/',
        'file:///',
        '',
      ]) {
        assert.equal(isPermissionAllowed('fullscreen', origin), false, origin);
      }
    } finally {
      allowed.delete('fullscreen');
    }
  });
});
