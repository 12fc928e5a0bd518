/**
 * The files of a verified publication that the screen needs: content.json and the images it names
 * that the manifest lists. Each comes from the download cache (checked earlier), from the store by
 * hash (an image that stayed), or from the server, capped at its signed size and checked against its
 * signed hash.
 */
import { parseJsonSafely } from '../../core/content/safe-json';
import { imageRefs } from '../../core/import/image-refs';
import { ownFileVerdict } from '../../core/import/own-files';
import { SIGNED_MANIFEST_FILE, type SignedManifest } from '../../core/import/signed-manifest';
import { CONTENT_FILE, readCapped } from '../content/load-content';
import { sha256Hex } from '../store/version-id';
import type { CheckContext } from './check-context';
import type { ListedFile } from './download-cache';
import { httpGet, type GetResult, type Validators } from './http-get';
import { storedFilesByHash } from './stored-files';
import { fileUrl } from './update-address';
import { failedGet, incomplete, refused, type Verdict } from './verdict';

/** content.json and every image it names that the manifest lists, as checked local files. */
export async function fetchFiles(
  ctx: CheckContext,
  manifest: SignedManifest,
): Promise<ListedFile[] | Verdict> {
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
  // So are those no folder could hold beside the others, which only a hand-written list can name
  // (`sign` lists a real folder) and object storage can serve: the assembly would fail as if this
  // kiosk's disk had, and the check be repeated, downloads and all.
  for (const file of [...wanted.values()]) {
    if (!placeable(file.path, wanted)) wanted.delete(file.path);
  }
  for (const file of wanted.values()) {
    const local = await ensureFile(ctx, file, stored);
    if (typeof local !== 'string') return local;
  }
  return [...wanted.values()];
}

/**
 * Whether `file` can sit in one folder with the kiosk's own files and the other `wanted` ones: its
 * first folder is not named like a file of the kiosk (own-files.ts, which the import then names at
 * its line), and none of its folders is itself a wanted file ("images/a.png" beside
 * "images/a.png/b.png").
 */
function placeable(file: string, wanted: ReadonlyMap<string, ListedFile>): boolean {
  if (ownFileVerdict(file) !== null) return false;
  const parts = file.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    if (wanted.has(parts.slice(0, depth).join('/'))) return false;
  }
  return true;
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
  // Storage that lets everyone read its files but not list them (S3 and the like, as docs/netwerk.md
  // sets it up) answers 403 for a file that is not there: for a file the signed list names, that is
  // a publication not (yet) whole, with the file named, not a refusal of the whole address.
  if (got.kind === 'failed' && got.status === 403) {
    return incomplete(`"${file.path}" ontbreekt op de server, of mag niet gelezen worden (HTTP 403)`);
  }
  if (got.kind !== 'ok') return namingFile(file.path, failedGet(got));
  if (got.bytes.length !== file.size || sha256Hex(got.bytes) !== file.sha256) {
    return incomplete(`"${file.path}" op de server is niet het ondertekende bestand`);
  }
  return ctx.cache.keep(file.sha256, got.bytes);
}

/** A failed download's verdict with the file it was about in front: staff see what to look at. */
function namingFile(relativePath: string, verdict: Verdict): Verdict {
  return { ...verdict, detail: `"${relativePath}": ${verdict.detail ?? 'niet gedownload'}` };
}

/** One GET of a file of the publication, with the time limits for its size. */
export function get(
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
