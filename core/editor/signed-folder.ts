/**
 * A content folder signed with `buurtkiosk sign`: every save in the editor changes content.json, so
 * the signature no longer matches and a kiosk that asks for signed content refuses the folder until
 * it is signed again. The editor does not block saving; it says so, on opening and after each save.
 */
import { OLD_SIGNATURE_FILE, SIGNATURE_FILE, SIGNED_MANIFEST_FILE } from '../import/signed-manifest';

/**
 * Files that mean someone signed this folder: the manifest, its signature (also when one of the two
 * got lost on the way) and the old content.json-only signature. Any of them: a save needs a new signing.
 */
export const SIGNING_FILES: readonly string[] = [SIGNED_MANIFEST_FILE, SIGNATURE_FILE, OLD_SIGNATURE_FILE];

const REFUSED_OTHERWISE = 'Anders weigert een scherm dat alleen ondertekende inhoud aanvaardt deze inhoud.';
const SIGN_COMMAND = '"buurtkiosk sign" (of laat dat doen door wie de sleutel heeft)';

/** Said when a signed folder opens. */
export const SIGNED_FOLDER_NOTICE = `Deze inhoud is ondertekend. Je kunt gewoon wijzigen en opslaan, maar na het opslaan klopt de ondertekening niet meer: onderteken de map dan opnieuw met ${SIGN_COMMAND}. ${REFUSED_OTHERWISE}`;

/** Added to the saved message after a save into a signed folder. */
export const SIGNATURE_STALE_AFTER_SAVE = `De ondertekening klopt niet meer bij wat je net opsloeg: onderteken de map opnieuw met ${SIGN_COMMAND}. ${REFUSED_OTHERWISE}`;

/** The download instructions' step for a signed folder, once the files are on the stick. */
export const SIGN_AGAIN_STEP = `Onderteken daarna de map buurtkiosk op de stick opnieuw met ${SIGN_COMMAND}: de oude ondertekening klopt niet meer.`;

/** True when one of `names` (file names in the content folder) shows that it was signed. */
export function showsSigning(names: Iterable<string>): boolean {
  for (const name of names) if (SIGNING_FILES.includes(name)) return true;
  return false;
}
