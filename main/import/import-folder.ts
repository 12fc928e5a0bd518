/**
 * The import transaction: the check stage (check-source.ts), then, before anything is written, "is
 * this what the screen shows already?" (a re-inserted stick costs no SD-card writes), then a copy into
 * staging with fsyncs, and the commit under the store lock (older signed copies refused there, once
 * more). Until the commit nothing the kiosk shows or would load at start-up has changed. A full disk
 * first loses old versions (the current one and the one before it stay), then the import is retried once;
 * when it stays full, staff are told whether old versions went, there were none left to remove, or
 * the disk was too full to even start removing them.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../core/content/problem';
import type { Content } from '../../core/content/schema';
import { olderContentMessage } from '../../core/import/import-wording';
import { CONTENT_FILE } from '../content/load-content';
import { KEEP_PREVIOUS_WHEN_FULL, type ContentStore } from '../store/content-store';
import type { StoredVersion } from '../store/load-version';
import { MANIFEST_FILE, type Manifest, type ManifestFile } from '../store/manifest';
import { SPARE_BYTES, freeBytes, isDiskFull } from '../store/disk-space';
import { fsyncPath, writeSynced } from '../store/durable-fs';
import { StoreBusyError } from '../store/store-lock';
import { contentVersion } from '../store/version-id';
import { DeviceGuard, isStickUnresponsive } from '../usb/device-guard';
import type { Medium } from '../../core/import/image-verdict';
import { checkSource, type CheckedSource, type CheckOutcome } from './check-source';
import { copyToStaging, SignedHashMismatch, SourceReadError, type ImportHooks } from './copy-to-staging';
import { knownVersion } from './known-version';
import type { SigningCheck } from './signing-policy';

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
  /** What the device accepts (default: anything, unsigned). */
  signing?: SigningCheck;
  /** Time limits for the source; a stick brings its own (one per appearance). */
  guard?: DeviceGuard;
  /** Takes content signed earlier than the newest accepted (`buurtkiosk import --accept-older`). */
  acceptOlder?: boolean;
  /** Runs under the store lock once the version is current (the screen follows commits in order). */
  onCommitted?: (stored: StoredVersion) => void;
  now?: () => Date;
  hooks?: ImportHooks;
}

export type ImportOutcome =
  | Exclude<CheckOutcome, { kind: 'ok' }>
  | { kind: 'imported'; stored: StoredVersion }
  | { kind: 'unchanged'; version: string; content: Content }
  /** A local failure (disk full, store not writable): nothing changed. */
  | { kind: 'failed'; message: string };

/** What making room on a full disk did, for the words staff get when it stays full. */
interface Room {
  /** Old versions removed. */
  removed: number;
  /** A prune ran to its end (whether or not it found anything to remove). */
  pruned: boolean;
  /** A prune could not start: the disk was too full even to take the store lock. */
  blocked: boolean;
}

/** Runs the whole transaction. Never throws for anything the source or the disk can do. */
export async function importFolder(req: ImportRequest): Promise<ImportOutcome> {
  const guard = req.guard ?? new DeviceGuard();
  const now = req.now?.() ?? new Date();
  const checked = await checkSource({
    folder: req.folder,
    medium: req.medium,
    ...(req.within !== undefined ? { within: req.within } : {}),
    guard,
    signing: req.signing ?? { kind: 'none' },
    now,
  });
  if (checked.kind !== 'ok') return checked;
  const source = checked.source;
  const room: Room = { removed: 0, pruned: false, blocked: false };
  try {
    const older = await olderThanAccepted(req, source);
    if (older) return older;
    const known = await knownVersion(source, req.store, req.shownVersion ?? null, guard);
    if (known !== null && known === req.shownVersion) {
      const signedAt = source.verified?.manifest.signedAt;
      if (signedAt !== undefined) await req.store.noteSigning(signedAt, known);
      return { kind: 'unchanged', version: known, content: source.content };
    }
    try {
      return await copyAndCommit(req, source, known, guard, now, room);
    } catch (err) {
      if (!isDiskFull(err) || room.blocked) throw err;
      await pruneForRoom(req, room);
      return await copyAndCommit(req, source, known, guard, now, room);
    }
  } catch (err) {
    return failure(req, err, room);
  }
}

/** Signed earlier than content the kiosk already accepted: refused before anything is copied. */
async function olderThanAccepted(req: ImportRequest, source: CheckedSource): Promise<ImportOutcome | null> {
  const signedAt = source.verified?.manifest.signedAt;
  if (signedAt === undefined || req.acceptOlder) return null;
  const newest = await req.store.newestSigning();
  if (!newest || Date.parse(signedAt) >= Date.parse(newest.signedAt)) return null;
  return older(req, signedAt, newest.signedAt);
}

function older(req: ImportRequest, signedAt: string, newest: string): ImportOutcome {
  return {
    kind: 'refused',
    problems: [{ path: '', message: olderContentMessage(req.medium, signedAt, newest) }],
  };
}

/** Copies into staging (unless the store already has this version), then commits under the lock. */
async function copyAndCommit(
  req: ImportRequest,
  source: CheckedSource,
  known: string | null,
  guard: DeviceGuard,
  now: Date,
  room: Room,
): Promise<ImportOutcome> {
  const hooks = req.hooks ?? {};
  const already = known !== null ? await req.store.storedManifest(known) : null;
  if (!already) await makeRoom(req, source, hooks, room);
  const staging = already ? null : await req.store.createStaging();
  try {
    const files: ManifestFile[] = already
      ? already.files
      : await copyToStaging(staging ?? '', source.contentBytes, source.images, { guard, hooks });
    const version = versionOf(files);
    if (version === req.shownVersion) return { kind: 'unchanged', version, content: source.content };
    const verified = source.verified;
    const manifest: Manifest = {
      format: 1,
      version,
      source: req.source,
      importedAt: now.toISOString(),
      files,
      ...(verified
        ? {
            signed: {
              text: verified.text,
              signature: verified.signature,
              signedAt: verified.manifest.signedAt,
            },
          }
        : {}),
    };
    if (staging) {
      await hooks.beforeWrite?.(path.join(staging, MANIFEST_FILE));
      await writeSynced(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
      await fsyncPath(staging);
    }
    const result = await req.store.commit(staging, manifest, {
      ...(verified ? { signedAt: verified.manifest.signedAt } : {}),
      ...(req.acceptOlder ? { acceptOlder: true } : {}),
      ...(req.onCommitted ? { onCommitted: req.onCommitted } : {}),
    });
    if (result.kind === 'committed') return { kind: 'imported', stored: result.stored };
    if (result.kind === 'older') return older(req, verified?.manifest.signedAt ?? '', result.newest.signedAt);
    return { kind: 'failed', message: 'de kopie op de kiosk is niet in orde (schijf defect?)' };
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

function versionOf(files: readonly ManifestFile[]): string {
  const images = new Map(files.filter((f) => f.path !== CONTENT_FILE).map((f) => [f.path, f.sha256]));
  return contentVersion(files.find((f) => f.path === CONTENT_FILE)?.sha256 ?? '', images);
}

/** Prunes down to the current and previous version first when the copy would not fit. */
async function makeRoom(
  req: ImportRequest,
  source: CheckedSource,
  hooks: ImportHooks,
  room: Room,
): Promise<void> {
  const needed = source.contentBytes.length + source.images.reduce((sum, i) => sum + i.size, 0) + SPARE_BYTES;
  const free = await (hooks.freeBytes ?? (() => freeBytes(req.store.root)))().catch(() => Infinity);
  if (free < needed) await pruneForRoom(req, room);
}

/** Prunes for a full disk (under the store lock, as always), counting what went into `room`. */
async function pruneForRoom(req: ImportRequest, room: Room): Promise<void> {
  try {
    room.removed += await req.store.prune(KEEP_PREVIOUS_WHEN_FULL);
    room.pruned = true;
  } catch (err) {
    if (isDiskFull(err)) room.blocked = true;
    throw err;
  }
}

/** Everything that can go wrong after the checks, in the words staff get. */
function failure(req: ImportRequest, err: unknown, room: Room): ImportOutcome {
  if (isStickUnresponsive(err)) return { kind: 'stalled' };
  if (err instanceof SourceReadError) {
    const message = `${err.file} veranderde of verdween tijdens het kopiëren`;
    return req.medium === 'stick' ? { kind: 'removed' } : { kind: 'unreadable', message };
  }
  if (err instanceof SignedHashMismatch) {
    const problem: Problem = {
      path: '',
      file: err.file,
      message: `afbeelding "${err.file}" is veranderd na het ondertekenen; zet de ondertekende foto terug of onderteken de map opnieuw`,
    };
    return { kind: 'refused', problems: [problem] };
  }
  if (err instanceof StoreBusyError) {
    return {
      kind: 'failed',
      message: 'een andere import is nog bezig met de opslag; probeer het zo meteen opnieuw',
    };
  }
  if (isDiskFull(err)) return { kind: 'failed', message: diskFullMessage(room) };
  const code = (err as NodeJS.ErrnoException).code;
  return { kind: 'failed', message: `de kiosk kon de inhoud niet opslaan (${code ?? String(err)})` };
}

/** A disk that stayed full, by what making room did: only removed versions are called cleaned up. */
function diskFullMessage(room: Room): string {
  if (room.removed > 0) {
    return 'te weinig vrije ruimte op de kiosk, ook na het opruimen van oude versies; de inhoud is niet overgenomen';
  }
  const kept = 'de nieuwe inhoud is niet overgenomen en de huidige blijft op het scherm';
  if (room.pruned) {
    return `de schijf van de kiosk is vol en er zijn geen oude versies meer om op te ruimen; ${kept}; gebruik minder of kleinere foto's, of vraag wie de kiosk beheert om ruimte vrij te maken`;
  }
  return `de schijf van de kiosk is helemaal vol, zo vol dat er zelfs geen oude versies opgeruimd konden worden; ${kept}; vraag wie de kiosk beheert om ruimte vrij te maken`;
}
