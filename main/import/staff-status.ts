/** What the staff-only status view shows: the content on screen, where it came from, signing, the last imports. */
import path from 'node:path';
import type { StaffSigning, StaffStatus } from '../../core/api';
import type { SigningSetting } from '../../core/config/device-config';
import type { NetworkStatus } from '../../core/update/network-status';
import type { KioskState } from '../kiosk-state';
import type { ContentStore } from '../store/content-store';
import { readImportLog } from '../store/import-log';
import { MANIFEST_FILE, readManifest, type Manifest } from '../store/manifest';
import { signingCheckOf } from './signing-policy';
import { verifySignature } from './signature';

export interface StaffStatusSource {
  state: KioskState;
  /** Null when a --content folder is shown instead of the store. */
  store: ContentStore | null;
  signing: SigningSetting;
  /** config.json's problems, as logged. */
  configProblems: readonly string[];
  usbRoots: readonly string[];
  /** Sticks the watcher ignores because they stopped answering. */
  quarantined: readonly string[];
  network: NetworkStatus;
}

/** Reads the status fresh from the store (small files), so it is right after an import by the CLI too. */
export async function readStaffStatus(source: StaffStatusSource): Promise<StaffStatus> {
  const { bundle } = source.state;
  const manifest = source.store
    ? await readManifest(path.join(source.store.versionsDir, bundle.version, MANIFEST_FILE))
    : null;
  const shownManifest = manifest?.version === bundle.version ? manifest : null;
  return {
    version: bundle.version,
    source: bundle.source,
    importedAt: shownManifest?.importedAt ?? null,
    imports: source.store ? await readImportLog(source.store.importLogFile) : [],
    signing: {
      ...signingMode(source.signing),
      ...shownSigning(shownManifest, source.signing, source.store === null),
      newestSignedAt: (await source.store?.newestSigning())?.signedAt ?? null,
    },
    configProblems: [...source.configProblems],
    usbRoots: [...source.usbRoots],
    quarantinedSticks: [...source.quarantined],
    network: source.network,
  };
}

function signingMode(setting: SigningSetting): Pick<StaffSigning, 'mode' | 'problem'> {
  const check = signingCheckOf(setting);
  if (check.kind === 'broken') return { mode: 'broken', problem: check.reason };
  return { mode: check.kind === 'key' ? 'required' : 'off', problem: null };
}

/** Whether the content on screen carries a signature this screen's key accepts (checked again now). */
function shownSigning(
  manifest: Manifest | null,
  setting: SigningSetting,
  fixedFolder: boolean,
): Pick<StaffSigning, 'shown' | 'shownSignedAt'> {
  if (!manifest) return { shown: fixedFolder ? 'folder' : 'sample', shownSignedAt: null };
  const signed = manifest.signed;
  if (!signed) return { shown: 'unsigned', shownSignedAt: null };
  const check = signingCheckOf(setting);
  const trusted =
    check.kind !== 'key' || verifySignature(Buffer.from(signed.text, 'utf8'), signed.signature, check.key);
  return { shown: trusted ? 'signed' : 'other-key', shownSignedAt: signed.signedAt };
}
