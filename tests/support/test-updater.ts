/** A NetworkUpdater as the update tests make it, on a local publication address. */
import assert from 'node:assert/strict';
import { signingCheckOf } from '../../main/import/signing-policy';
import { NetworkUpdater, type NetworkUpdaterOptions } from '../../main/update/network-updater';
import { parseUpdateAddress } from '../../main/update/update-address';

/**
 * An updater for `url` that trusts `publicKey` (base64 or PEM): every 300 s, the jitter's dice fixed
 * at 0.5, a silent log unless `options` gives one; `options` adds the store and state and may change
 * anything else.
 */
export function testUpdater(
  url: string,
  publicKey: string,
  options: Pick<NetworkUpdaterOptions, 'store' | 'state'> & Partial<NetworkUpdaterOptions>,
): NetworkUpdater {
  const address = parseUpdateAddress(url);
  const signing = signingCheckOf({ kind: 'key', key: publicKey });
  assert.ok(address && signing.kind === 'key', 'test setup: the address or the key is unusable');
  return new NetworkUpdater({
    address,
    intervalSeconds: 300,
    key: signing.key,
    userAgent: 'buurtkiosk/test',
    log: () => undefined,
    random: () => 0.5,
    ...options,
  });
}
