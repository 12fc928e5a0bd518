/**
 * Contacts whose QR code holds too much for a phone to read it off the smallest screen. A tap on a
 * contact card shows its vCard (name, role, phone and e-mail, core/contacts/vcard.ts) as a code of
 * its own, and the more it holds the more and smaller its modules: a phone camera needs about 4 px
 * a module. On the 800×480 screen the code is 370 px wide (the page's height under the menu), which
 * gives QR version 16 (81 modules and 8 of quiet zone) 4.2 px a module and version 17 only 3.98.
 * The schema allows a name and a role of 120 characters and an e-mail address of 200 (long is not
 * wrong); together they can need version 17. The larger screens read up to version 30 and more.
 */
import { contactCards } from '../contacts/contact-cards';
import { placeOf } from '../content/place';
import type { Content } from '../content/schema';
import { capitalize } from '../time/dutch-words';

/**
 * Bytes of vCard QR version 16 holds at the lowest correction level, in byte mode. The encoder
 * (renderer/qr/qr-shape.ts) may pack a few more by coding the digits of a phone number apart, so
 * a card just over this may still fit: the warning errs on the side of a code that can be read.
 */
export const READABLE_VCARD_BYTES = 586;

/** One contact whose code will not read on the smallest screen. */
export interface DenseContactCode {
  /** Its place in the content: "contacts[2]", or "organisation" for the Sociaal Huis. */
  path: string;
  kind: 'worker' | 'organisation';
  /** Bytes over what a readable code holds (UTF-8: "é" counts two). */
  over: number;
}

/** UTF-8 bytes of `text`, as the QR code stores it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The contact cards whose vCard is larger than a code readable at 800×480 holds, in screen order. */
export function denseContactCodes(content: Content): DenseContactCode[] {
  return contactCards(content).flatMap((card, index) => {
    const over = utf8Bytes(card.vcard) - READABLE_VCARD_BYTES;
    if (over <= 0) return [];
    const path = card.kind === 'organisation' ? 'organisation' : `contacts[${index}]`;
    return [{ path, kind: card.kind, over }];
  });
}

/** What a card's vCard holds, and what of it staff can make shorter (core/contacts/contact-cards.ts). */
const WHAT_IT_HOLDS = {
  worker: {
    holds: 'naam, functie, telefoonnummer en e-mailadres',
    shorten: 'de naam, de functie of het e-mailadres',
  },
  organisation: { holds: 'naam, telefoonnummer en e-mailadres', shorten: 'de naam of het e-mailadres' },
} as const;

/**
 * "Contactpersoon Kaoutar Aarras: de QR-code met naam, functie, telefoonnummer en e-mailadres
 * bevat te veel om op een klein scherm (800×480) met een telefoon gelezen te worden. Maak de naam,
 * de functie of het e-mailadres samen ongeveer 60 tekens korter (de naam telt twee keer)."
 */
export function contactCodeWarnings(c: Content): string[] {
  return denseContactCodes(c).map(({ path, kind, over }) => {
    const place = capitalize(placeOf(path, c) ?? 'een contactpersoon');
    const { holds, shorten } = WHAT_IT_HOLDS[kind];
    const shorter = Math.ceil(over / 10) * 10;
    return `${place}: de QR-code met ${holds} bevat te veel om op een klein scherm (800×480) met een telefoon gelezen te worden. Maak ${shorten} samen ongeveer ${shorter} tekens korter (de naam telt twee keer).`;
  });
}
