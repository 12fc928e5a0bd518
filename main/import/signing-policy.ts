/** The device's signing setting turned into what the check stage needs: a parsed key, or a refusal. */
import type { KeyObject } from 'node:crypto';
import type { SigningSetting } from '../../core/config/device-config';
import { parsePublicKey, WeakKeyError } from './signature';

export type SigningCheck =
  { kind: 'none' } | { kind: 'key'; key: KeyObject } | { kind: 'broken'; reason: string };

/**
 * A key that passes the settings check but that node:crypto cannot read is broken too (fail closed),
 * and so is one anyone can sign for (a placeholder or another point of small order).
 */
export function signingCheckOf(setting: SigningSetting): SigningCheck {
  if (setting.kind !== 'key') return setting;
  try {
    return { kind: 'key', key: parsePublicKey(setting.key) };
  } catch (err) {
    if (err instanceof WeakKeyError) {
      return {
        kind: 'broken',
        reason:
          'de sleutel bij "signingKey" is een voorbeeld- of nulsleutel waarmee iedereen kan ondertekenen; zet er de publieke sleutel van "buurtkiosk keygen"',
      };
    }
    return {
      kind: 'broken',
      reason: 'de sleutel bij "signingKey" is geen bruikbare publieke ed25519-sleutel',
    };
  }
}

/** What a stick hears when the device cannot check signatures: nothing is accepted until it is fixed. */
export function brokenSigningMessage(reason: string): string {
  return `deze kiosk aanvaardt nu geen enkele stick: hij vraagt ondertekende inhoud, maar zijn instellingen (config.json) zijn niet in orde (${reason}). Vraag het na bij wie de schermen beheert`;
}
