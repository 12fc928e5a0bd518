/**
 * The contact cards of the touch screen: every community worker, then the organisation for general
 * questions (the Sociaal Huis), each with the vCard its QR code carries.
 */
import type { Content } from '../content/schema';
import { phoneAsShown, toInternational } from './belgian-phone';
import { buildVCard, splitPersonName } from './vcard';

/** One card as the screen shows it. */
export interface ContactCard {
  /** Stable within one content version: "contact-0", "organisation". */
  key: string;
  kind: 'worker' | 'organisation';
  name: string;
  /**
   * "Buurtopbouwwerker"; for the organisation its description when that is a short line ("Meer
   * informatie over het project"), else "Algemene vragen" (`organisationRole`).
   */
  role: string;
  /**
   * As staff wrote it ("0473 52 99 03"): the form a Belgian visitor reads and dials; the slip
   * "+32 0473 …" as the vCard has it (phoneAsShown).
   */
  phone: string;
  /** "+32 473 52 99 03": what the vCard stores. */
  phoneInternational: string;
  email: string;
  /** vCard 3.0 text for the QR code: name, role (a worker) or organisation, phone and e-mail. */
  vcard: string;
}

/**
 * The longest description of the organisation its card shows as its role line: about what two lines
 * of the narrowest card hold (some 26 characters a line beside the QR code at 1280×800).
 */
export const ORGANISATION_ROLE_MAX = 50;

/**
 * What the organisation's card says it is for. A short description says it ("Meer informatie over
 * het project"). A longer one is a paragraph about the project, which the about slide shows whole
 * with the same name, e-mail and number; on a card it would be cut after two lines, half a sentence
 * under the name: the card then says what a visitor calls the Sociaal Huis for.
 */
export function organisationRole(description: string | undefined): string {
  return description !== undefined && [...description].length <= ORGANISATION_ROLE_MAX
    ? description
    : 'Algemene vragen';
}

/** Workers first, in content order, then the organisation. */
export function contactCards(content: Content): ContactCard[] {
  const workers = content.contacts.map((contact, index): ContactCard => {
    const phone = toInternational(contact.phone);
    return {
      key: `contact-${index}`,
      kind: 'worker',
      name: contact.name,
      role: contact.role,
      phone: phoneAsShown(contact.phone),
      phoneInternational: phone.text,
      email: contact.email,
      vcard: buildVCard({
        formattedName: contact.name,
        name: splitPersonName(contact.name),
        title: contact.role,
        phones: [{ number: phone.text, type: phone.kind === 'mobile' ? 'cell' : 'work' }],
        emails: [contact.email],
      }),
    };
  });
  const org = content.organisation;
  const orgPhone = toInternational(org.phone);
  const organisation: ContactCard = {
    key: 'organisation',
    kind: 'organisation',
    name: org.name,
    role: organisationRole(org.description),
    phone: phoneAsShown(org.phone),
    phoneInternational: orgPhone.text,
    email: org.email,
    vcard: buildVCard({
      formattedName: org.name,
      organisation: org.name,
      phones: [{ number: orgPhone.text, type: orgPhone.kind === 'mobile' ? 'cell' : 'work' }],
      emails: [org.email],
    }),
  };
  return [...workers, organisation];
}
