/**
 * The File System Access API (Chromium, Edge): staff pick the stick's `buurtkiosk` folder once and
 * Opslaan writes straight into it. Picking the stick itself also works: its `buurtkiosk` folder is used.
 */
import { SIGNING_FILES } from '../../core/editor/signed-folder';
import { IMAGE_FILE, type ContentFolder, type ImageFile } from './content-folder';
import { browserWriteFailure } from './save-error';

interface DirectoryPickerWindow {
  showDirectoryPicker(options?: {
    id?: string;
    mode?: 'read' | 'readwrite';
  }): Promise<FileSystemDirectoryHandle>;
}

/** Entries of a directory (lib.dom has no async iterator for handles yet). */
type IterableDirectory = FileSystemDirectoryHandle & {
  values(): AsyncIterable<FileSystemDirectoryHandle | FileSystemFileHandle>;
};

/** True where the browser can write into a folder the user picks. */
export function canPickDirectory(): boolean {
  return typeof (window as unknown as Partial<DirectoryPickerWindow>).showDirectoryPicker === 'function';
}

/** Asks for a folder; null when staff cancel. */
export async function pickDirectory(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await (window as unknown as DirectoryPickerWindow).showDirectoryPicker({
      id: 'buurtkiosk',
      mode: 'readwrite',
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
}

async function childDirectory(dir: FileSystemDirectoryHandle, name: string, create = false) {
  try {
    return await dir.getDirectoryHandle(name, { create });
  } catch {
    return null;
  }
}

async function hasFile(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The content folder for a picked one: itself when it holds content.json or is called buurtkiosk,
 * else its `buurtkiosk` subfolder if any; null when it is neither (the app offers to create one).
 */
export async function resolveContentDirectory(
  picked: FileSystemDirectoryHandle,
): Promise<FileSystemDirectoryHandle | null> {
  if ((await hasFile(picked, 'content.json')) || picked.name === 'buurtkiosk') return picked;
  return childDirectory(picked, 'buurtkiosk');
}

/** Creates `buurtkiosk` inside the picked folder (for an empty stick). */
export async function createContentDirectory(
  picked: FileSystemDirectoryHandle,
): Promise<FileSystemDirectoryHandle> {
  return picked.getDirectoryHandle('buurtkiosk', { create: true });
}

/** A folder picked through the File System Access API; saves write into it directly. */
export class FsAccessFolder implements ContentFolder {
  readonly saveMode = 'direct';
  /** The page asks for the stick's folder; the browser does not say where a picked folder is. */
  readonly target = 'stick';
  constructor(readonly dir: FileSystemDirectoryHandle) {}

  get label(): string {
    return this.dir.name;
  }

  async isSigned(): Promise<boolean> {
    for (const name of SIGNING_FILES) if (await hasFile(this.dir, name)) return true;
    return false;
  }

  async readContent(): Promise<string | null> {
    try {
      return await (await (await this.dir.getFileHandle('content.json')).getFile()).text();
    } catch (err) {
      if (err instanceof DOMException && err.name === 'NotFoundError') return null;
      throw err;
    }
  }

  async listImages(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string, depth: number) => {
      for await (const entry of (dir as IterableDirectory).values()) {
        if (entry.kind === 'file' && IMAGE_FILE.test(entry.name)) out.push(prefix + entry.name);
        else if (entry.kind === 'directory' && depth < 3)
          await walk(entry, `${prefix}${entry.name}/`, depth + 1);
      }
    };
    await walk(this.dir, '', 0);
    return out;
  }

  async readImage(path: string): Promise<ImageFile> {
    const parts = path.split('/');
    let dir: FileSystemDirectoryHandle | null = this.dir;
    for (const part of parts.slice(0, -1)) {
      dir = dir ? await childDirectory(dir, part) : null;
    }
    try {
      if (!dir) return { found: false };
      const file = await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile();
      return { found: true, size: file.size, blob: file };
    } catch {
      return { found: false };
    }
  }

  /** Photos first, content.json last; a failure says, in staff's words, what was already written. */
  async save(contentText: string, newImages: ReadonlyMap<string, Blob>): Promise<void> {
    const written: string[] = [];
    try {
      for (const [path, blob] of newImages) {
        const name = path.replace(/^images\//, '');
        const images = await this.dir.getDirectoryHandle('images', { create: true });
        await writeFile(images, name, blob);
        written.push(path);
      }
      await writeFile(this.dir, 'content.json', new Blob([contentText], { type: 'application/json' }));
    } catch (err) {
      throw browserWriteFailure(err, written);
    }
  }
}

/**
 * createWritable writes to a temporary file and swaps it in on close: a pulled stick keeps the old
 * file. A file that was not there before is removed again when the write fails, so a failed save
 * leaves no empty photo or content.json behind.
 */
async function writeFile(dir: FileSystemDirectoryHandle, name: string, blob: Blob): Promise<void> {
  // Only a clear "not there" counts as new: anything else might be a file staff still need.
  const isNew = await dir.getFileHandle(name).then(
    () => false,
    (err: unknown) => (err as { name?: unknown } | null)?.name === 'NotFoundError',
  );
  const handle = await dir.getFileHandle(name, { create: true });
  try {
    const writable = await handle.createWritable();
    try {
      await writable.write(blob);
      await writable.close();
    } catch (err) {
      await writable.abort().catch(() => {});
      throw err;
    }
  } catch (err) {
    if (isNew) await dir.removeEntry(name).catch(() => {});
    throw err;
  }
}
