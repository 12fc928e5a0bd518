/**
 * `buurtkiosk validate PAD`: the import's own check stage (check-source.ts), so "In orde" means the
 * screen takes it: content, images, and the signature when a key is known (--key, or config.json on
 * the kiosk itself). Exit 0 valid, 1 invalid (its problems listed, as the import lists them), 2
 * unreadable or a fault in buurtkiosk itself (said in Dutch). Accepts what `import` accepts: a
 * stick's root, its buurtkiosk/ folder, a folder, a content.json.
 */
import type { SigningSetting } from '../../core/config/device-config';
import {
  contentSummary,
  formatDateTimeNl,
  contentWarnings,
  STALLED_MESSAGE,
} from '../../core/import/import-wording';
import { checkSource } from '../import/check-source';
import { signingCheckOf } from '../import/signing-policy';
import { userDataDir } from '../paths';
import { DeviceGuard } from '../usb/device-guard';
import { deviceSettings, publicKeyFromOption } from './cli-signing';
import { findContentFolder, noContentMessage } from './content-target';
import { printProblems } from './print-problems';
import { unexpectedErrorLine } from './unexpected-error';

export interface ValidateOptions {
  /** A public key (or .pem file) to check the signature against, instead of this machine's config.json. */
  key?: string;
  /** The per-user data folder whose config.json names the key (default: userDataDir()). */
  userDataDir?: string;
  now?: () => Date;
}

export async function validateCommand(
  target: string,
  out: (line: string) => void,
  options: ValidateOptions = {},
): Promise<number> {
  try {
    return await validate(target, out, options);
  } catch (err) {
    out(unexpectedErrorLine('Kan niet lezen', err));
    return 2;
  }
}

async function validate(
  target: string,
  out: (line: string) => void,
  options: ValidateOptions,
): Promise<number> {
  const folder = await findContentFolder(target);
  if (!folder) {
    out(noContentMessage(target));
    return 2;
  }
  // The kiosk on this machine, as its config.json sets it up (no config.json: no key, no own buurtpunt).
  const device = await deviceSettings(options.userDataDir ?? userDataDir());
  const signing = await signingOf(options, device.signing);
  if (signing === null) {
    out(
      `Kan niet lezen: ${options.key ?? ''} is geen publieke ed25519-sleutel (of een .pem-bestand met een sleutel)`,
    );
    return 2;
  }
  const now = options.now?.() ?? new Date();
  const outcome = await checkSource({
    folder,
    medium: 'folder',
    guard: new DeviceGuard(),
    signing: signingCheckOf(signing),
    now,
  });
  switch (outcome.kind) {
    case 'ok': {
      const { content, verified } = outcome.source;
      const signed = verified?.manifest.signedAt;
      out(
        `In orde: ${contentSummary(content, now.getTime())}.${signed ? ` Ondertekend op ${formatDateTimeNl(signed)}.` : ''}`,
      );
      // Valid content the screen will show nothing of is still valid (exit 0), but worth a look. On
      // a kiosk, its own buurtpunt (config.json) is looked for too.
      for (const warning of contentWarnings(content, now.getTime(), device.location))
        out(`Let op: ${warning}`);
      // Without a key the signature is not looked at: say so, or "In orde" would promise what a
      // kiosk that asks for signed content may still refuse.
      if (signing.kind === 'none') out(UNCHECKED_SIGNATURE);
      return 0;
    }
    case 'refused':
      printProblems(out, 'Niet in orde', folder, outcome.problems);
      return 1;
    case 'unreadable':
      out(`Kan niet lezen: ${outcome.message}`);
      return 2;
    case 'removed':
      out(`Kan niet lezen: ${folder} veranderde of verdween tijdens het lezen`);
      return 2;
    case 'stalled':
      out(`Kan niet lezen: ${STALLED_MESSAGE}`);
      return 2;
  }
}

/** The note after "In orde" when no key was known to check a signature with. */
export const UNCHECKED_SIGNATURE =
  'Ondertekening niet gecontroleerd (geen sleutel gekend). Vraagt de kiosk ondertekende inhoud, controleer dan met --key PUBLIEKE-SLEUTEL.';

/** --key when given (null when unusable), else what the kiosk on this machine asks for. */
async function signingOf(options: ValidateOptions, onDevice: SigningSetting): Promise<SigningSetting | null> {
  if (options.key === undefined) return onDevice;
  const key = await publicKeyFromOption(options.key);
  if (key === null) return null;
  const setting: SigningSetting = { kind: 'key', key };
  return signingCheckOf(setting).kind === 'key' ? setting : null;
}
