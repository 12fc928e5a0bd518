/**
 * `buurtkiosk keygen` and `buurtkiosk sign`: the staff side of content signing. keygen makes an
 * ed25519 key pair: the secret key goes into the user data folder (never the current folder, where it
 * could end up on a stick or in git), the public key is printed for the kiosk's config.json. sign
 * first runs the import's own checks (invalid content is never signed), then writes
 * ondertekening.json (every file with its size and SHA-256, and the moment of signing) and
 * ondertekening.sig (the signature over those exact bytes) into the content folder.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDateTimeNl, STALLED_MESSAGE } from '../../core/import/import-wording';
import {
  formatSignedManifest,
  OLD_SIGNATURE_FILE,
  SIGNATURE_FILE,
  SIGNED_MANIFEST_FILE,
  SIGNED_MANIFEST_FORMAT,
  signedPathKey,
  type SignedFile,
} from '../../core/import/signed-manifest';
import { lineOfPath } from '../../core/content/locate';
import { withPlaces } from '../../core/content/place';
import { formatPath, type Problem } from '../../core/content/problem';
import { imageRefs } from '../../core/import/image-refs';
import { localDateOf } from '../../core/time/local-time';
import { readBuildInfo } from '../build-info';
import { CONTENT_FILE, readCapped } from '../content/load-content';
import { checkSource, type CheckedSource } from '../import/check-source';
import { readRegularFile } from '../import/folder-files';
import { MAX_IMAGE_BYTES } from '../import/limits';
import { writeFileInside } from '../import/report-file';
import { publicKeyBase64, signBytes } from '../import/signature';
import { danglingLinkWords, fileErrorWords, notAFileWords } from '../file-words';
import { userDataDir } from '../paths';
import { sha256Hex } from '../store/version-id';
import { DeviceGuard } from '../usb/device-guard';
import { defaultKeyFile } from './cli-signing';
import { findContentFolder, noContentMessage } from './content-target';
import { printProblems } from './print-problems';

export interface KeygenOptions {
  /** A folder for the secret key instead of the user data folder. */
  outDir?: string;
  userDataDir?: string;
}

/** Writes a new secret key (never over an existing one) and prints where, and the public key. */
export async function keygenCommand(
  out: (line: string) => void,
  options: KeygenOptions = {},
): Promise<number> {
  const file =
    options.outDir !== undefined
      ? path.join(options.outDir, path.basename(defaultKeyFile('')))
      : defaultKeyFile(options.userDataDir ?? userDataDir());
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
    await chmod(file, 0o600); // whatever the umask
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    out(
      code === 'EEXIST'
        ? `Er is al een geheime sleutel: ${file}. Een nieuwe maakt alles wat ermee ondertekend is ongeldig; verplaats de oude eerst als je dat echt wilt.`
        : `Kan de sleutel niet bewaren in ${file} (${fileErrorWords(code)}).`,
    );
    return 2;
  }
  out(`Geheime sleutel bewaard in: ${file}`);
  out('  Bewaar die goed en geef hem aan niemand: wie hem heeft, kan inhoud voor de kiosk ondertekenen.');
  out('  "buurtkiosk sign" vindt hem daar vanzelf. Zet hem nooit op de USB-stick.');
  out('Publieke sleutel (zet die bij "signingKey" in config.json van elke kiosk):');
  out(`  ${publicKeyBase64(publicKey)}`);
  return 0;
}

export interface SignOptions {
  /** The secret key (default: the one keygen put in the user data folder). */
  keyFile?: string;
  userDataDir?: string;
  now?: () => Date;
  /** The day this build was made: a signing clock before it is clearly wrong. */
  buildDate?: string;
}

/** A folder checked like an import and signed, not yet written anywhere. */
export interface SignedFolder {
  /** The content folder (holding content.json). */
  folder: string;
  rootReal: string;
  /** content.json and every image it names, with the exact bytes that were hashed. */
  files: { file: SignedFile; bytes: Buffer }[];
  /** ondertekening.json's text and ondertekening.sig's (the signature over that text). */
  text: string;
  signature: string;
  signedAt: string;
  publicKey: string;
}

/** How the check-and-sign step words a refusal: "Niet ondertekend … onderteken dan opnieuw". */
export interface SignWording {
  refused: string;
  again: string;
}

const SIGN_WORDING: SignWording = { refused: 'Niet ondertekend', again: 'onderteken dan opnieuw' };

/**
 * Everything `sign` does short of writing: the secret key, the content folder, a sane clock, the
 * import's own checks, and every file hashed and signed. On failure it has said why; returns the exit code.
 */
export async function signFolder(
  target: string,
  out: (line: string) => void,
  options: SignOptions = {},
  wording: SignWording = SIGN_WORDING,
): Promise<SignedFolder | number> {
  const keyFile = options.keyFile ?? defaultKeyFile(options.userDataDir ?? userDataDir());
  const key = await readSecretKey(keyFile, out);
  if (key === null) return 2;
  const folder = await findContentFolder(target);
  if (!folder) {
    out(noContentMessage(target));
    return 2;
  }
  const now = options.now?.() ?? new Date();
  const buildDate = options.buildDate ?? readBuildInfo().buildDate;
  // The Brussels day, as the kiosk's isClockPlausible (core/hours/clock-plausibility.ts) reads it.
  if (localDateOf(now.getTime()) < buildDate) {
    out(
      `De klok van deze computer staat op ${formatDateTimeNl(now.toISOString())}, vroeger dan deze versie van buurtkiosk gemaakt is (${buildDate}). Zet de klok juist en onderteken dan: het moment van ondertekenen telt.`,
    );
    return 2;
  }
  const guard = new DeviceGuard();
  const checked = await checkSource({ folder, medium: 'folder', guard, signing: { kind: 'none' }, now });
  if (checked.kind === 'refused') {
    printProblems(out, wording.refused, folder, checked.problems);
    out(`Verbeter eerst de inhoud (buurtkiosk validate toont dezelfde fouten) en ${wording.again}.`);
    return 1;
  }
  if (checked.kind !== 'ok') {
    out(
      `Kan niet lezen: ${checked.kind === 'unreadable' ? checked.message : checked.kind === 'stalled' ? STALLED_MESSAGE : `${folder} veranderde tijdens het lezen`}`,
    );
    return 2;
  }
  // Content that names one photo in two spellings of capitals is fine unsigned, but its list would name
  // both, and every kiosk refuses such a list ("staat er twee keer in"); staff were told "Ondertekend".
  const clashes = capitalClashes(checked.source);
  if (clashes.length > 0) {
    printProblems(out, wording.refused, folder, clashes);
    out(`Verbeter eerst de namen en ${wording.again}.`);
    return 1;
  }
  const files = await signedFiles(checked.source, guard);
  if (files === null) {
    out(`Kan niet lezen: een afbeelding in ${folder} veranderde tijdens het ondertekenen; probeer opnieuw.`);
    return 2;
  }
  const publicKey = publicKeyBase64(createPublicKey(key));
  const signedAt = now.toISOString();
  const text = formatSignedManifest({
    format: SIGNED_MANIFEST_FORMAT,
    signedAt,
    publicKey,
    files: files.map((f) => f.file),
  });
  const signature = `${signBytes(Buffer.from(text, 'utf8'), key)}\n`;
  return { folder, rootReal: checked.source.rootReal, files, text, signature, signedAt, publicKey };
}

/** Checks the content in `target` like an import, then signs every file of it. */
export async function signCommand(
  target: string,
  out: (line: string) => void,
  options: SignOptions = {},
): Promise<number> {
  const signed = await signFolder(target, out, options);
  if (typeof signed === 'number') return signed;
  const { folder, rootReal: root, files, text, signature, publicKey } = signed;
  const guard = new DeviceGuard();
  for (const [name, data] of [
    [SIGNED_MANIFEST_FILE, text],
    [SIGNATURE_FILE, signature],
  ] as const) {
    const failed = await writeFileInside(root, name, data, guard);
    if (failed !== null) {
      out(`Kan ${name} niet schrijven in ${folder} (${fileErrorWords(failed)}).`);
      return 2;
    }
  }
  out(
    `Ondertekend op ${formatDateTimeNl(signed.signedAt)}: ${CONTENT_FILE} en ${files.length - 1 === 1 ? '1 afbeelding' : `${files.length - 1} afbeeldingen`}.`,
  );
  out(
    `  ${path.join(folder, SIGNED_MANIFEST_FILE)} en ${SIGNATURE_FILE} horen bij de inhoud: zet ze mee in de map buurtkiosk op de stick.`,
  );
  out('  Verander je daarna nog iets in de map, onderteken dan opnieuw.');
  if (
    await rm(path.join(root, OLD_SIGNATURE_FILE)).then(
      () => true,
      () => false,
    )
  ) {
    out(`  ${OLD_SIGNATURE_FILE} (de oude manier van ondertekenen) is verwijderd.`);
  }
  out(`Publieke sleutel: ${publicKey} (moet gelijk zijn aan "signingKey" in config.json van de kiosk)`);
  return 0;
}

/**
 * A problem at each image name that differs from an earlier one only in capitals: the signed list
 * takes them for one path listed twice (signedPathKey), as a FAT stick takes them for one file.
 */
function capitalClashes(source: CheckedSource): Problem[] {
  const text = source.contentBytes.toString('utf8');
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const ref of imageRefs(source.content)) {
    const key = signedPathKey(ref.file);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, ref.file);
    if (earlier === undefined || earlier === ref.file) continue;
    const line = lineOfPath(text, ref.steps);
    problems.push({
      path: formatPath(ref.steps),
      ...(line !== undefined ? { line } : {}),
      message: `afbeelding "${ref.file}" heet elders in ${CONTENT_FILE} "${earlier}": een ondertekende map kan geen twee namen hebben die alleen in hoofdletters verschillen (op een stick is dat één bestand); schrijf de naam overal hetzelfde, of hernoem een van de foto's`,
    });
  }
  return withPlaces(problems, source.content);
}

/** content.json as checked, and every checked image as it is now, with its hash. Null when one changed. */
async function signedFiles(
  source: CheckedSource,
  guard: DeviceGuard,
): Promise<{ file: SignedFile; bytes: Buffer }[] | null> {
  const { contentBytes } = source;
  const files = [
    {
      file: { path: CONTENT_FILE, size: contentBytes.length, sha256: sha256Hex(contentBytes) },
      bytes: contentBytes,
    },
  ];
  for (const image of source.images) {
    const bytes = await readRegularFile(image.real, MAX_IMAGE_BYTES, guard).catch(() => null);
    if (bytes === null || bytes === 'too-big' || bytes.length !== image.size) return null;
    files.push({ file: { path: image.file, size: bytes.length, sha256: sha256Hex(bytes) }, bytes });
  }
  return files;
}

/** The ed25519 secret key in `file`, or null after saying in Dutch what is wrong. */
async function readSecretKey(file: string, out: (line: string) => void): Promise<KeyObject | null> {
  let bytes: Buffer | 'too-big';
  try {
    // A link to a key on a stick that is not plugged in is no "no key yet, make one".
    const dangling = await danglingLinkWords(file, file);
    if (dangling !== null) {
      out(`Kan de geheime sleutel niet lezen: ${dangling}.`);
      return null;
    }
    const notAFile = await notAFileWords(file);
    if (notAFile !== null) {
      out(`Kan de geheime sleutel ${file} niet lezen (${notAFile}).`);
      return null;
    }
    bytes = await readCapped(file, 16 * 1024);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    out(
      code === 'ENOENT'
        ? `Geen geheime sleutel gevonden in ${file}. Maak er een met "buurtkiosk keygen", of geef de sleutel met --key SLEUTEL.pem.`
        : `Kan de geheime sleutel ${file} niet lezen (${fileErrorWords(code)}).`,
    );
    return null;
  }
  try {
    if (bytes === 'too-big') throw new Error('too big');
    const key = createPrivateKey(bytes);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key;
  } catch {
    out(`${file} is geen geheime ed25519-sleutel van buurtkiosk (maak er een met "buurtkiosk keygen").`);
    return null;
  }
}
