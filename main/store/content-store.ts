/**
 * The content store in the user data folder:
 *   store/versions/<version>/  content.json, images/…, manifest.json (complete before it gets this name)
 *   store/current              {"version": "…"}, replaced atomically
 *   store/staging/, store/trash/  work folders on the same disk, so renames are atomic
 *   store/imports.json         the last imports, for the staff view
 * The current version is never deleted; the 5 most recent others are kept for rollback.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../log';
import { fsyncPath, replaceFileDurably } from './durable-fs';
import { MANIFEST_FILE, readManifest, type Manifest } from './manifest';
import { loadStoredVersion, type StoredVersion } from './load-version';
import { isVersionName } from './version-id';
import { readCapped } from '../content/load-content';

const log = createLogger('store');

/** Versions kept besides the current one. */
export const KEEP_PREVIOUS = 5;

export class ContentStore {
  readonly versionsDir: string;
  readonly stagingDir: string;
  readonly trashDir: string;
  readonly currentFile: string;
  readonly importLogFile: string;

  /** The store inside a per-user data folder: `<userData>/store`. */
  static inUserData(userData: string): ContentStore {
    return new ContentStore(path.join(userData, 'store'));
  }

  constructor(readonly root: string) {
    this.versionsDir = path.join(root, 'versions');
    this.stagingDir = path.join(root, 'staging');
    this.trashDir = path.join(root, 'trash');
    this.currentFile = path.join(root, 'current');
    this.importLogFile = path.join(root, 'imports.json');
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

  /** A fresh, empty staging folder on the store's own disk. */
  async createStaging(): Promise<string> {
    const dir = path.join(this.stagingDir, `${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /**
   * Moves a complete, fsynced staging folder into versions/<version>. If that version is already
   * stored and whole, the staging copy is dropped and the stored one refreshed with `manifest`.
   */
  async addVersion(staging: string, manifest: Manifest): Promise<void> {
    await mkdir(this.versionsDir, { recursive: true });
    const target = path.join(this.versionsDir, manifest.version);
    if (await this.loadVersion(manifest.version)) {
      await replaceFileDurably(path.join(target, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      await rm(staging, { recursive: true, force: true });
      return;
    }
    await this.#discard(target); // a damaged copy of the same version
    await rename(staging, target);
    await fsyncPath(this.versionsDir);
  }

  /** Points `current` at a stored version, atomically. */
  async setCurrent(version: string): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await replaceFileDurably(this.currentFile, `${JSON.stringify({ version })}\n`);
  }

  /** Deletes all but the current version and the KEEP_PREVIOUS newest others; damaged ones go too. */
  async prune(): Promise<void> {
    const current = await this.currentVersion();
    const good = await this.listVersions();
    const keep = new Set([
      ...(current ? [current] : []),
      ...good
        .filter((m) => m.version !== current)
        .slice(0, KEEP_PREVIOUS)
        .map((m) => m.version),
    ]);
    const names = await readdir(this.versionsDir).catch(() => [] as string[]);
    for (const name of names) {
      if (keep.has(name)) continue;
      await this.#discard(path.join(this.versionsDir, name));
    }
  }

  /** Renames a folder into trash/ first, so a half-finished delete never looks like a version. */
  async #discard(dir: string): Promise<void> {
    await mkdir(this.trashDir, { recursive: true });
    const trash = path.join(this.trashDir, `${path.basename(dir)}-${randomBytes(4).toString('hex')}`);
    try {
      await rename(dir, trash);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    await rm(trash, { recursive: true, force: true });
  }

  /**
   * Staging and trash left by a crash are never part of any version. Staging folders of a live
   * process (a `buurtkiosk import` running right now) are left alone.
   */
  async #clearWorkFolders(): Promise<void> {
    await rm(this.trashDir, { recursive: true, force: true }).catch(() => undefined);
    for (const name of await readdir(this.stagingDir).catch(() => [] as string[])) {
      const pid = Number(name.split('-')[0]);
      if (pid !== process.pid && isAlive(pid)) continue;
      await rm(path.join(this.stagingDir, name), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
