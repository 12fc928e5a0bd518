/**
 * One look at the update address, cheapest question first: has ondertekening.json changed (a
 * conditional GET, usually a 304 and nothing more)? Is its signature this screen's? Is it newer than
 * what the screen accepted? Only then content.json and the images it names, each only when no file
 * with its signed hash is at hand (the store keeps images by hash), each capped at its signed size
 * and checked against its signed hash. The files then go, as a stick's folder, through the very
 * import a stick takes (checks, staging, commit under the store lock); nothing else changes the screen.
 */
import type { KeyObject } from 'node:crypto';
import { parseJsonSafely } from '../../core/content/safe-json';
import { imageRefs } from '../../core/import/image-refs';
import {
  parseSignedManifest,
  SIGNATURE_FILE,
  SIGNED_MANIFEST_FILE,
  type SignedManifest,
} from '../../core/import/signed-manifest';
import type { NetworkResult } from '../../core/update/network-status';
import { formatDateTimeNl } from '../../core/import/import-wording';
import { CONTENT_FILE, MAX_CONTENT_BYTES, readCapped } from '../content/load-content';
import type { ImportOutcome } from '../import/import-folder';
import {
  MAX_IMAGE_BYTES,
  MAX_SIGNATURE_BYTES,
  MAX_SIGNED_MANIFEST_BYTES,
  MAX_TOTAL_BYTES,
} from '../import/limits';
import { verifySignature } from '../import/signature';
import type { ContentStore } from '../store/content-store';
import { sha256Hex } from '../store/version-id';
import type { DownloadCache, ListedFile } from './download-cache';
import { storedFilesByHash } from './stored-files';
import { httpGet, sizeWords, type GetResult, type HttpTimeouts, type Validators } from './http-get';
import { fileUrl, type UpdateAddress } from './update-address';

/** What a check came to, for the staff view. */
export interface Verdict {
  result: NetworkResult;
  detail: string | null;
}

/**
 * What the screen remembers of the last publication it came to a lasting verdict on: the server's
 * validators (so the next check is a 304) and the manifest's hash (for servers that send none).
 */
export interface PollMemory {
  validators: Validators;
  manifestSha256: string;
  verdict: Verdict;
}

/** Time limits: small files get `small`; a file of n bytes gets n / `bytesPerMs` more. */
export interface PublicationTimeouts {
  small: HttpTimeouts;
  bytesPerMs: number;
}

export interface CheckContext {
  address: UpdateAddress;
  store: ContentStore;
  /** This screen's public key: only publications signed with it are taken. */
  key: KeyObject;
  cache: DownloadCache;
  memory: PollMemory | null;
  /** The version on screen now. */
  shownVersion: string;
  /** The shared import transaction, for the folder the publication was put together in. */
  importFolder(folder: string): Promise<ImportOutcome>;
  timeouts: PublicationTimeouts;
  userAgent: string;
  signal: AbortSignal;
}

export interface CheckOutcome {
  verdict: Verdict;
  /**
   * True when the verdict lasts until the publication changes (it is about a publication whose
   * signature checked out, or the server said nothing changed); false when the next check may well
   * come out otherwise (unreachable, half-uploaded, not yet signed): the screen then tries again soon.
   */
  settled: boolean;
  /** What to remember for the next check. */
  memory: PollMemory | null;
  /** The import's own outcome, when it got that far. */
  imported: ImportOutcome | null;
}

/** A publication's ondertekening.json may list this many files at most. */
export const MAX_PUBLISHED_FILES = 5_000;

/** Checks the publication once; never throws for anything the server or the network can do. */
export async function checkPublication(ctx: CheckContext): Promise<CheckOutcome> {
  // Not settled: the memory of the last settled publication stays, so its 304s keep meaning the same.
  const keep = (verdict: Verdict): CheckOutcome => ({
    verdict,
    settled: false,
    memory: ctx.memory,
    imported: null,
  });
  const manifestGet = await get(ctx, SIGNED_MANIFEST_FILE, MAX_SIGNED_MANIFEST_BYTES, ctx.memory?.validators);
  if (manifestGet.kind === 'not-modified' && ctx.memory) {
    return { verdict: again(ctx.memory.verdict), settled: true, memory: ctx.memory, imported: null };
  }
  if (manifestGet.kind !== 'ok') {
    return keep(
      manifestGet.kind === 'missing'
        ? refused(`geen ${SIGNED_MANIFEST_FILE} op dit adres: nog niets gepubliceerd, of een verkeerd adres`)
        : failedGet(manifestGet),
    );
  }
  const manifestBytes = manifestGet.bytes;
  const manifestSha256 = sha256Hex(manifestBytes);
  const remember = (verdict: Verdict): PollMemory => ({
    validators: manifestGet.validators,
    manifestSha256,
    verdict,
  });
  if (ctx.memory?.manifestSha256 === manifestSha256) {
    const verdict = again(ctx.memory.verdict);
    return { verdict, settled: true, memory: remember(verdict), imported: null };
  }
  if (looksLikeHtml(manifestBytes, manifestGet.contentType)) {
    return keep(
      refused(
        `de server geeft een webpagina in plaats van ${SIGNED_MANIFEST_FILE} (een aanmeld- of foutpagina? klopt het adres?)`,
      ),
    );
  }
  const signatureGet = await get(ctx, SIGNATURE_FILE, MAX_SIGNATURE_BYTES, null);
  if (signatureGet.kind === 'missing') {
    return keep({ result: 'unsigned', detail: `${SIGNATURE_FILE} ontbreekt op de server` });
  }
  if (signatureGet.kind !== 'ok') return keep(failedGet(signatureGet));
  if (!verifySignature(manifestBytes, signatureGet.bytes.toString('utf8'), ctx.key)) {
    return keep({
      result: 'bad-signature',
      detail: `${SIGNATURE_FILE} past niet bij ${SIGNED_MANIFEST_FILE} of bij de sleutel van deze kiosk (nog bezig met uploaden, veranderd na het ondertekenen, of een andere sleutel)`,
    });
  }
  // From here on the manifest is the signer's own: a verdict on it lasts until it changes.
  const text = manifestBytes.toString('utf8');
  const parsed = parseSignedManifest(text);
  if (!parsed.ok) return settled(refused(`${SIGNED_MANIFEST_FILE} is ongeldig: ${parsed.problem}`));
  const manifest = parsed.manifest;
  const older = await olderThanAccepted(ctx.store, manifest);
  if (older) return settled(older);
  const shown = await ctx.store.storedManifest(ctx.shownVersion);
  if (shown?.signed?.text === text) return settled({ result: 'nothing-new', detail: null });
  const tooMuch = overLimits(manifest);
  if (tooMuch) return settled(refused(tooMuch));
  const files = await fetchFiles(ctx, manifest);
  if ('result' in files) return keep(files);
  const folder = await ctx.cache.assemble(files, {
    [SIGNED_MANIFEST_FILE]: manifestBytes,
    [SIGNATURE_FILE]: signatureGet.bytes,
  });
  const outcome = await ctx.importFolder(folder);
  const verdict = await importVerdict(ctx.store, manifest, outcome);
  if (outcome.kind === 'imported' || outcome.kind === 'unchanged') await ctx.cache.clear();
  const lasting = verdict.result !== 'failed' && verdict.result !== 'incomplete';
  return { verdict, settled: lasting, memory: lasting ? remember(verdict) : ctx.memory, imported: outcome };

  function settled(verdict: Verdict): CheckOutcome {
    return { verdict, settled: true, memory: remember(verdict), imported: null };
  }
}

/** content.json and every image it names that the manifest lists, as checked local files. */
async function fetchFiles(ctx: CheckContext, manifest: SignedManifest): Promise<ListedFile[] | Verdict> {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const contentFile = listed.get(CONTENT_FILE);
  if (!contentFile) return refused(`${CONTENT_FILE} staat niet in ${SIGNED_MANIFEST_FILE}`);
  const stored = await storedFilesByHash(ctx.store);
  const content = await ensureFile(ctx, contentFile, stored);
  if (typeof content !== 'string') return content;
  const bytes = await readCapped(content, contentFile.size);
  const parsed = parseJsonSafely(bytes === 'too-big' ? '' : bytes.toString('utf8'));
  const wanted = new Map<string, ListedFile>([[CONTENT_FILE, contentFile]]);
  // Images content.json names but the manifest does not list stay behind: the import names them.
  for (const ref of imageRefs(parsed.ok ? parsed.value : null)) {
    const file = listed.get(ref.file);
    if (file) wanted.set(file.path, file);
  }
  for (const file of wanted.values()) {
    const local = await ensureFile(ctx, file, stored);
    if (typeof local !== 'string') return local;
  }
  return [...wanted.values()];
}

/** The checked local copy of a listed file: kept from an earlier check, from the store, or downloaded. */
async function ensureFile(
  ctx: CheckContext,
  file: ListedFile,
  stored: ReadonlyMap<string, string>,
): Promise<string | Verdict> {
  const kept = await ctx.cache.find(file.sha256);
  if (kept) return kept;
  const inStore = stored.get(file.sha256);
  const adopted = inStore ? await ctx.cache.adopt(file, inStore) : null;
  if (adopted) return adopted;
  const got = await get(ctx, file.path, file.size, null);
  if (got.kind === 'missing') return incomplete(`"${file.path}" ontbreekt op de server`);
  if (got.kind === 'failed' && got.failure === 'too-big') {
    return incomplete(`"${file.path}" is op de server groter dan ondertekend`);
  }
  if (got.kind !== 'ok') return failedGet(got);
  if (got.bytes.length !== file.size || sha256Hex(got.bytes) !== file.sha256) {
    return incomplete(`"${file.path}" op de server is niet het ondertekende bestand`);
  }
  return ctx.cache.keep(file.sha256, got.bytes);
}

/** Refuses what a stick would be refused for by size, before a byte of it is downloaded. */
function overLimits(manifest: SignedManifest): string | null {
  if (manifest.files.length > MAX_PUBLISHED_FILES) {
    return `${SIGNED_MANIFEST_FILE} noemt ${manifest.files.length} bestanden (hoogstens ${MAX_PUBLISHED_FILES})`;
  }
  let total = 0;
  for (const file of manifest.files) {
    const cap = file.path === CONTENT_FILE ? MAX_CONTENT_BYTES : MAX_IMAGE_BYTES;
    if (file.size > cap)
      return `"${file.path}" is te groot (${sizeWords(file.size)}, hoogstens ${sizeWords(cap)})`;
    if (file.path !== CONTENT_FILE) total += file.size;
  }
  if (total > MAX_TOTAL_BYTES) {
    return `de afbeeldingen samen zijn te groot (${sizeWords(total)}, hoogstens ${sizeWords(MAX_TOTAL_BYTES)})`;
  }
  return null;
}

async function olderThanAccepted(store: ContentStore, manifest: SignedManifest): Promise<Verdict | null> {
  const newest = await store.newestSigning();
  if (!newest || Date.parse(manifest.signedAt) >= Date.parse(newest.signedAt)) return null;
  return {
    result: 'older',
    detail: `ondertekend op ${formatDateTimeNl(manifest.signedAt)}, maar deze kiosk aanvaardde al inhoud die ondertekend is op ${formatDateTimeNl(newest.signedAt)}`,
  };
}

/** The import's outcome in the network's words. */
async function importVerdict(
  store: ContentStore,
  manifest: SignedManifest,
  outcome: ImportOutcome,
): Promise<Verdict> {
  switch (outcome.kind) {
    case 'imported':
      return { result: 'updated', detail: `versie ${outcome.stored.bundle.version}` };
    case 'unchanged':
      return { result: 'nothing-new', detail: null };
    case 'refused':
      // A stick with newer content may have come in while this one was downloading.
      return (
        (await olderThanAccepted(store, manifest)) ??
        refused(outcome.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '))
      );
    case 'failed':
      return { result: 'failed', detail: outcome.message };
    default:
      return { result: 'failed', detail: 'de gedownloade bestanden waren niet meer leesbaar' };
  }
}

function get(
  ctx: CheckContext,
  relativePath: string,
  maxBytes: number,
  validators: Validators | null | undefined,
): Promise<GetResult> {
  const { small, bytesPerMs } = ctx.timeouts;
  return httpGet({
    address: ctx.address,
    url: fileUrl(ctx.address, relativePath),
    maxBytes,
    validators: validators ?? null,
    timeouts: { idleMs: small.idleMs, totalMs: small.totalMs + maxBytes / bytesPerMs },
    userAgent: ctx.userAgent,
    signal: ctx.signal,
  });
}

function failedGet(got: Extract<GetResult, { kind: 'failed' }> | { kind: 'not-modified' }): Verdict {
  if (got.kind === 'not-modified') return refused('de server antwoordde 304 zonder dat erom gevraagd werd');
  return { result: got.failure === 'unreachable' ? 'unreachable' : 'refused', detail: got.detail };
}

/** A verdict repeated for the same publication: "bijgewerkt" once, "niets nieuw" after. */
function again(verdict: Verdict): Verdict {
  return verdict.result === 'updated' ? { result: 'nothing-new', detail: null } : verdict;
}

function looksLikeHtml(bytes: Buffer, contentType: string): boolean {
  return /text\/html/i.test(contentType) || /^\s*</.test(bytes.subarray(0, 64).toString('latin1'));
}

function refused(detail: string): Verdict {
  return { result: 'refused', detail };
}

function incomplete(detail: string): Verdict {
  return {
    result: 'incomplete',
    detail: `${detail} (nog bezig met uploaden, of veranderd na het ondertekenen)`,
  };
}
