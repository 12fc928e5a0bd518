/**
 * The photos of the open folder: which files it has, what the importer would say of each one named
 * in the draft, the bytes for thumbnails and the preview, the photos chosen since the last save, and
 * their object URLs, revoked when the folder closes or the editor goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeImageName } from '../../core/editor/image-name';
import type { Draft } from '../../core/editor/read-draft';
import { imageRefs } from '../../core/import/image-refs';
import { fileFacts, type ImageFacts } from '../../core/import/image-verdict';
import type { ContentFolder } from '../storage/content-folder';

/** Holds the folder's images for one `<editor-app>`. */
export class ImagesController implements ReactiveController {
  /** Every image the editor has bytes for (from the folder or newly chosen), by path. */
  images: ReadonlyMap<string, Blob> = new Map();
  /** Image paths in the folder plus the ones chosen since; null when the folder cannot be listed. */
  #available: Set<string> | null = null;
  #facts = new Map<string, ImageFacts>();
  /** Photos chosen since the last save, by path. */
  #pending = new Map<string, Blob>();
  #urls = new Map<string, string>();
  /** Bumped per folder, so a slow read for a closed folder lands nowhere. */
  #generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** Drops everything of the previous folder and revokes its object URLs. */
  forget(): void {
    this.#generation++;
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
    this.#pending.clear();
    this.#facts.clear();
    this.#available = null;
    this.images = new Map();
    this.host.requestUpdate();
  }

  /** Starts over for `folder`: lists its images and reads the ones `draft` names (none yet: null). */
  async open(folder: ContentFolder, draft: Draft | null): Promise<void> {
    this.forget();
    const generation = this.#generation;
    const listed = await folder.listImages();
    if (generation !== this.#generation) return;
    this.#available = listed ? new Set(listed) : null;
    if (draft) await this.readNamed(folder, draft);
  }

  /** Reads the images `draft` names that the editor does not know yet (after an open or a repair). */
  async readNamed(folder: ContentFolder, draft: Draft): Promise<void> {
    const generation = this.#generation;
    const images = new Map(this.images);
    for (const { file } of imageRefs(draft)) {
      // Also a file the listing left out: it goes three folders deep, the importer takes any depth
      // ("images/2026/12/kerst/markt.png" was "niet gevonden" here and fine on the screen).
      if (this.#facts.has(file)) continue;
      const found = await folder.readImage(file);
      if (generation !== this.#generation) return;
      if (!found.found) {
        this.#facts.set(file, { kind: 'missing' });
        continue;
      }
      const blob = found.blob;
      // The whole file, once and within the size cap: the importer checks its end too.
      const facts = await fileFacts(
        file,
        found.size,
        blob && (async () => new Uint8Array(await blob.arrayBuffer())),
      ).catch((err: unknown): ImageFacts => {
        console.warn(`images: ${file} could not be read`, err);
        return { kind: 'missing' };
      });
      if (generation !== this.#generation) return;
      this.#facts.set(file, facts);
      if (blob && facts.kind === 'file') images.set(file, blob);
    }
    if (generation !== this.#generation) return;
    this.images = images;
    this.host.requestUpdate();
  }

  /**
   * What the editor knows of an image file, as the importer would see it; undefined while it is
   * still unknown (not read yet, or the folder cannot be listed and the file was never read).
   */
  readonly facts = (file: string): ImageFacts | undefined => {
    const known = this.#facts.get(file);
    if (known) return known;
    return this.#available !== null && !this.#available.has(file) ? { kind: 'missing' } : undefined;
  };

  /** Stores a chosen (already prepared) photo under a free name in images/ and returns its path. */
  add(originalName: string, extension: string, blob: Blob): string {
    const taken = new Set(
      [...(this.#available ?? []), ...this.images.keys()].map((p) => p.split('/').at(-1) ?? p),
    );
    const path = `images/${safeImageName(originalName, extension, taken)}`;
    this.#pending.set(path, blob);
    this.#available?.add(path);
    // A photo the editor prepared itself is a real image of a fitting size: not inspected, but its
    // size counts towards what all photos together may weigh, as the importer adds them up.
    this.#facts.set(path, { kind: 'file', size: blob.size, inspection: null });
    this.images = new Map(this.images).set(path, blob);
    this.host.requestUpdate();
    return path;
  }

  /** The chosen photos the draft still names: what Opslaan must write besides content.json. */
  pendingFor(draft: Draft): Map<string, Blob> {
    const named = new Set(imageRefs(draft).map((r) => r.file));
    return new Map([...this.#pending].filter(([path]) => named.has(path)));
  }

  /** After a save: the chosen photos are in the folder now. */
  saved(): void {
    this.#pending.clear();
  }

  /** An object URL to show the image at `path`, made on first use; undefined without its bytes. */
  readonly url = (path: string): string | undefined => {
    const blob = this.images.get(path);
    if (!blob) return undefined;
    let url = this.#urls.get(path);
    if (!url) {
      url = URL.createObjectURL(blob);
      this.#urls.set(path, url);
    }
    return url;
  };
}
