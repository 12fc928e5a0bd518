/**
 * Why a file cannot be read or written (config.json, the secret key, a publication, the editor's
 * saves), in Dutch words: staff never see a bare error code. What stands there is looked at before it
 * is opened, so a folder or a FIFO in its place gives a clear sentence instead of an error code or a
 * read that never returns.
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

/** Where a save went: a USB stick, or a folder on this computer. */
export type WriteMedium = 'stick' | 'folder';

/** Why a save failed ("de stick is vol") and what staff can do about it (one or two sentences). */
export interface WriteFailure {
  reason: string;
  advice: string;
}

const RETRY = 'Sla opnieuw op.';

/**
 * A failed write in staff's words. The editor in the browser (editor/storage/save-error.ts) words
 * its own errors on a stick the same way; a unit test keeps the two equal.
 */
export function writeFailureWords(code: string | undefined, medium: WriteMedium): WriteFailure {
  const stick = medium === 'stick';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return stick
        ? {
            reason: 'de stick is vol',
            advice: 'Maak plaats op de stick (verwijder bestanden die er niet op horen) en sla opnieuw op.',
          }
        : { reason: 'de schijf is vol', advice: 'Maak plaats op de schijf en sla opnieuw op.' };
    case 'EROFS':
      return stick
        ? {
            reason: 'de stick is beveiligd tegen schrijven',
            advice:
              'Heeft de stick op de zijkant een schuifje? Zet het van slot, steek de stick opnieuw in en sla opnieuw op.',
          }
        : { reason: 'de map is alleen-lezen', advice: 'Vraag hulp aan wie deze computer beheert.' };
    case 'EACCES':
    case 'EPERM':
      return {
        reason: stick
          ? 'de editor mag niet schrijven op de stick'
          : 'de editor mag niet schrijven in deze map',
        advice: 'Vraag hulp aan wie deze computer beheert.',
      };
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENXIO':
    case 'ENODEV':
      return stick
        ? {
            reason: 'de stick is er niet meer (uitgetrokken?)',
            advice: 'Steek de stick weer in en sla opnieuw op.',
          }
        : { reason: 'de map is er niet meer', advice: 'Zet de map terug en sla opnieuw op.' };
    case 'EIO':
      return stick
        ? {
            reason: 'de stick gaf een fout bij het schrijven',
            advice:
              'Steek de stick opnieuw in en sla opnieuw op. Lukt het dan nog niet, neem een andere stick.',
          }
        : { reason: 'de schijf gaf een fout bij het schrijven', advice: RETRY };
    default:
      return {
        reason: `${stick ? 'de stick' : 'de map'} kon niet beschreven worden (${fileErrorWords(code)})`,
        advice: RETRY,
      };
  }
}
