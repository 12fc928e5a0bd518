/**
 * Why a file cannot be read or written (config.json, the secret key, a publication, the editor's
 * saves), in Dutch words: staff never see a bare error code. What stands there is looked at before it
 * is opened, so a folder or a FIFO in its place gives a clear sentence instead of an error code or a
 * read that never returns.
 */
import { lstat, readlink, stat } from 'node:fs/promises';
import {
  RETRY_ADVICE,
  saveTroubleWords,
  type SaveTrouble,
  type WriteFailure,
  type WriteMedium,
} from '../core/editor/save-trouble';

const WORDS: Readonly<Record<string, string>> = {
  EACCES: 'geen toegang',
  EPERM: 'niet toegestaan',
  EROFS: 'alleen-lezen',
  ENOSPC: 'geen plaats meer',
  EDQUOT: 'geen plaats meer',
  EISDIR: 'daar staat een map',
  ENOTDIR: 'een deel van het pad is geen map',
  EINVAL: 'geen gewoon bestand',
  ENOENT: 'map niet gevonden',
  EEXIST: 'daar staat al iets',
  EBUSY: 'in gebruik',
  ELOOP: 'een snelkoppeling die in een kring naar zichzelf terugwijst',
  EIO: 'lees- of schrijffout van de schijf of stick',
  ENXIO: 'het apparaat is er niet meer',
  ENODEV: 'het apparaat is er niet meer',
};

/** A file-system error code in words; an unknown one as "fout CODE". */
export function fileErrorWords(code: string | undefined): string {
  return (code !== undefined ? WORDS[code] : undefined) ?? `fout ${code ?? 'onbekend'}`;
}

/** Null when `file` is a regular file; else what stands there, in words. Throws as stat does (ENOENT). */
export async function notAFileWords(file: string): Promise<string | null> {
  const info = await stat(file);
  if (info.isFile()) return null;
  return info.isDirectory() ? 'daar staat een map' : 'geen gewoon bestand (een FIFO, socket of apparaat)';
}

/**
 * Why `file`, when it is a link to something that is not there (a partition not mounted, a file
 * moved), cannot be read, naming where it points; null when it is no such link. `name` is how staff
 * know the file ("config.json", the key's path).
 */
export async function danglingLinkWords(file: string, name: string): Promise<string | null> {
  const entry = await lstat(file).catch(() => null);
  if (!entry?.isSymbolicLink()) return null;
  try {
    await stat(file);
    return null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const target = await readlink(file).catch(() => null);
  return `${name} is een snelkoppeling naar een bestand dat er niet is${target === null ? '' : ` (${target})`}`;
}

/** The file-system error codes of each trouble a save can meet. */
const SAVE_TROUBLES: Readonly<Record<string, SaveTrouble>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read-only',
  EACCES: 'not-allowed',
  EPERM: 'not-allowed',
  ENOENT: 'gone',
  ENOTDIR: 'gone',
  ENXIO: 'gone',
  ENODEV: 'gone',
  EIO: 'io',
};

/**
 * A failed write in staff's words (core/editor/save-trouble.ts, which the editor in the browser
 * words its own errors with too); an unknown code names itself.
 */
export function writeFailureWords(code: string | undefined, medium: WriteMedium): WriteFailure {
  const trouble = code === undefined ? undefined : SAVE_TROUBLES[code];
  if (trouble !== undefined) return saveTroubleWords(trouble, medium);
  return {
    reason: `${medium === 'stick' ? 'de stick' : 'de map'} kon niet beschreven worden (${fileErrorWords(code)})`,
    advice: RETRY_ADVICE,
  };
}
