/** Where the editor reads and writes: the stick's folder, the `buurtkiosk edit` server, or downloads. */

/** Image files the kiosk accepts (as the schema and the importer do). */
export const IMAGE_FILE = /\.(png|jpe?g|webp)$/i;

/** What a folder has under an image name: nothing, or a file (its bytes unless too big to hand over). */
export type ImageFile = { found: false } | { found: true; size: number; blob: Blob | null };

/** One way of reading and writing the content folder. */
export interface ContentFolder {
  /** Shown to staff, e.g. "buurtkiosk" or "content.json". */
  readonly label: string;
  /** Where Opslaan writes: on a USB stick, or in a folder on this computer. */
  readonly target: 'stick' | 'folder';
  /**
   * `direct`: Opslaan writes into the folder. `download`: the browser cannot write there, so Opslaan
   * hands the files over as downloads with instructions.
   */
  readonly saveMode: 'direct' | 'download';
  /**
   * True when the folder was signed with `buurtkiosk sign` (it holds ondertekening.json or another
   * signing file): a save makes that signature stale. False when the folder cannot tell.
   */
  isSigned(): Promise<boolean>;
  /** The text of content.json, or null when the folder has none yet. */
  readContent(): Promise<string | null>;
  /** Image paths in the folder ("images/koffie.png"), or null when the folder cannot be listed. */
  listImages(): Promise<string[] | null>;
  /** An image file, as far as the folder can tell (`found: false` also when it cannot be read). */
  readImage(path: string): Promise<ImageFile>;
  /** Writes the new images first and content.json last, so the file never names an image not yet written. */
  save(contentText: string, newImages: ReadonlyMap<string, Blob>): Promise<void>;
}
