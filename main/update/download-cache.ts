/**
 * The network updater's work folder on the store's own disk: every file it downloaded and checked,
 * named by its SHA-256, kept until the publication is imported, so a check that failed halfway (a
 * publication still being uploaded) does not download the good files again next time. The
 * publication is put together from these files as a stick's buurtkiosk/ folder and imported from there.
 * It lives in the store's staging folder, so a crash leaves nothing that survives the next start.
 */
import { access, copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { readCapped } from '../content/load-content';
import type { ContentStore } from '../store/content-store';
import { sha256Hex } from '../store/version-id';
import { writeSynced } from '../store/durable-fs';

/** A file the publication lists: where it goes, and the size and hash it must have. */
export interface ListedFile {
  path: string;
  size: number;
  sha256: string;
}

export class DownloadCache {
  #dir: string | null = null;

  constructor(private readonly store: ContentStore) {}

  /** The checked file with this hash, or null when it is not here. */
  async find(sha256: string): Promise<string | null> {
    const file = path.join(await this.#byHash(), sha256);
    return access(file).then(
      () => file,
      () => null,
    );
  }

  /** Keeps bytes already checked against `sha256` (written to a temporary name first); returns the file. */
  async keep(sha256: string, bytes: Uint8Array): Promise<string> {
    const target = path.join(await this.#byHash(), sha256);
    const temporary = `${target}.part`;
    await rm(temporary, { force: true });
    await writeSynced(temporary, bytes);
    await rename(temporary, target);
    return target;
  }

  /**
   * Takes a file the store already has (by hash), if its bytes still hash right: an image that stays
   * from one publication to the next is never downloaded again. Returns the file, or null.
   */
  async adopt(file: ListedFile, stored: string): Promise<string | null> {
    const bytes = await readCapped(stored, file.size).catch(() => null);
    if (bytes === null || bytes === 'too-big' || sha256Hex(bytes) !== file.sha256) return null;
    const target = path.join(await this.#byHash(), file.sha256);
    await rm(target, { force: true });
    await link(stored, target).catch(() => copyFile(stored, target));
    return target;
  }

  /**
   * A fresh folder holding `files` under their own paths (hard links to the checked copies) and the
   * signed manifest and signature beside them: the publication as a stick would carry it.
   */
  async assemble(files: readonly ListedFile[], extra: Readonly<Record<string, Uint8Array>>): Promise<string> {
    const root = path.join(await this.#root(), 'publicatie');
    await rm(root, { recursive: true, force: true });
    await mkdir(root);
    for (const file of files) {
      const target = path.join(root, ...file.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      const source = path.join(await this.#byHash(), file.sha256);
      await link(source, target).catch(() => copyFile(source, target));
    }
    for (const [name, bytes] of Object.entries(extra)) await writeSynced(path.join(root, name), bytes);
    return root;
  }

  /** Forgets every downloaded file (after an import, the store has them). */
  async clear(): Promise<void> {
    if (this.#dir) await rm(this.#dir, { recursive: true, force: true });
    this.#dir = null;
  }

  async #root(): Promise<string> {
    this.#dir ??= await this.store.createStaging();
    return this.#dir;
  }

  async #byHash(): Promise<string> {
    const dir = path.join(await this.#root(), 'per-hash');
    await mkdir(dir, { recursive: true });
    return dir;
  }
}
