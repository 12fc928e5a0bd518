/**
 * The check stage of an import, also all that `buurtkiosk validate` and `sign` do: the folder is a
 * real folder (on a stick: not a link, inside the mount), content.json is read with caps, the
 * signature is verified when the device asks for one, the content is validated and every image is
 * checked. It reads the source and writes nothing. One function, so validate says what import does.
 */
import { withPlaces } from '../../core/content/place';
import { sortByLine, type Problem } from '../../core/content/problem';
import { capProblems } from '../../core/content/problem-cap';
import type { Content } from '../../core/content/schema';
import { validateContentText } from '../../core/content/validate';
import { imageRefs } from '../../core/import/image-refs';
import { CONTENT_FILE, MAX_CONTENT_BYTES } from '../content/load-content';
import { sha256Hex } from '../store/version-id';
import { isStickUnresponsive, type DeviceGuard } from '../usb/device-guard';
import { megabytes, type Medium } from '../../core/import/image-verdict';
import { checkImages, type CheckedImage } from './check-images';
import { checkSignature, type VerifiedManifest } from './check-signature';
import { readRegularFile, realFolder, resolveInside } from './folder-files';
import { brokenSigningMessage, type SigningCheck } from './signing-policy';

export interface CheckRequest {
  /** The folder holding content.json (on a stick: its buurtkiosk/ folder). */
  folder: string;
  medium: Medium;
  /** The stick's mount point: the folder must be a real folder inside it, not a link leading away. */
  within?: string;
  guard: DeviceGuard;
  signing: SigningCheck;
  now: Date;
}

/** Everything that passed, as read: the exact content.json bytes, the images to copy, the signature. */
export interface CheckedSource {
  /** The folder's real path; reports may be written here. */
  rootReal: string;
  content: Content;
  contentBytes: Buffer;
  images: CheckedImage[];
  verified: VerifiedManifest | null;
}

export type CheckOutcome =
  | { kind: 'ok'; source: CheckedSource }
  | { kind: 'refused'; problems: Problem[] }
  /** The source vanished or changed mid-read (stick pulled out): nothing changed. */
  | { kind: 'removed' }
  /** No content.json at all (a folder import pointed at the wrong place). */
  | { kind: 'unreadable'; message: string }
  /** The stick stopped answering within its deadlines. */
  | { kind: 'stalled' };

/** Runs the checks; never throws for anything the source can do. */
export async function checkSource(req: CheckRequest): Promise<CheckOutcome> {
  try {
    return await checkUnguarded(req);
  } catch (err) {
    if (isStickUnresponsive(err)) return { kind: 'stalled' };
    return gone(req, `bestanden in ${req.folder} konden niet gelezen worden`);
  }
}

async function checkUnguarded(req: CheckRequest): Promise<CheckOutcome> {
  const root = await folderOf(req);
  if (typeof root !== 'string') return root;
  const found = await resolveInside(root, CONTENT_FILE, req.guard);
  if (!found.ok) {
    if (found.reason === 'not-a-file' || found.reason === 'special') {
      return refuse(`${CONTENT_FILE} is geen gewoon bestand; zet er het echte bestand`);
    }
    if (found.reason === 'outside') {
      return refuse(
        `${CONTENT_FILE} verwijst naar een bestand buiten de map buurtkiosk; zet het echte bestand in de map`,
      );
    }
    return gone(req, `${CONTENT_FILE} niet gevonden in ${req.folder}`);
  }
  if (found.size > MAX_CONTENT_BYTES) {
    return refuse(
      `${CONTENT_FILE} is te groot (${megabytes(found.size)}, hoogstens ${megabytes(MAX_CONTENT_BYTES)})`,
    );
  }
  if (req.signing.kind === 'broken') return refuse(brokenSigningMessage(req.signing.reason));
  const bytes = await readRegularFile(found.real, MAX_CONTENT_BYTES, req.guard);
  if (bytes === 'too-big') return gone(req, `${CONTENT_FILE} veranderde tijdens het lezen`);
  let verified: VerifiedManifest | null = null;
  if (req.signing.kind === 'key') {
    const signature = await checkSignature(root, req.guard, req.signing.key, req.now);
    if (!signature.ok) return { kind: 'refused', problems: signature.problems };
    verified = signature.verified;
    const listed = verified.manifest.files.find((f) => f.path === CONTENT_FILE);
    if (listed?.size !== bytes.length || listed.sha256 !== sha256Hex(bytes)) {
      return refuse(
        `${CONTENT_FILE} is veranderd na het ondertekenen; onderteken de map opnieuw met "buurtkiosk sign"`,
      );
    }
  }
  const text = bytes.toString('utf8');
  const validation = validateContentText(text);
  // The value as validation parsed it: parsing a large file a second time cost as much again.
  const parsed = validation.ok ? validation.content : (validation.parsed ?? null);
  const reported = new Set(validation.ok ? [] : validation.problems.map((p) => p.path));
  const source = { rootReal: root, guard: req.guard, medium: req.medium, signed: verified?.manifest ?? null };
  const images = await checkImages(source, text, imageRefs(parsed), reported);
  // Joined, not pushed with a spread: a spread passes each item as an argument, and the stack has room
  // for about 120,000 of them.
  const problems = [...(validation.ok ? [] : validation.problems), ...withPlaces(images.problems, parsed)];
  if (validation.ok && problems.length === 0) {
    return {
      kind: 'ok',
      source: {
        rootReal: root,
        content: validation.content,
        contentBytes: bytes,
        images: images.images,
        verified,
      },
    };
  }
  // Every image "missing" because the whole stick just went away is not a content problem.
  if (!(await resolveInside(root, CONTENT_FILE, req.guard)).ok)
    return gone(req, `${req.folder} verdween tijdens het lezen`);
  // Each list is capped where it is made; joined, they are capped again (5,000 missing photos).
  return { kind: 'refused', problems: capProblems(sortByLine(problems)) };
}

/** The folder's real path, or why there is none to read. */
async function folderOf(req: CheckRequest): Promise<string | CheckOutcome> {
  const found = await realFolder(req.folder, req.within, req.guard);
  if (found.ok) return found.real;
  switch (found.reason) {
    case 'missing':
      return gone(req, `map ${req.folder} niet gevonden`);
    case 'link':
      return refuse(
        'de map buurtkiosk is een snelkoppeling naar een andere plaats; zet de echte map buurtkiosk op de stick',
      );
    case 'not-a-folder':
      return refuse('buurtkiosk is geen map; maak een map buurtkiosk met content.json erin');
    case 'outside':
      return refuse(
        'de map buurtkiosk verwijst naar een plaats buiten de stick; zet de echte map op de stick',
      );
  }
}

function refuse(message: string): CheckOutcome {
  return { kind: 'refused', problems: [{ path: '', message }] };
}

/** A missing folder or file: on a stick it was pulled out; for a folder import the path is wrong. */
function gone(req: CheckRequest, message: string): CheckOutcome {
  return req.medium === 'stick' ? { kind: 'removed' } : { kind: 'unreadable', message };
}
