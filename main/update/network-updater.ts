/**
 * The screen's pull loop: checks the update address every interval (±10%), sooner after a failure
 * (poll-schedule.ts), one check at a time, and keeps what staff see: the last check and its result,
 * since when the server is unreachable, when content last came in. Verdicts that change are written
 * to the log and the import log; a publication that stays the same costs one conditional request.
 */
import type { KeyObject } from 'node:crypto';
import type { ImportLogEntry } from '../../core/api';
import {
  hasWaitedTooLong,
  networkResultWords,
  type NetworkCheck,
  type NetworkResult,
} from '../../core/update/network-status';
import { firstCheckDelayMs, nextCheckDelayMs } from '../../core/update/poll-schedule';
import type { ImportHooks } from '../import/copy-to-staging';
import { importFolder, type ImportOutcome } from '../import/import-folder';
import { logEntry, reportInput } from '../import/importer';
import type { KioskState } from '../kiosk-state';
import type { Logger } from '../log';
import type { ContentStore } from '../store/content-store';
import { appendImportLog } from '../store/import-log';
import type { PollMemory, PublicationTimeouts } from './check-context';
import { checkPublication } from './check-publication';
import { DownloadCache } from './download-cache';
import type { UpdateAddress } from './update-address';
import { localFailure, type Verdict } from './verdict';

/** Results that say since when they hold: a server away, a publication left incomplete. */
const LASTING_RESULTS: ReadonlySet<NetworkResult> = new Set(['unreachable', 'incomplete']);

/** Small files: 30 s in all, 15 s of silence at most; big ones get a second more per 25 kB. */
export const DEFAULT_TIMEOUTS: PublicationTimeouts = {
  small: { totalMs: 30_000, idleMs: 15_000 },
  bytesPerMs: 25,
};

export interface NetworkUpdaterOptions {
  address: UpdateAddress;
  intervalSeconds: number;
  /** This screen's signing key, parsed. */
  key: KeyObject;
  store: ContentStore;
  state: KioskState;
  userAgent: string;
  log: Logger;
  timeouts?: PublicationTimeouts;
  /** [0, 1): the jitter's dice (tests fix it). */
  random?: () => number;
  now?: () => Date;
  /** Test seams of the downloads' and the import's writes and of the free space (a full disk). */
  hooks?: ImportHooks;
}

/** One screen's poller. */
export class NetworkUpdater {
  readonly #options: NetworkUpdaterOptions;
  readonly #cache: DownloadCache;
  readonly #stop = new AbortController();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<NetworkCheck> | null = null;
  #memory: PollMemory | null = null;
  #failures = 0;
  #lastCheck: NetworkCheck | null = null;
  /** The publication the last check's file-level verdict was about (CheckOutcome.publication). */
  #lastPublication: string | null = null;
  #lastUpdatedAt: string | null = null;

  constructor(options: NetworkUpdaterOptions) {
    this.#options = options;
    this.#cache = new DownloadCache(options.store, options.hooks);
  }

  /** The source name staff see for content that came this way. */
  get source(): string {
    return `netwerk ${this.#options.address.display}`;
  }

  /** The last check, or null before the first. */
  get lastCheck(): NetworkCheck | null {
    return this.#lastCheck;
  }

  /** When content last came in over the network in this run. */
  get lastUpdatedAt(): string | null {
    return this.#lastUpdatedAt;
  }

  /** Starts checking: the first check comes within a tenth of the interval. */
  start(): void {
    this.#schedule(firstCheckDelayMs(this.#options.intervalSeconds, this.#random()));
  }

  /** Stops checking; a download under way is aborted and the work folder removed. */
  async stop(): Promise<void> {
    this.#stop.abort();
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
    await this.#cache.clear().catch(() => undefined);
  }

  /** The wait before the next check as things stand: the interval, or less after failures (±10%). */
  nextDelayMs(): number {
    return nextCheckDelayMs(this.#options.intervalSeconds, this.#failures, this.#random());
  }

  /** Checks now (or waits for the check under way) and returns its result. */
  checkNow(): Promise<NetworkCheck> {
    this.#running ??= this.#check().finally(() => (this.#running = null));
    return this.#running;
  }

  async #check(): Promise<NetworkCheck> {
    const { address, store, state, key, log } = this.#options;
    const at = this.#now().toISOString();
    let verdict: Verdict;
    let settled = false;
    let imported: ImportOutcome | null = null;
    let publication: string | null = null;
    try {
      const outcome = await checkPublication({
        address,
        store,
        key,
        cache: this.#cache,
        memory: this.#memory,
        shownVersion: state.bundle.version,
        now: new Date(at),
        importFolder: (folder) => this.#import(folder),
        timeouts: this.#options.timeouts ?? DEFAULT_TIMEOUTS,
        userAgent: this.#options.userAgent,
        signal: this.#stop.signal,
      });
      ({ verdict, settled, imported } = outcome);
      publication = outcome.publication ?? null;
      this.#memory = outcome.memory;
    } catch (err) {
      // Only this kiosk's own disk gets here (checkPublication answers for the server and the network).
      log(`check failed on this kiosk: ${String(err)}`);
      verdict = localFailure(err);
      // What was downloaded would only take room a stick's import may need; the next check fetches it again.
      await this.#cache.clear().catch(() => undefined);
    }
    this.#failures = settled ? 0 : this.#failures + 1;
    const previous = this.#lastCheck;
    // A server away stays away across publications; an incomplete one is waited for anew.
    const sameRun =
      previous?.result === verdict.result &&
      (verdict.result !== 'incomplete' || publication === this.#lastPublication);
    const since = LASTING_RESULTS.has(verdict.result) ? (sameRun ? previous.since : at) : null;
    this.#lastPublication = publication;
    const check: NetworkCheck = { at, result: verdict.result, detail: verdict.detail, since };
    this.#lastCheck = check;
    if (verdict.result === 'updated') this.#lastUpdatedAt = at;
    if (isNews(previous, check)) await this.#tell(check, imported);
    return check;
  }

  #import(folder: string): Promise<ImportOutcome> {
    const { store, state, key } = this.#options;
    return importFolder({
      folder,
      source: this.source,
      medium: 'network',
      store,
      shownVersion: state.bundle.version,
      signing: { kind: 'key', key },
      onCommitted: (stored) => state.setBundle(stored.bundle),
      ...(this.#options.now ? { now: this.#options.now } : {}),
      ...(this.#options.hooks ? { hooks: this.#options.hooks } : {}),
    });
  }

  /** The process log and the staff view's list of attempts. */
  async #tell(check: NetworkCheck, imported: ImportOutcome | null): Promise<void> {
    const { log, store } = this.#options;
    const words = networkResultWords(check);
    log(`${this.#options.address.display}: ${words}${check.detail ? ` (${check.detail})` : ''}`);
    if (check.result === 'nothing-new') return;
    const entry: ImportLogEntry = imported
      ? logEntry(imported, reportInput(imported), check.at, this.source)
      : {
          at: check.at,
          source: this.source,
          result: check.result === 'unreachable' || check.result === 'failed' ? 'failed' : 'refused',
          summary: words,
          problems: check.detail ? [check.detail] : [],
        };
    await appendImportLog(store.importLogFile, entry).catch((err: unknown) =>
      log(`could not write the import log: ${String(err)}`),
    );
  }

  #schedule(delayMs: number): void {
    if (this.#stop.signal.aborted) return;
    this.#timer = setTimeout(() => {
      void this.checkNow().then(() => this.#schedule(this.nextDelayMs()));
    }, delayMs);
    this.#timer.unref(); // a background poller: the host keeps the process alive
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  #random(): number {
    return (this.#options.random ?? Math.random)();
  }
}

/** A check worth telling: the first, a different result, or different particulars (not for a server still away). */
function isNews(previous: NetworkCheck | null, check: NetworkCheck): boolean {
  if (check.result === 'updated') return true;
  if (!previous || previous.result !== check.result) return true;
  // An incomplete publication that has waited too long is told once more: now with what to do.
  if (check.result === 'incomplete' && hasWaitedTooLong(previous) !== hasWaitedTooLong(check)) return true;
  return check.result !== 'unreachable' && previous.detail !== check.detail;
}
