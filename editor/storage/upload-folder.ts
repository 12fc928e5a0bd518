/**
 * For browsers that cannot write into a folder (Firefox): staff choose the `buurtkiosk` folder (or only
 * content.json) to read it, and Opslaan hands over content.json and new photos as downloads, with
 * instructions on where to put them on the stick.
 */
import { showsSigning } from '../../core/editor/signed-folder';
import { IMAGE_FILE, type ContentFolder, type ImageFile } from './content-folder';

/** Chosen files to read from; saving hands the files over as downloads. */
export class UploadFolder implements ContentFolder {
  readonly saveMode = 'download';
  readonly target = 'stick';
  readonly #content: File | null;
  /** Files by path inside the content folder; null when only content.json was chosen. */
  readonly #files: Map<string, File> | null;

  private constructor(
    readonly label: string,
    content: File | null,
    files: Map<string, File> | null,
  ) {
    this.#content = content;
    this.#files = files;
  }

  /** From an <input type=file webkitdirectory>: finds content.json and the images beside it. */
  static fromDirectory(list: FileList): UploadFolder | null {
    const files = [...list];
    const content = files
      .filter((f) => f.name === 'content.json')
      .sort((a, b) => a.webkitRelativePath.length - b.webkitRelativePath.length)[0];
    if (!content) return null;
    const base = content.webkitRelativePath.slice(0, -'content.json'.length);
    const map = new Map<string, File>();
    for (const f of files) {
      if (f.webkitRelativePath.startsWith(base)) map.set(f.webkitRelativePath.slice(base.length), f);
    }
    const label = base.split('/').filter(Boolean).at(-1) ?? 'buurtkiosk';
    return new UploadFolder(label, content, map);
  }

  /** From a single chosen content.json (no images known). */
  static fromFile(file: File): UploadFolder {
    return new UploadFolder(file.name, file, null);
  }

  /** Nothing opened: new content, saved as downloads. */
  static empty(): UploadFolder {
    return new UploadFolder('nieuwe inhoud', null, new Map());
  }

  /** Only content.json chosen: the folder's other files are unknown, so no signature is seen. */
  async isSigned(): Promise<boolean> {
    return this.#files !== null && showsSigning(this.#files.keys());
  }

  readContent(): Promise<string | null> {
    return this.#content ? this.#content.text() : Promise.resolve(null);
  }

  async listImages(): Promise<string[] | null> {
    return this.#files ? [...this.#files.keys()].filter((p) => IMAGE_FILE.test(p)) : null;
  }

  async readImage(path: string): Promise<ImageFile> {
    const file = this.#files?.get(path);
    return file ? { found: true, size: file.size, blob: file } : { found: false };
  }

  async save(contentText: string, newImages: ReadonlyMap<string, Blob>): Promise<void> {
    for (const [path, blob] of newImages) download(blob, path.split('/').at(-1) ?? path);
    download(new Blob([contentText], { type: 'application/json' }), 'content.json');
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
