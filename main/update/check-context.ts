/** What one check of the update address works with, and what it remembers for the next. */
import type { KeyObject } from 'node:crypto';
import type { ImportOutcome } from '../import/import-folder';
import type { ContentStore } from '../store/content-store';
import type { DownloadCache } from './download-cache';
import type { HttpTimeouts, Validators } from './http-get';
import type { UpdateAddress } from './update-address';
import type { Verdict } from './verdict';

/**
 * What the screen remembers of the last publication it came to a lasting verdict on: the server's
 * validators (so the next check is a 304) and the manifest's hash (for servers that send none).
 */
export interface PollMemory {
  validators: Validators;
  manifestSha256: string;
  verdict: Verdict;
  /** The publication's signing moment, once its signature checked out; null before that. */
  signedAt: string | null;
}

/** Time limits: small files get `small`; a file of n bytes gets n / `bytesPerMs` more. */
export interface PublicationTimeouts {
  small: HttpTimeouts;
  bytesPerMs: number;
}

/** The screen, its store and key, and the server to ask. */
export interface CheckContext {
  address: UpdateAddress;
  store: ContentStore;
  /** This screen's public key: only publications signed with it are taken. */
  key: KeyObject;
  cache: DownloadCache;
  memory: PollMemory | null;
  /** The version on screen now. */
  shownVersion: string;
  /** This kiosk's clock at the check: a publication signed more than a day later is not taken yet. */
  now: Date;
  /** The shared import transaction, for the folder the publication was put together in. */
  importFolder(folder: string): Promise<ImportOutcome>;
  timeouts: PublicationTimeouts;
  userAgent: string;
  signal: AbortSignal;
}
