/** Stand-ins for the editor's controllers in Node: a host that counts updates, and folders in memory or on disk. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showsSigning } from '../../core/editor/signed-folder';
import type { ContentFolder, ImageFile } from '../../editor/storage/content-folder';

/** A Lit host without a DOM: collects its controllers and counts update requests. */
export class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** As Lit does when the element leaves the page. */
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** A folder in memory; `saves` records what Opslaan wrote. */
export class MemoryFolder implements ContentFolder {
  /** 'download' stands in for a browser that cannot write into the folder. */
  saveMode: 'direct' | 'download' = 'direct';
  readonly label = 'buurtkiosk';
  readonly saves: { content: string; images: string[] }[] = [];

  constructor(
    public content: string | null,
    readonly files: Map<string, Uint8Array> = new Map(),
    readonly target: 'stick' | 'folder' = 'folder',
    /** Whether the folder holds a signature, as the real folders find out. */
    public signed = false,
  ) {}

  async isSigned(): Promise<boolean> {
    return this.signed;
  }

  async readContent(): Promise<string | null> {
    return this.content;
  }
  async listImages(): Promise<string[]> {
    return [...this.files.keys()];
  }
  async readImage(file: string): Promise<ImageFile> {
    const bytes = this.files.get(file);
    return bytes
      ? { found: true, size: bytes.byteLength, blob: new Blob([bytes.slice()]) }
      : { found: false };
  }
  async save(content: string, images: ReadonlyMap<string, Blob>): Promise<void> {
    for (const [file, blob] of images) this.files.set(file, new Uint8Array(await blob.arrayBuffer()));
    this.content = content;
    this.saves.push({ content, images: [...images.keys()] });
  }
}

/** A content folder on disk as the File System Access API would show it (any image file, any bytes). */
export function diskFolder(dir: string): MemoryFolder {
  const files = new Map<string, Uint8Array>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (/\.(png|jpe?g|webp)$/i.test(e.name) && statSync(path.join(dir, child)).isFile())
        files.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk('');
  const file = path.join(dir, 'content.json');
  return new MemoryFolder(
    existsSync(file) ? readFileSync(file, 'utf8') : null,
    files,
    'folder',
    showsSigning(readdirSync(dir)),
  );
}
