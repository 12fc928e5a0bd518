/**
 * The names the kiosk and its tools give their own files in a content folder, beside the photos:
 * content.json, the store's manifest.json in each stored version (main/store), the signing's
 * ondertekening.json and ondertekening.sig (`sign`, `publish`, the folder a network update is put
 * together in), and verslag.txt and beheer.html written back to a stick. A photo's folder with one of
 * these names stands where that file must go: the store could not write its manifest.json (EEXIST)
 * and blamed the kiosk, and on a stick (any capitals are one name there) signing or the report failed.
 */
import { SIGNATURE_FILE, SIGNED_MANIFEST_FILE } from './signed-manifest';

export const CONTENT_FILE = 'content.json';
/** The store's own list of a stored version's files, beside its content.json. */
export const STORED_MANIFEST_FILE = 'manifest.json';
/** What an import says, written back to the stick or folder. */
export const REPORT_FILE = 'verslag.txt';
/** The staff editor's copy on the stick, beside the report. */
export const EDITOR_FILE = 'beheer.html';

/** Every name above, in the order staff read them. */
export const OWN_FILES: readonly string[] = [
  CONTENT_FILE,
  STORED_MANIFEST_FILE,
  SIGNED_MANIFEST_FILE,
  SIGNATURE_FILE,
  REPORT_FILE,
  EDITOR_FILE,
];

/**
 * Null when `file` can sit beside the kiosk's own files, else the Dutch problem: its first folder is
 * named like one of them, in any capitals. (A photo's own name ends in .png, .jpg or .webp, so only a
 * folder can take such a name.)
 */
export function ownFileVerdict(file: string): string | null {
  const slash = file.indexOf('/');
  if (slash === -1) return null;
  const folder = file.slice(0, slash);
  const own = OWN_FILES.find((name) => name === folder.toLowerCase());
  if (own === undefined) return null;
  const others = OWN_FILES.filter((name) => name !== own);
  const listed = `${others.slice(0, -1).join(', ')} en ${others.at(-1) ?? ''}`;
  return `"${file}": een map mag niet "${folder}" heten, want zo heet een bestand van de kiosk zelf (net als ${listed}); zet de foto in een andere map, bv. "images${file.slice(slash)}" (ook in content.json)`;
}
