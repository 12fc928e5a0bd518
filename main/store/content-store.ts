/**
 * The content store in the user data folder:
 *   store/versions/<version>/  content.json, images/…, manifest.json (complete before it gets this name)
 *   store/current              {"version": "…"}, replaced atomically
 *   store/staging/, store/trash/  work folders on the same disk, so renames are atomic
 *   store/imports.json         the last imports, for the staff view
 *   store/signing.json         the newest signing moment accepted (against old signed copies)
 *   store/lock                 held by the one process changing the store (store-lock.ts)
 *   store/reserve              a little disk space, given up to take the lock on a full disk
 * The current version is never deleted; the 5 most recent others are kept for rollback. Every change
 * happens under the lock, so one process's prune never removes what another just made current.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../log';
import { fsyncPath, replaceFileDurably } from './durable-fs';
import { MANIFEST_FILE, readManifest, type Manifest } from './manifest';
import { loadStoredVersion, type StoredVersion } from './load-version';
import { readNewestSigning, SIGNING_FILE, writeNewestSigning, type NewestSigning } from './newest-signing';
import { currentOwner, StoreLock, type StoreLockOptions } from './store-lock';
import { isVersionName } from './version-id';
import { isLeftOver, workFolderName } from './work-folders';
import { readCapped } from '../content/load-content';

const log = createLogger('store');

/** Versions kept besides the current one. */
export const KEEP_PREVIOUS = 5;
/** Versions kept besides the current one when the disk is full. */
export const KEEP_PREVIOUS_WHEN_FULL = 1;

export interface CommitOptions {
  /** For signed content: refused when older than the newest accepted, checked under the lock. */
  signedAt?: string;
  /** Takes an older signing moment anyway (the manager's way back from a wrong signing clock). */
  acceptOlder?: boolean;
  /** Runs under the lock right after `current` moved, so screens follow commits in their order. */
  onCommitted?: (stored: StoredVersion) => void;
}

export type CommitResult =
  | { kind: 'committed'; stored: StoredVersion }
  /** Signed earlier than content already accepted: an old copy. Nothing changed. */
  | { kind: 'older'; newest: NewestSigning }
  /** The copy did not read back whole (a failing disk). `current` did not move. */
  | { kind: 'damaged' };

export interface ContentStoreOptions {
  /** For the store lock (tests fake a full disk through its `beforeWrite`); its reserve is store/reserve. */
  lock?: Omit<StoreLockOptions, 'reserve'>;
}

export class ContentStore {
  readonly versionsDir: string;
  readonly stagingDir: string;
  readonly trashDir: string;
  readonly currentFile: string;
  readonly importLogFile: string;
  readonly signingFile: string;
  readonly reserveFile: string;
  readonly lock: StoreLock;
  #pointerMoves = 0;

  /**
   * Counts this object's own moves of `current`: odd while one is under way, i.e. between writing the
   * pointer and telling the screen (onCommitted). The store watcher looks for moves made by other
   * processes; without this it took the kiosk's own import, read in that gap, for one of theirs.
   */
  get pointerMovesHere(): number {
    return this.#pointerMoves;
  }

  /** The store inside a per-user data folder: `<userData>/store`. */
  static inUserData(userData: string): ContentStore {
    return new ContentStore(path.join(userData, 'store'));
  }

  constructor(
    readonly root: string,
    options: ContentStoreOptions = {},
  ) {
    this.versionsDir = path.join(root, 'versions');
    this.stagingDir = path.join(root, 'staging');
    this.trashDir = path.join(root, 'trash');
    this.currentFile = path.join(root, 'current');
    this.importLogFile = path.join(root, 'imports.json');
    this.signingFile = path.join(root, SIGNING_FILE);
    this.reserveFile = path.join(root, 'reserve');
    this.lock = new StoreLock(path.join(root, 'lock'), { ...options.lock, reserve: this.reserveFile });
  }

  /** The version named by the `current` pointer, or null when missing or unreadable. */
  async currentVersion(): Promise<string | null> {
    try {
      const bytes = await readCapped(this.currentFile, 4096);
      if (bytes === 'too-big') return null;
      const value = JSON.parse(bytes.toString('utf8')) as { version?: unknown };
      return typeof value.version === 'string' && isVersionName(value.version) ? value.version : null;
    } catch {
      return null;
    }
  }

  /** Loads and verifies one version; null when absent or not whole. */
  loadVersion(version: string): Promise<StoredVersion | null> {
    if (!isVersionName(version)) return Promise.resolve(null);
    return loadStoredVersion(path.join(this.versionsDir, version), version);
  }

  /**
   * What to show at start-up: the current version, else the newest good one (and the pointer is
   * repaired to it), else null (the caller shows the bundled sample).
   */
  async loadCurrent(): Promise<StoredVersion | null> {
    await this.#clearWorkFolders();
    await this.lock.clearLeftovers();
    await this.lock.keepReserve(); // made while there is room, for the day the disk is full
    const current = await this.currentVersion();
    if (current) {
      const loaded = await this.loadVersion(current);
      if (loaded) return loaded;
      log(`current version ${current} is missing or damaged; looking for an older good one`);
    }
    for (const { version } of await this.listVersions()) {
      if (version === current) continue;
      const loaded = await this.loadVersion(version);
      if (!loaded) {
        log(`version ${version} is damaged; skipped`);
        continue;
      }
      log(`falling back to version ${version} from ${loaded.manifest.importedAt}`);
      await this.setCurrent(version).catch((err: unknown) => log(`could not repair pointer: ${String(err)}`));
      return loaded;
    }
    return null;
  }

  /** Stored versions with a readable manifest, newest import first. */
  async listVersions(): Promise<Manifest[]> {
    const names = await readdir(this.versionsDir).catch(() => [] as string[]);
    const manifests: Manifest[] = [];
    for (const name of names.filter(isVersionName)) {
      const manifest = await readManifest(path.join(this.versionsDir, name, MANIFEST_FILE));
      if (manifest?.version === name) manifests.push(manifest);
    }
    return manifests.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  /** A fresh, empty staging folder on the store's own disk, named after this process (work-folders.ts). */
  async createStaging(): Promise<string> {
    const dir = path.join(this.stagingDir, workFolderName(await currentOwner()));
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /**
   * Makes a complete, fsynced staging folder the current version, under the lock: refuses an older
   * signing moment, moves the folder into versions/, proves it whole, records the signing moment,
   * points `current` at it, and prunes.
   */
  commit(staging: string | null, manifest: Manifest, options: CommitOptions = {}): Promise<CommitResult> {
    return this.lock.withLock(async () => {
      const newest = await this.#newestSigning();
      const { signedAt } = options;
      if (signedAt !== undefined && newest && isOlder(signedAt, newest.signedAt) && !options.acceptOlder) {
        return { kind: 'older', newest };
      }
      const stored = await this.#addVersion(staging, manifest);
      if (!stored) return { kind: 'damaged' };
      if (signedAt !== undefined && (!newest || isOlder(newest.signedAt, signedAt) || options.acceptOlder)) {
        // Before `current`: a crash in between leaves the old content with the newer mark, never the reverse.
        await writeNewestSigning(this.signingFile, { signedAt, version: manifest.version });
      }
      await this.#movePointer(manifest.version, () => options.onCommitted?.(stored));
      await this.#prune(KEEP_PREVIOUS).catch((err: unknown) => log(`pruning failed: ${String(err)}`));
      return { kind: 'committed', stored };
    });
  }

  /** Remembers a newer signing moment for content already on screen (the same content, signed again). */
  noteSigning(signedAt: string, version: string): Promise<void> {
    return this.lock.withLock(async () => {
      const newest = await this.#newestSigning();
      if (!newest || isOlder(newest.signedAt, signedAt))
        await writeNewestSigning(this.signingFile, { signedAt, version });
    });
  }

  /**
   * The newest signing moment accepted: store/signing.json, or when that is missing or damaged, the
   * newest among the stored versions (fail closed: losing the file must not allow an old copy back).
   */
  async newestSigning(): Promise<NewestSigning | null> {
    return this.#newestSigning();
  }

  async #newestSigning(): Promise<NewestSigning | null> {
    const recorded = await readNewestSigning(this.signingFile);
    if (recorded !== null && recorded !== 'damaged') return recorded;
    if (recorded === 'damaged')
      log(`${this.signingFile} is damaged; using the stored versions' signing moments`);
    let newest: NewestSigning | null = null;
    for (const m of await this.listVersions()) {
      if (m.signed && (!newest || isOlder(newest.signedAt, m.signed.signedAt))) {
        newest = { signedAt: m.signed.signedAt, version: m.version };
      }
    }
    return newest;
  }

  /**
   * Moves a staging folder into versions/ and proves it whole; a whole copy of the same version only
   * gets the new manifest (and `staging` may then be null). Null when the result is not whole.
   */
  async #addVersion(staging: string | null, manifest: Manifest): Promise<StoredVersion | null> {
    await mkdir(this.versionsDir, { recursive: true });
    const target = path.join(this.versionsDir, manifest.version);
    const existing = await this.loadVersion(manifest.version);
    if (existing) {
      await replaceFileDurably(path.join(target, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      if (staging) await rm(staging, { recursive: true, force: true });
      return { bundle: { ...existing.bundle, source: manifest.source }, manifest };
    }
    if (!staging) return null;
    await this.#discard(target); // a damaged copy of the same version
    await rename(staging, target);
    await fsyncPath(this.versionsDir);
    return this.loadVersion(manifest.version);
  }

  /** A stored version's manifest without proving the version whole (cheap); null when absent. */
  async storedManifest(version: string): Promise<Manifest | null> {
    if (!isVersionName(version)) return null;
    const manifest = await readManifest(path.join(this.versionsDir, version, MANIFEST_FILE));
    return manifest?.version === version ? manifest : null;
  }

  /** Points `current` at a stored version, atomically. */
  setCurrent(version: string): Promise<void> {
    return this.lock.withLock(() => this.#movePointer(version, () => {}));
  }

  /** Points `current` at `version`, then tells whoever shows it, as one move others can tell apart. */
  async #movePointer(version: string, told: () => void): Promise<void> {
    this.#pointerMoves++;
    try {
      await this.#setCurrentUnlocked(version);
      told();
    } finally {
      this.#pointerMoves++;
    }
  }

  async #setCurrentUnlocked(version: string): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await replaceFileDurably(this.currentFile, `${JSON.stringify({ version })}\n`);
  }

  /**
   * Deletes all but the current version and the `keepPrevious` newest others; damaged ones go too.
   * With a full disk, KEEP_PREVIOUS_WHEN_FULL: the current one and the one before it stay. Resolves
   * with how many folders went.
   */
  prune(keepPrevious = KEEP_PREVIOUS): Promise<number> {
    return this.lock.withLock(() => this.#prune(keepPrevious));
  }

  async #prune(keepPrevious: number): Promise<number> {
    const current = await this.currentVersion();
    const good = await this.listVersions();
    const keep = new Set([
      ...(current ? [current] : []),
      ...good
        .filter((m) => m.version !== current)
        .slice(0, keepPrevious)
        .map((m) => m.version),
    ]);
    const names = await readdir(this.versionsDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      if (keep.has(name)) continue;
      if (await this.#discard(path.join(this.versionsDir, name))) removed++;
    }
    return removed;
  }

  /**
   * Renames a folder into trash/ first, so a half-finished delete never looks like a version. False
   * when it was not there.
   */
  async #discard(dir: string): Promise<boolean> {
    await mkdir(this.trashDir, { recursive: true });
    const trash = path.join(this.trashDir, `${path.basename(dir)}-${randomBytes(4).toString('hex')}`);
    try {
      await rename(dir, trash);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
    await rm(trash, { recursive: true, force: true });
    return true;
  }

  /**
   * Staging and trash left by a crash are never part of any version. Staging folders of a live
   * process (a `buurtkiosk import` running right now) are left alone; a live process is told by its
   * pid, start time and boot (work-folders.ts), so a pid reused after a reboot keeps nothing.
   */
  async #clearWorkFolders(): Promise<void> {
    await rm(this.trashDir, { recursive: true, force: true }).catch(() => undefined);
    for (const name of await readdir(this.stagingDir).catch(() => [] as string[])) {
      const dir = path.join(this.stagingDir, name);
      if (!(await isLeftOver(dir, name))) continue;
      log(`removing ${dir}, left by a process that is gone`);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** True when instant `a` is before instant `b` (ISO strings). */
function isOlder(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}
