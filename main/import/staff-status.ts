/** What the staff-only status view shows: the content on screen, where it came from, the last imports. */
import path from 'node:path';
import type { StaffStatus } from '../../core/api';
import type { KioskState } from '../kiosk-state';
import type { ContentStore } from '../store/content-store';
import { readImportLog } from '../store/import-log';
import { MANIFEST_FILE, readManifest } from '../store/manifest';

export interface StaffStatusSource {
  state: KioskState;
  /** Null when a --content folder is shown instead of the store. */
  store: ContentStore | null;
  signingKey: string | null;
  usbRoots: readonly string[];
}

/** Reads the status fresh from the store (small files), so it is right after an import by the CLI too. */
export async function readStaffStatus(source: StaffStatusSource): Promise<StaffStatus> {
  const { bundle } = source.state;
  const manifest = source.store
    ? await readManifest(path.join(source.store.versionsDir, bundle.version, MANIFEST_FILE))
    : null;
  return {
    version: bundle.version,
    source: bundle.source,
    importedAt: manifest?.version === bundle.version ? manifest.importedAt : null,
    imports: source.store ? await readImportLog(source.store.importLogFile) : [],
    signingRequired: source.signingKey !== null,
    usbRoots: [...source.usbRoots],
  };
}
