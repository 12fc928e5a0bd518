/** manifest.json in each stored version: where it came from, when, and every file with its hash. */
import { STORED_MANIFEST_FILE } from '../../core/import/own-files';
import { readCapped } from '../content/load-content';

/** The name is one of the kiosk's own (core/import/own-files.ts): no photo's folder may take it. */
export const MANIFEST_FILE = STORED_MANIFEST_FILE;

export interface ManifestFile {
  /** Relative path with forward slashes, e.g. "images/koffie.jpg". */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  version: string;
  /** "USB-stick KIOSK", "map /home/…", shown to staff. */
  source: string;
  /** ISO instant of the import. */
  importedAt: string;
  files: ManifestFile[];
  /** For signed content: the signed manifest's exact text and its signature, checkable later. */
  signed?: StoredSignature;
}

/** ondertekening.json and ondertekening.sig as they were on the stick. */
export interface StoredSignature {
  text: string;
  signature: string;
  /** Copied from the manifest, so nobody has to parse it to know. */
  signedAt: string;
}

/** Reads a manifest; null when missing, unreadable or not in our shape (treated as a broken version). */
export async function readManifest(file: string): Promise<Manifest | null> {
  try {
    const bytes = await readCapped(file, 1024 * 1024);
    if (bytes === 'too-big') return null;
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    return isManifest(value) ? value : null;
  } catch {
    return null;
  }
}

function isManifest(v: unknown): v is Manifest {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    m.format === 1 &&
    typeof m.version === 'string' &&
    typeof m.source === 'string' &&
    typeof m.importedAt === 'string' &&
    Array.isArray(m.files) &&
    m.files.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as ManifestFile).path === 'string' &&
        typeof (f as ManifestFile).size === 'number' &&
        typeof (f as ManifestFile).sha256 === 'string',
    ) &&
    (m.signed === undefined || isStoredSignature(m.signed))
  );
}

function isStoredSignature(v: unknown): v is StoredSignature {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.text === 'string' && typeof s.signature === 'string' && typeof s.signedAt === 'string';
}
