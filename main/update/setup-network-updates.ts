/**
 * Network updates for `createKiosk`: started only with an update address, a usable signing key and
 * the store (not for a --content folder). Otherwise the reason is logged once and the staff view says
 * network updates are off, and why.
 */
import type { SigningSetting } from '../../core/config/device-config';
import type { NetworkStatus } from '../../core/update/network-status';
import { readBuildInfo } from '../build-info';
import { signingCheckOf } from '../import/signing-policy';
import type { KioskState } from '../kiosk-state';
import { createLogger, type Logger } from '../log';
import type { ContentStore } from '../store/content-store';
import { NetworkUpdater, type NetworkUpdaterOptions } from './network-updater';
import { parseUpdateAddress } from './update-address';

export interface NetworkSetup {
  updateUrl: string | null;
  /** Why config.json's "updateUrl" was not taken (see LoadedDeviceConfig), if it was not. */
  updateUrlProblem?: string | null;
  intervalSeconds: number;
  signing: SigningSetting;
  state: KioskState;
  /** Null when a --content folder is shown. */
  store: ContentStore | null;
  /** Test seams: jitter, clock and time limits. */
  tuning?: Pick<NetworkUpdaterOptions, 'random' | 'now' | 'timeouts'>;
  log?: Logger;
}

export interface RunningNetworkUpdates {
  /** Null when network updates are off. */
  updater: NetworkUpdater | null;
  status(): NetworkStatus;
  stop(): Promise<void>;
}

/** Starts the poller when everything it needs is there. */
export function setupNetworkUpdates(setup: NetworkSetup): RunningNetworkUpdates {
  const log = setup.log ?? createLogger('network');
  const address = setup.updateUrl === null ? null : parseUpdateAddress(setup.updateUrl);
  const base = {
    address: address?.display ?? null,
    intervalSeconds: setup.intervalSeconds,
    lastUpdatedAt: null,
  };
  const off = (mode: NetworkStatus['mode'], problem: string | null): RunningNetworkUpdates => {
    if (problem) log(`network updates off: ${problem}`);
    return {
      updater: null,
      status: () => ({ ...base, mode, problem, lastCheck: null }),
      stop: () => Promise.resolve(),
    };
  };
  if (setup.updateUrl === null) {
    // A field config.json has but that could not be used is not "no address": say why.
    return setup.updateUrlProblem ? off('disabled', setup.updateUrlProblem) : off('off', null);
  }
  if (address === null) return off('disabled', 'het adres bij "updateUrl" is geen bruikbaar http(s)-adres');
  if (setup.store === null) {
    return off('disabled', 'deze kiosk toont een vaste map (--content), niet de opgeslagen inhoud');
  }
  const signing = signingCheckOf(setup.signing);
  if (signing.kind === 'none') {
    return off(
      'disabled',
      'updates via het netwerk vragen een sleutel: zet "signingKey" in config.json (zie docs/netwerk.md)',
    );
  }
  if (signing.kind === 'broken') {
    return off('disabled', `de sleutel bij "signingKey" is niet bruikbaar (${signing.reason})`);
  }
  const updater = new NetworkUpdater({
    address,
    intervalSeconds: setup.intervalSeconds,
    key: signing.key,
    store: setup.store,
    state: setup.state,
    userAgent: `buurtkiosk/${readBuildInfo().version}`,
    log,
    ...setup.tuning,
  });
  updater.start();
  log(`checking ${address.display} every ${setup.intervalSeconds} s`);
  return {
    updater,
    status: () => ({
      ...base,
      mode: 'on',
      problem: null,
      lastCheck: updater.lastCheck,
      lastUpdatedAt: updater.lastUpdatedAt,
    }),
    stop: () => updater.stop(),
  };
}
