/**
 * The folder `buurtkiosk edit` works on: read content.json and images, and write content.json and
 * new photos, never anything else and never outside the folder. Writes go to a temporary file that is
 * fsynced and renamed into place, so a crash leaves the old file or the new one, not half of one.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_USB_ROOTS } from '../../core/config/device-config';
import { SIGNING_FILES } from '../../core/editor/signed-folder';
import { CONTENT_FILE, MAX_CONTENT_BYTES } from '../content/load-content';
import { megabytes } from '../../core/import/image-verdict';
import { detectImageType } from '../../core/import/image-type';
import { resolveInside, readRegularFile } from '../import/folder-files';
import { MAX_IMAGE_BYTES } from '../import/limits';

/** Where removable media are mounted: the kiosk's own USB roots (Linux), and macOS's /Volumes. */
const STICK_ROOTS: readonly string[] = [...DEFAULT_USB_ROOTS, '/Volumes'];

/** The only file names the editor writes into images/: plain names of the kiosk's image types. */
export const WRITABLE_IMAGE = /^images\/[A-Za-z0-9][A-Za-z0-9._ -]{0,99}\.(png|jpe?g|webp)$/i;
const IMAGE_NAME = /\.(png|jpe?g|webp)$/i;

/** content.json is there but is not a file the kiosk would take; the reason is in Dutch. */
export class ContentUnreadable extends Error {}

/** One content folder, opened by its real path; every read and write stays inside it. */
export class EditorFolder {
  private constructor(readonly real: string) {}

  /** Opens `dir`; a stick's root with a buurtkiosk/ folder inside means that folder. */
  static async open(dir: string): Promise<EditorFolder> {
    let real = await realpath(dir);
    if (
      !(await isFile(path.join(real, CONTENT_FILE))) &&
      (await isDirectory(path.join(real, 'buurtkiosk')))
    ) {
      real = await realpath(path.join(real, 'buurtkiosk'));
    }
    if (!(await isDirectory(real))) throw new Error(`${dir} is geen map`);
    return new EditorFolder(real);
  }

  get name(): string {
    return path.basename(this.real);
  }

  /** True when the folder is on a USB stick (or other removable medium), as far as the path tells. */
  get onStick(): boolean {
    return STICK_ROOTS.some((root) => this.real.startsWith(root + path.sep));
  }

  /** True when a signing file lies in the folder (whatever it is: even a broken one needs a new signing). */
  async isSigned(): Promise<boolean> {
    for (const name of SIGNING_FILES) {
      if (
        await lstat(path.join(this.real, name)).then(
          () => true,
          () => false,
        )
      )
        return true;
    }
    return false;
  }

  /**
   * content.json's text, or null when there is none yet. Read as the importer reads it: only a
   * regular file inside the folder, so a link to a file elsewhere (a prepared stick) is refused here
   * too, instead of its text being served to the browser and maybe saved back onto the stick.
   */
  async readContent(): Promise<string | null> {
    const found = await resolveInside(this.real, CONTENT_FILE);
    if (!found.ok) {
      if (found.reason === 'missing') return null;
      throw new ContentUnreadable(
        found.reason === 'outside'
          ? `${CONTENT_FILE} verwijst naar een bestand buiten de map ${this.name}; zet het echte bestand in de map`
          : `${CONTENT_FILE} is geen gewoon bestand; zet er het echte bestand`,
      );
    }
    const bytes = await readRegularFile(found.real, MAX_CONTENT_BYTES);
    if (bytes === 'too-big') {
      throw new ContentUnreadable(
        `${CONTENT_FILE} is te groot (${megabytes(found.size)}, hoogstens ${megabytes(MAX_CONTENT_BYTES)})`,
      );
    }
    return bytes.toString('utf8');
  }

  /** Image files up to three folders deep, as forward-slash paths ("images/koffie.png"). */
  async listImages(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (rel: string, depth: number) => {
      const entries = await readdir(path.join(this.real, rel), { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isFile() && IMAGE_NAME.test(e.name)) out.push(child);
        else if (e.isDirectory() && depth < 3) await walk(child, depth + 1);
      }
    };
    await walk('', 0);
    return out.sort();
  }

  /**
   * An image file's bytes and type (application/octet-stream when the bytes are no PNG, JPEG or
   * WebP, so the editor can say what the importer would), its size when it is too big to send, or
   * null when there is no such file inside the folder.
   */
  async readImage(relative: string): Promise<{ body: Buffer; type: string } | { tooBig: number } | null> {
    if (!IMAGE_NAME.test(relative)) return null;
    const inside = await resolveInside(this.real, relative);
    if (!inside.ok) return null;
    const body = await readRegularFile(inside.real, MAX_IMAGE_BYTES).catch(() => null);
    if (body === null) return null;
    if (body === 'too-big') return { tooBig: inside.size };
    const type = detectImageType(body.subarray(0, 16));
    return { body, type: type ? `image/${type}` : 'application/octet-stream' };
  }

  /** Replaces content.json. */
  async writeContent(text: string): Promise<void> {
    await writeAtomically(this.real, CONTENT_FILE, Buffer.from(text, 'utf8'));
  }

  /**
   * Writes a photo to images/<name>. Refuses other names, images/ being a link out of the folder,
   * and bytes that are not the PNG, JPEG or WebP the name says.
   */
  async writeImage(relative: string, body: Uint8Array): Promise<string | null> {
    if (!WRITABLE_IMAGE.test(relative)) return 'alleen afbeeldingen in de map images/ (png, jpg of webp)';
    if (body.byteLength > MAX_IMAGE_BYTES) return 'de afbeelding is te groot';
    const type = detectImageType(body.subarray(0, 16));
    const ext = path.extname(relative).slice(1).toLowerCase();
    if (type === null || (type === 'jpeg' ? !['jpg', 'jpeg'].includes(ext) : type !== ext)) {
      return 'de inhoud is geen afbeelding van het soort dat de naam zegt';
    }
    const images = path.join(this.real, 'images');
    await mkdir(images, { recursive: true });
    const imagesReal = await realpath(images);
    if (imagesReal !== path.join(this.real, 'images')) return 'de map images/ wijst buiten de map';
    await writeAtomically(imagesReal, relative.slice('images/'.length), body);
    return null;
  }
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Temp file beside the target, fsync, rename over it; the folder fsync is best effort (not on Windows). */
async function writeAtomically(dir: string, name: string, body: Uint8Array): Promise<void> {
  const target = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    // On a read-only or pulled stick removing the temp file fails too: the first error is the one to tell.
    await rm(temp, { force: true }).catch(() => {});
    throw err;
  }
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Windows cannot fsync a folder; the rename itself is already done.
  }
}
