/**
 * Why a file cannot be read or written (config.json, the secret key, a publication), in Dutch words: staff
 * never see a bare error code. What stands there is looked at before it is opened, so a folder or a
 * FIFO in its place gives a clear sentence instead of an error code or a read that never returns.
 */
import { stat } from 'node:fs/promises';

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
