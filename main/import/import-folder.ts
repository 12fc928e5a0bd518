/**
 * The import transaction: read content.json with caps, check the signature (if required), validate,
 * check every image, copy into staging, fsync, rename into the store, switch `current`. Until the
 * switch nothing the kiosk shows or would load at start-up has changed.
 */
import { realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { sortByLine, type Problem } from '../../core/content/problem';
import { withPlaces } from '../../core/content/place';
import type { Content } from '../../core/content/schema';
import { parseJsonSafely } from '../../core/content/safe-json';
import { validateContentText } from '../../core/content/validate';
import { imageRefs } from '../../core/import/image-refs';
import { CONTENT_FILE, MAX_CONTENT_BYTES } from '../content/load-content';
import type { ContentStore } from '../store/content-store';
import type { StoredVersion } from '../store/load-version';
import { MANIFEST_FILE, type Manifest } from '../store/manifest';
import { fsyncPath, writeSynced } from '../store/durable-fs';
import { contentVersion } from '../store/version-id';
import { megabytes, type Medium } from '../../core/import/image-verdict';
import { checkImages, type CheckedImage } from './check-images';
import { checkSignature } from './check-signature';
import { copyToStaging, SourceReadError, type ImportHooks } from './copy-to-staging';
import { readRegularFile, resolveInside } from './folder-files';

export interface ImportRequest {
  /** The folder holding content.json (on a stick: its buurtkiosk/ folder). */
  folder: string;
  /** Shown to staff: "USB-stick KIOSK", "map /home/…". */
  source: string;
  medium: Medium;
  /** The stick's mount point: the folder must really be inside it (not a symlink leading away). */
  within?: string;
  store: ContentStore;
  /** The version on screen: identical content is not imported again. */
  shownVersion?: string | null;
  /** The device's ed25519 public key; null or absent accepts unsigned content. */
  signingKey?: string | null;
  now?: () => Date;
  hooks?: ImportHooks;
}

export type ImportOutcome =
  | { kind: 'imported'; stored: StoredVersion }
  | { kind: 'unchanged'; version: string; content: Content }
  | { kind: 'refused'; problems: Problem[] }
  /** The source vanished or changed mid-read (stick pulled out): nothing changed. */
  | { kind: 'removed' }
  /** No content.json at all (a folder import pointed at the wrong place). */
  | { kind: 'unreadable'; message: string }
  /** A local failure (disk full, store not writable): nothing changed. */
  | { kind: 'failed'; message: string };

/** Runs the whole transaction. Never throws for anything the source or the disk can do. */
export async function importFolder(req: ImportRequest): Promise<ImportOutcome> {
  let rootReal: string;
  try {
    rootReal = await realpath(req.folder);
  } catch {
    return gone(req, `map ${req.folder} niet gevonden`);
  }
  if (req.within !== undefined && !(await isInside(rootReal, req.within))) {
    return refuse('de map buurtkiosk verwijst naar een plaats buiten de stick; zet de echte map op de stick');
  }
  const found = await resolveInside(rootReal, CONTENT_FILE);
  if (!found.ok) {
    if (found.reason === 'not-a-file') return refuse(`${CONTENT_FILE} is geen gewoon bestand`);
    if (found.reason === 'outside') {
      return refuse(
        `${CONTENT_FILE} verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map`,
      );
    }
    return gone(req, `${CONTENT_FILE} niet gevonden in ${req.folder}`);
  }
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readRegularFile(found.real, MAX_CONTENT_BYTES);
  } catch {
    return gone(req, `${CONTENT_FILE} kan niet gelezen worden`);
  }
  if (bytes === 'too-big') {
    return refuse(
      `${CONTENT_FILE} is te groot (${megabytes(found.size)}, hoogstens ${megabytes(MAX_CONTENT_BYTES)})`,
    );
  }
  let checked: Checked;
  try {
    checked = await check(req, rootReal, bytes);
  } catch {
    return gone(req, `bestanden in ${req.folder} konden niet gelezen worden`);
  }
  if (checked.kind !== 'ok') return checked;
  try {
    return await commit(req, bytes, checked.content, checked.images);
  } catch (err) {
    if (err instanceof SourceReadError)
      return gone(req, `${err.file} veranderde of verdween tijdens het kopiëren`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      return { kind: 'failed', message: 'te weinig vrije ruimte op de kiosk; de inhoud is niet overgenomen' };
    }
    return { kind: 'failed', message: `de kiosk kon de inhoud niet opslaan (${code ?? String(err)})` };
  }
}

type Checked = { kind: 'ok'; content: Content; images: CheckedImage[] } | ImportOutcome;

/** Signature, validation and images; reads the source but writes nothing. */
async function check(req: ImportRequest, rootReal: string, bytes: Buffer): Promise<Checked> {
  if (req.signingKey) {
    const problems = await checkSignature(rootReal, bytes, req.signingKey);
    if (problems.length > 0) return { kind: 'refused', problems };
  }
  const text = bytes.toString('utf8');
  const validation = validateContentText(text);
  const problems = validation.ok ? [] : [...validation.problems];
  const parsed = validation.ok ? validation.content : rawValue(text);
  const reported = new Set(problems.map((p) => p.path));
  const images = await checkImages(rootReal, text, imageRefs(parsed), reported, req.medium);
  problems.push(...withPlaces(images.problems, parsed));
  if (validation.ok && problems.length === 0)
    return { kind: 'ok', content: validation.content, images: images.images };
  // Every image "missing" because the whole stick just went away is not a content problem.
  if (!(await resolveInside(rootReal, CONTENT_FILE)).ok)
    return gone(req, `${req.folder} verdween tijdens het lezen`);
  return { kind: 'refused', problems: sortByLine(problems) };
}

/** Copies into staging, then renames into the store and switches `current`. */
async function commit(
  req: ImportRequest,
  bytes: Buffer,
  content: Content,
  images: CheckedImage[],
): Promise<ImportOutcome> {
  const staging = await req.store.createStaging();
  try {
    const files = await copyToStaging(staging, bytes, images, req.hooks);
    const [contentFile, ...imageFiles] = files;
    const version = contentVersion(contentFile!.sha256, new Map(imageFiles.map((f) => [f.path, f.sha256])));
    if (version === req.shownVersion) return { kind: 'unchanged', version, content };
    const manifest: Manifest = {
      format: 1,
      version,
      source: req.source,
      importedAt: (req.now?.() ?? new Date()).toISOString(),
      files,
    };
    await writeSynced(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    await fsyncPath(staging);
    await req.store.addVersion(staging, manifest);
    await req.store.setCurrent(version);
    const stored = await req.store.loadVersion(version);
    if (!stored) return { kind: 'failed', message: 'de kopie op de kiosk is niet in orde (schijf defect?)' };
    await req.store.prune().catch(() => undefined); // old versions then linger until the next import
    return { kind: 'imported', stored };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function isInside(real: string, mount: string): Promise<boolean> {
  try {
    const mountReal = await realpath(mount);
    return real.startsWith(mountReal + path.sep);
  } catch {
    return false;
  }
}

function refuse(message: string): ImportOutcome {
  return { kind: 'refused', problems: [{ path: '', message }] };
}

/** A missing folder or file: on a stick it was pulled out; for a folder import the path is wrong. */
function gone(req: ImportRequest, message: string): ImportOutcome {
  return req.medium === 'stick' ? { kind: 'removed' } : { kind: 'unreadable', message };
}

/** The parsed JSON of invalid content (for finding its images), or null when unparseable. */
function rawValue(text: string): unknown {
  const parsed = parseJsonSafely(text);
  return parsed.ok ? parsed.value : null;
}
