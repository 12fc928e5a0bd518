/**
 * The signed list of a content folder (`ondertekening.json`): when it was signed, with which public
 * key, and every file's path, size and SHA-256. `ondertekening.sig` beside it holds an ed25519
 * signature over the exact bytes of this file, so one signature covers content.json and every image.
 * The same folder works on a stick and (later) on a web server: paths are relative to the folder.
 */
import { isPlainRelativePath } from './plain-path';

export const SIGNED_MANIFEST_FILE = 'ondertekening.json';
export const SIGNATURE_FILE = 'ondertekening.sig';
/** The signature file of the first, content.json-only signing: no longer accepted (it left images open). */
export const OLD_SIGNATURE_FILE = 'content.json.sig';
export const SIGNED_MANIFEST_FORMAT = 'buurtkiosk-ondertekening-1';

export interface SignedFile {
  /** Relative path with forward slashes, e.g. "images/koffie.png". */
  path: string;
  size: number;
  /** 64 lower-case hex characters. */
  sha256: string;
}

export interface SignedManifest {
  format: typeof SIGNED_MANIFEST_FORMAT;
  /** ISO instant (UTC) the folder was signed, by the signing computer's clock. */
  signedAt: string;
  /** The signer's public key (base64 of the 32 raw bytes); informative, the device's own key decides. */
  publicKey: string;
  files: SignedFile[];
}

export type ManifestParse = { ok: true; manifest: SignedManifest } | { ok: false; problem: string };

/** The manifest's text as `buurtkiosk sign` writes it: stable key order, one file per line. */
export function formatSignedManifest(manifest: SignedManifest): string {
  const files = manifest.files.map(
    (f) => `    ${JSON.stringify({ path: f.path, size: f.size, sha256: f.sha256 })}`,
  );
  return [
    '{',
    `  "format": ${JSON.stringify(manifest.format)},`,
    `  "signedAt": ${JSON.stringify(manifest.signedAt)},`,
    `  "publicKey": ${JSON.stringify(manifest.publicKey)},`,
    `  "files": [\n${files.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

/**
 * Reads a manifest whose signature was already verified. Refuses anything unexpected: another format,
 * a path with `..` or listed twice (also in other capitals: FAT sticks do not tell them apart), a bad
 * hash or size, a signing moment that is not a UTC instant, no content.json.
 */
export function parseSignedManifest(text: string): ManifestParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return bad('het is geen geldige JSON');
  }
  if (!isRecord(value) || value.format !== SIGNED_MANIFEST_FORMAT) {
    return bad(`onbekende vorm (verwacht "format": "${SIGNED_MANIFEST_FORMAT}")`);
  }
  const { signedAt, publicKey, files } = value;
  if (typeof signedAt !== 'string' || !isUtcInstant(signedAt))
    return bad('het moment van ondertekenen ontbreekt of is ongeldig');
  if (typeof publicKey !== 'string') return bad('de publieke sleutel ontbreekt');
  if (!Array.isArray(files)) return bad('de lijst van bestanden ontbreekt');
  const seen = new Set<string>();
  const out: SignedFile[] = [];
  for (const file of files) {
    if (!isSignedFile(file)) return bad('een bestand in de lijst heeft geen geldig pad, grootte of sha256');
    const key = signedPathKey(file.path);
    if (seen.has(key)) return bad(`"${file.path}" staat er twee keer in`);
    seen.add(key);
    out.push({ path: file.path, size: file.size, sha256: file.sha256 });
  }
  if (!seen.has('content.json')) return bad('content.json staat er niet in');
  return { ok: true, manifest: { format: SIGNED_MANIFEST_FORMAT, signedAt, publicKey, files: out } };
}

/**
 * The one spelling of a path that counts for "listed once": FAT sticks do not tell capitals apart, so
 * "images/Koffie.png" and "images/koffie.png" are one file there. `sign` asks the same before writing.
 */
export function signedPathKey(path: string): string {
  return path.toLowerCase();
}

function bad(problem: string): ManifestParse {
  return { ok: false, problem };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSignedFile(v: unknown): v is SignedFile {
  return (
    isRecord(v) &&
    typeof v.path === 'string' &&
    isPlainRelativePath(v.path) &&
    typeof v.size === 'number' &&
    Number.isSafeInteger(v.size) &&
    v.size >= 0 &&
    typeof v.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(v.sha256)
  );
}

/** "2026-11-27T13:03:00.000Z" and the like: a UTC instant that Date reads back the same. */
function isUtcInstant(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s) && !Number.isNaN(Date.parse(s));
}
