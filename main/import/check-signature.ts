/**
 * The import-side trust check: ondertekening.json beside content.json, with ondertekening.sig an
 * ed25519 signature over its exact bytes by the device's key. The signature is checked before the
 * manifest is believed; what the manifest lists is checked file by file later (sizes while checking,
 * hashes of what is actually copied). The old content.json.sig alone is refused: it left the images open.
 */
import type { KeyObject } from 'node:crypto';
import type { Problem } from '../../core/content/problem';
import { formatDateTimeNl } from '../../core/import/import-wording';
import {
  OLD_SIGNATURE_FILE,
  parseSignedManifest,
  SIGNATURE_FILE,
  SIGNED_MANIFEST_FILE,
  type SignedManifest,
} from '../../core/import/signed-manifest';
import type { DeviceGuard } from '../usb/device-guard';
import { readRegularFile, resolveInside } from './folder-files';
import { MAX_SIGNATURE_BYTES, MAX_SIGNED_MANIFEST_BYTES } from './limits';
import { publicKeyBase64, verifySignature } from './signature';

/** A manifest whose signature checked out, with its exact text (kept in the store for the staff view). */
export interface VerifiedManifest {
  manifest: SignedManifest;
  text: string;
  signature: string;
}

export type SignatureCheck = { ok: true; verified: VerifiedManifest } | { ok: false; problems: Problem[] };

/**
 * A signing moment this far past the kiosk's own clock is refused: accepting it would refuse every
 * correctly signed stick until that moment, as older. A day covers clocks set in another time zone.
 */
const SIGNED_AHEAD_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const SIGN_AGAIN = 'onderteken de map opnieuw met "buurtkiosk sign"';

/** Reads, verifies and parses the signed manifest in `rootReal`. */
export async function checkSignature(
  rootReal: string,
  guard: DeviceGuard,
  key: KeyObject,
  now: Date,
): Promise<SignatureCheck> {
  const manifestFile = await readSmall(rootReal, SIGNED_MANIFEST_FILE, MAX_SIGNED_MANIFEST_BYTES, guard);
  const signatureFile = await readSmall(rootReal, SIGNATURE_FILE, MAX_SIGNATURE_BYTES, guard);
  if (manifestFile === 'missing' || signatureFile === 'missing') {
    if ((await resolveInside(rootReal, OLD_SIGNATURE_FILE, guard)).ok) {
      return refuse(
        OLD_SIGNATURE_FILE,
        `dit is de oude manier van ondertekenen (alleen content.json, niet de foto's) en die wordt niet meer aanvaard; ${SIGN_AGAIN}: dat maakt ${SIGNED_MANIFEST_FILE} en ${SIGNATURE_FILE}`,
      );
    }
    return refuse(
      manifestFile === 'missing' ? SIGNED_MANIFEST_FILE : SIGNATURE_FILE,
      `ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud; ${SIGN_AGAIN} en zet ${SIGNED_MANIFEST_FILE} en ${SIGNATURE_FILE} mee in de map buurtkiosk`,
    );
  }
  if (typeof manifestFile === 'string') return refuse(SIGNED_MANIFEST_FILE, unusable(manifestFile));
  if (typeof signatureFile === 'string') return refuse(SIGNATURE_FILE, unusable(signatureFile));
  const text = manifestFile.toString('utf8');
  const signature = signatureFile.toString('utf8').trim();
  if (!verifySignature(manifestFile, signature, key)) return refuse(SIGNATURE_FILE, mismatch(text, key));
  const parsed = parseSignedManifest(text);
  if (!parsed.ok) return refuse(SIGNED_MANIFEST_FILE, `is ongeldig: ${parsed.problem}; ${SIGN_AGAIN}`);
  const ahead = signedAheadProblem(parsed.manifest.signedAt, now, 'en steek de stick opnieuw in');
  if (ahead) return refuse(SIGNED_MANIFEST_FILE, ahead);
  return { ok: true, verified: { manifest: parsed.manifest, text, signature } };
}

/**
 * The refusal of a signing moment more than a day past this kiosk's clock, or null. Either clock
 * may be the wrong one: a Raspberry Pi has no clock of its own and, switched off without a time
 * server in reach, starts at the time it was switched off. So the message names both, the kiosk's
 * first (its time is on the screen), with `afterKioskFix`: what then happens by itself, or what to do.
 */
export function signedAheadProblem(signedAtIso: string, now: Date, afterKioskFix: string): string | null {
  if (Date.parse(signedAtIso) <= now.getTime() + SIGNED_AHEAD_TOLERANCE_MS) return null;
  return (
    `ondertekend op ${formatDateTimeNl(signedAtIso)}, meer dan een dag na de klok van deze kiosk ` +
    `(hier is het ${formatDateTimeNl(now.toISOString())}). Loopt de klok van deze kiosk achter (ze staat ` +
    `bovenaan het scherm), zet ze dan juist ${afterKioskFix}; anders loopt de klok van de computer ` +
    `waarop je ondertekende voor: zet die juist en ${SIGN_AGAIN}`
  );
}

function unusable(reason: 'not-a-file' | 'too-big'): string {
  return reason === 'too-big' ? 'is veel te groot voor een ondertekening' : 'is geen gewoon bestand';
}

/** Says whether the manifest names another key (it is not trusted, only used to word the message). */
function mismatch(text: string, key: KeyObject): string {
  const claimed = parseSignedManifest(text);
  const ours = publicKeyBase64(key);
  if (claimed.ok && claimed.manifest.publicKey !== ours) {
    return `ondertekend met een andere sleutel (${shortKey(claimed.manifest.publicKey)}) dan deze kiosk verwacht (${shortKey(ours)}); onderteken met de sleutel van deze kiosk`;
  }
  return `de handtekening klopt niet: ${SIGNED_MANIFEST_FILE} is veranderd na het ondertekenen, of ondertekend met een andere sleutel; ${SIGN_AGAIN}`;
}

/** The first characters of a base64 key: enough to tell two keys apart in a message. */
function shortKey(key: string): string {
  return `${key.slice(0, 8)}…`;
}

async function readSmall(
  rootReal: string,
  name: string,
  maxBytes: number,
  guard: DeviceGuard,
): Promise<Buffer | 'missing' | 'not-a-file' | 'too-big'> {
  const found = await resolveInside(rootReal, name, guard);
  if (!found.ok) return found.reason === 'missing' ? 'missing' : 'not-a-file';
  if (found.size > maxBytes) return 'too-big';
  return readRegularFile(found.real, maxBytes, guard);
}

/** A problem with one of the signature files: `file` tells reports it is not in content.json. */
function refuse(path: string, message: string): SignatureCheck {
  return { ok: false, problems: [{ path, message, file: path }] };
}
