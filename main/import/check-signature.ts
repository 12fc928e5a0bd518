/** The import-side trust check: content.json.sig beside content.json, valid for the device's key. */
import type { Problem } from '../../core/content/problem';
import { resolveInside, readRegularFile } from './folder-files';
import { MAX_SIGNATURE_BYTES } from './limits';
import { parsePublicKey, verifySignature } from './signature';

export const SIGNATURE_FILE = 'content.json.sig';

/** Problems with the signature (empty when valid). `signingKey` is the device setting as written. */
export async function checkSignature(
  rootReal: string,
  contentBytes: Uint8Array,
  signingKey: string,
): Promise<Problem[]> {
  const problem = (message: string): Problem[] => [{ path: SIGNATURE_FILE, message }];
  let key;
  try {
    key = parsePublicKey(signingKey);
  } catch {
    // Fail closed: a broken key setting must not turn the check off.
    return problem(
      'de sleutel (signingKey) in de instellingen van deze kiosk is ongeldig; vraag de installateur om die na te kijken',
    );
  }
  const found = await resolveInside(rootReal, SIGNATURE_FILE);
  if (!found.ok) {
    return problem(
      'ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud. Onderteken content.json met "buurtkiosk sign" en zet content.json.sig ernaast',
    );
  }
  const bytes = await readRegularFile(found.real, MAX_SIGNATURE_BYTES);
  if (bytes === 'too-big' || !verifySignature(contentBytes, bytes.toString('utf8'), key)) {
    return problem(
      'de handtekening klopt niet: content.json is veranderd na het ondertekenen, of ondertekend met een andere sleutel. Onderteken opnieuw met "buurtkiosk sign"',
    );
  }
  return [];
}
