/**
 * The network updater's work folder on the store's own disk: every file it downloaded and checked,
 * named by its SHA-256, kept until the publication is imported, so a check that failed halfway (a
 * publication still being uploaded) does not download the good files again next time. It holds one
 * publication at most: a check of a publication first drops every file that publication does not list.
 * The publication is put together from these files as a stick's buurtkiosk/ folder and imported from there.
 * It lives in the store's staging folder, so a crash leaves nothing that survives the next start.
 * A full disk is met as a stick's import meets it: a half-written file is removed, old versions go
 * (the current one and the one before it stay), and the write is tried once more.
 */
import { access, copyFile, link, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { readCapped } from '../content/load-content';
import type { ImportHooks } from '../import/copy-to-staging';
import { KEEP_PREVIOUS_WHEN_FULL, type ContentStore } from '../store/content-store';
import { SPARE_BYTES, freeBytes, isDiskFull } from '../store/disk-space';
import { sha256Hex } from '../store/version-id';
import { writeSynced } from '../store/durable-fs';
import { storedFilesByHash } from './stored-files';

/** A file the publication lists: where it goes, and the size and hash it must have. */
export interface ListedFile {
  path: string;
  size: number;
  sha256: string;
}

const BY_HASH = 'per-hash';
const ASSEMBLED = 'publicatie';

export class DownloadCache {
  #dir: string | null = null;

  /** `hooks`: test seams for the writes (a full disk) and the free space, as an import has them. */
  constructor(
    private readonly store: ContentStore,
    private readonly hooks: Pick<ImportHooks, 'beforeWrite' | 'freeBytes'> = {},
  ) {}

  /** The checked file with this hash, or null when it is not here. */
  async find(sha256: string): Promise<string | null> {
    if (this.#dir === null) return null;
    const file = path.join(this.#dir, BY_HASH, sha256);
    return access(file).then(
      () => file,
      () => null,
    );
  }

  /**
   * Drops every file the publication listing `files` does not list: what an earlier publication left
   * behind is never needed again, and the files it does list spare a download on the next try.
   */
  async retain(files: readonly ListedFile[]): Promise<void> {
    if (this.#dir === null) return;
    const listed = new Set(files.map((file) => file.sha256));
    await rm(path.join(this.#dir, ASSEMBLED), { recursive: true, force: true });
    const byHash = path.join(this.#dir, BY_HASH);
    for (const name of await readdir(byHash).catch(() => [] as string[])) {
      if (!listed.has(name)) await rm(path.join(byHash, name), { recursive: true, force: true });
    }
  }

  /**
   * Before downloading `files`: can the disk hold what this check will write, the files still to
   * download and the import's own copy of them all? When it is short, old versions go first (the
   * current one and the one before it stay), as for a stick. False when even then it cannot: nothing
   * is downloaded that could not be imported.
   */
  async makeRoom(files: readonly ListedFile[]): Promise<boolean> {
    const free = () => (this.hooks.freeBytes ?? (() => freeBytes(this.store.root)))().catch(() => Infinity);
    if ((await free()) >= (await this.#needed(files)) + SPARE_BYTES) return true;
    // Best effort: a store locked by another import now meets a full disk, if at all, in #withRoom.
    await this.store.prune(KEEP_PREVIOUS_WHEN_FULL).catch(() => undefined);
    return (await free()) >= (await this.#needed(files));
  }

  /** Keeps bytes already checked against `sha256` (written to a temporary name first); returns the file. */
  keep(sha256: string, bytes: Uint8Array): Promise<string> {
    return this.#withRoom(async () => {
      const target = path.join(await this.#byHash(), sha256);
      await this.#place(target, (part) => writeSynced(part, bytes));
      return target;
    });
  }

  /**
   * Takes a file the store already has (by hash), if its bytes still hash right: an image that stays
   * from one publication to the next is never downloaded again. Returns the file, or null.
   */
  async adopt(file: ListedFile, stored: string): Promise<string | null> {
    const bytes = await readCapped(stored, file.size).catch(() => null);
    if (bytes === null || bytes === 'too-big' || sha256Hex(bytes) !== file.sha256) return null;
    return this.#withRoom(async () => {
      const target = path.join(await this.#byHash(), file.sha256);
      await this.#place(target, (part) => link(stored, part).catch(() => copyFile(stored, part)));
      return target;
    });
  }

  /**
   * A fresh folder holding `files` under their own paths (hard links to the checked copies) and the
   * signed manifest and signature beside them: the publication as a stick would carry it.
   */
  assemble(files: readonly ListedFile[], extra: Readonly<Record<string, Uint8Array>>): Promise<string> {
    return this.#withRoom(async () => {
      const root = path.join(await this.#root(), ASSEMBLED);
      await rm(root, { recursive: true, force: true });
      try {
        await mkdir(root);
        for (const file of files) {
          const target = path.join(root, ...file.path.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          const source = path.join(await this.#byHash(), file.sha256);
          await this.hooks.beforeWrite?.(target);
          await link(source, target).catch(() => copyFile(source, target));
        }
        for (const [name, bytes] of Object.entries(extra)) {
          await this.hooks.beforeWrite?.(path.join(root, name));
          await writeSynced(path.join(root, name), bytes);
        }
        return root;
      } catch (err) {
        await rm(root, { recursive: true, force: true }).catch(() => undefined);
        throw err;
      }
    });
  }

  /** Forgets every downloaded file (after an import the store has them; after a local failure they take room). */
  async clear(): Promise<void> {
    if (this.#dir) await rm(this.#dir, { recursive: true, force: true });
    this.#dir = null;
  }

  /** Bytes a check of `files` writes: each file not at hand (here or in the store) once, and the import's copy. */
  async #needed(files: readonly ListedFile[]): Promise<number> {
    const stored = await storedFilesByHash(this.store);
    let bytes = 0;
    for (const file of files) bytes += file.size;
    for (const file of new Map(files.map((f) => [f.sha256, f])).values()) {
      if (!stored.has(file.sha256) && (await this.find(file.sha256)) === null) bytes += file.size;
    }
    return bytes;
  }

  /** Runs a write; on a full disk, old versions go first (as for a stick) and it is tried once more. */
  async #withRoom<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      if (!isDiskFull(err)) throw err;
      // A store that cannot be pruned now (locked, or too full for the lock file) just meets the full disk again.
      await this.store.prune(KEEP_PREVIOUS_WHEN_FULL).catch(() => undefined);
      return write();
    }
  }

  /** Writes `target` under a temporary name, renamed once whole and removed when the write fails. */
  async #place(target: string, write: (part: string) => Promise<void>): Promise<void> {
    const part = `${target}.part`;
    await rm(part, { force: true });
    try {
      await this.hooks.beforeWrite?.(part);
      await write(part);
      await rename(part, target);
    } catch (err) {
      await rm(part, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  async #root(): Promise<string> {
    this.#dir ??= await this.store.createStaging();
    return this.#dir;
  }

  async #byHash(): Promise<string> {
    const dir = path.join(await this.#root(), BY_HASH);
    await mkdir(dir, { recursive: true });
    return dir;
  }
}
