/**
 * One look at the update address, cheapest question first: has ondertekening.json changed (a
 * conditional GET, usually a 304 and nothing more)? Is its signature this screen's? Is it newer than
 * what the screen accepted? Only then content.json and the images it names, each only when no file
 * with its signed hash is at hand (the store keeps images by hash), each capped at its signed size
 * and checked against its signed hash. The files then go, as a stick's folder, through the very
 * import a stick takes (checks, staging, commit under the store lock); nothing else changes the screen.
 */
import {
  parseSignedManifest,
  SIGNATURE_FILE,
  SIGNED_MANIFEST_FILE,
  type SignedManifest,
} from '../../core/import/signed-manifest';
import { formatDateTimeNl } from '../../core/import/import-wording';
import { describeProblem, type Problem } from '../../core/content/problem';
import { dutchNumber, problemCount } from '../../core/content/problem-cap';
import { CONTENT_FILE, MAX_CONTENT_BYTES } from '../content/load-content';
import type { ImportOutcome } from '../import/import-folder';
import {
  MAX_IMAGE_BYTES,
  MAX_SIGNATURE_BYTES,
  MAX_SIGNED_MANIFEST_BYTES,
  MAX_TOTAL_BYTES,
} from '../import/limits';
import { signedAheadProblem } from '../import/check-signature';
import { verifySignature } from '../import/signature';
import type { ContentStore } from '../store/content-store';
import { sha256Hex } from '../store/version-id';
import type { CheckContext, PollMemory } from './check-context';
import { sizeWords } from './http-get';
import { fetchFiles, get } from './publication-files';
import { diskFull, failedGet, refused, type Verdict } from './verdict';

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
  /**
   * The SHA-256 of the ondertekening.json a file-level verdict (incomplete, imported) is about: a
   * half upload of a new publication is a new wait, not more of the last one's.
   */
  publication?: string;
}

/** Problems of a refused publication shown in the staff view's result line. */
const SHOWN_PROBLEMS = 3;

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
    return { verdict: await replay(ctx, ctx.memory), settled: true, memory: ctx.memory, imported: null };
  }
  if (manifestGet.kind !== 'ok') {
    if (manifestGet.kind === 'missing') {
      return keep(
        refused(`geen ${SIGNED_MANIFEST_FILE} op dit adres: nog niets gepubliceerd, of een verkeerd adres`),
      );
    }
    if (manifestGet.kind === 'failed' && manifestGet.status === 403) {
      // Storage that does not list its files answers 403 for one that is not there (S3 and the like).
      return keep(
        refused(
          `de server weigert ${SIGNED_MANIFEST_FILE} (HTTP 403): nog niets gepubliceerd, een verkeerd adres, of de bestanden mogen niet gelezen worden`,
        ),
      );
    }
    return keep(failedGet(manifestGet));
  }
  const manifestBytes = manifestGet.bytes;
  const manifestSha256 = sha256Hex(manifestBytes);
  // Set once the signature checked out: a verdict replayed later is checked against newer signings.
  let signedAt: string | null = null;
  const remember = (verdict: Verdict): PollMemory => ({
    validators: manifestGet.validators,
    manifestSha256,
    verdict,
    signedAt,
  });
  if (ctx.memory?.manifestSha256 === manifestSha256) {
    const verdict = await replay(ctx, ctx.memory);
    return {
      verdict,
      settled: true,
      memory: { ...ctx.memory, validators: manifestGet.validators },
      imported: null,
    };
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
  if (signatureGet.kind === 'failed' && signatureGet.status === 403) {
    return keep({
      result: 'unsigned',
      detail: `${SIGNATURE_FILE} ontbreekt op de server, of mag niet gelezen worden (HTTP 403)`,
    });
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
  signedAt = manifest.signedAt;
  // One publication's files at most: what another one left behind goes, whatever comes of this one.
  await ctx.cache.retain(manifest.files);
  const older = await olderThanAccepted(ctx.store, manifest.signedAt);
  if (older) return settled(older);
  const shown = await ctx.store.storedManifest(ctx.shownVersion);
  if (shown?.signed?.text === text) return settled({ result: 'nothing-new', detail: null });
  // Only for a publication that would come in (the one on screen stays "niets nieuw" whatever the
  // clock says). Not settled: once this kiosk's clock is put right, the same publication is taken.
  const ahead = signedAheadProblem(
    manifest.signedAt,
    ctx.now,
    '(de kiosk neemt de inhoud daarna vanzelf over)',
  );
  if (ahead) return keep(refused(`${SIGNED_MANIFEST_FILE}: ${ahead}`));
  const tooMuch = overLimits(manifest);
  if (tooMuch) return settled(refused(tooMuch));
  if (!(await ctx.cache.makeRoom(manifest.files))) {
    // Not settled: tried again soon, and taken once there is room (no download until then).
    await ctx.cache.clear();
    return { ...keep(diskFull()), publication: manifestSha256 };
  }
  const files = await fetchFiles(ctx, manifest);
  if ('result' in files) return { ...keep(files), publication: manifestSha256 };
  const folder = await ctx.cache.assemble(files, {
    [SIGNED_MANIFEST_FILE]: manifestBytes,
    [SIGNATURE_FILE]: signatureGet.bytes,
  });
  const outcome = await ctx.importFolder(folder);
  const verdict = await importVerdict(ctx.store, manifest, outcome);
  // Imported: the store has the files. Failed on this kiosk (a full disk, most likely): they would
  // only take room that a stick's import needs too; the next check downloads them again.
  if (outcome.kind === 'imported' || outcome.kind === 'unchanged' || outcome.kind === 'failed') {
    await ctx.cache.clear();
  }
  const lasting = verdict.result !== 'failed' && verdict.result !== 'incomplete';
  return {
    verdict,
    settled: lasting,
    memory: lasting ? remember(verdict) : ctx.memory,
    imported: outcome,
    publication: manifestSha256,
  };

  function settled(verdict: Verdict): CheckOutcome {
    return { verdict, settled: true, memory: remember(verdict), imported: null };
  }
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

async function olderThanAccepted(store: ContentStore, signedAt: string): Promise<Verdict | null> {
  const newest = await store.newestSigning();
  if (!newest || Date.parse(signedAt) >= Date.parse(newest.signedAt)) return null;
  return {
    result: 'older',
    detail: `ondertekend op ${formatDateTimeNl(signedAt)}, maar deze kiosk aanvaardde al inhoud die ondertekend is op ${formatDateTimeNl(newest.signedAt)}`,
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
      return (await olderThanAccepted(store, manifest.signedAt)) ?? refused(problemsLine(outcome.problems));
    case 'failed':
      return { result: 'failed', detail: outcome.message };
    default:
      return { result: 'failed', detail: 'de gedownloade bestanden waren niet meer leesbaar' };
  }
}

/**
 * The remembered verdict on an unchanged publication, as it stands now: "bijgewerkt" once, "niets
 * nieuw" after; but a publication that was current may since have been passed by a newer stick, and
 * is then an old copy on the server, which staff should replace.
 */
async function replay(ctx: CheckContext, memory: PollMemory): Promise<Verdict> {
  const verdict = again(memory.verdict);
  if (verdict.result !== 'nothing-new' || memory.signedAt === null) return verdict;
  return (await olderThanAccepted(ctx.store, memory.signedAt)) ?? verdict;
}

/** A verdict repeated for the same publication: "bijgewerkt" once, "niets nieuw" after. */
function again(verdict: Verdict): Verdict {
  return verdict.result === 'updated' ? { result: 'nothing-new', detail: null } : verdict;
}

function looksLikeHtml(bytes: Buffer, contentType: string): boolean {
  return /text\/html/i.test(contentType) || /^\s*</.test(bytes.subarray(0, 64).toString('latin1'));
}

/** The first problems on one line; the import log and the logbook have them all. */
function problemsLine(problems: readonly Problem[]): string {
  // The list may end in a line counting the problems left out (problem-cap.ts): count those too.
  const shown = problems.filter((p) => p.leftOut === undefined).slice(0, SHOWN_PROBLEMS);
  const more = problemCount(problems) - shown.length;
  return `${shown.map(describeProblem).join('; ')}${more > 0 ? ` (en nog ${dutchNumber(more)})` : ''}`;
}
