/**
 * vCard 3.0 (RFC 2426) text for a QR code: a visitor scans it with the phone camera and saves the
 * contact. Minimal on purpose (name, role or organisation, phone, e-mail): every byte less keeps the
 * QR version low, and so its modules large enough to read off a 7" screen. Lines end in CRLF and are
 * folded at 75 octets of UTF-8, as the RFC asks; text values are escaped so a comma, semicolon,
 * backslash or line break in content cannot break the card apart.
 */

/** One phone number; `cell` for mobiles, `work` for an office or landline. */
export interface VCardPhone {
  number: string;
  type: 'cell' | 'work';
}

/** What the card says about one person or organisation. */
export interface VCardInput {
  /** The name as shown: "Jonas Van Laere", or "Sociaal Huis" for an organisation. */
  formattedName: string;
  /** A person's name in parts; absent for an organisation (then N stays empty, as RFC 2426 allows). */
  name?: { family: string; given: string };
  /** The organisation, on an organisation's own card. */
  organisation?: string;
  /** A person's role: "Buurtopbouwwerker". */
  title?: string;
  phones: VCardPhone[];
  emails: string[];
}

/** Longest line in octets before folding (RFC 2426 §2.6 via RFC 2425 §5.8.1). */
export const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

/** Octets of one code point in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Escapes a text value: `\` `,` `;` get a backslash, any line break becomes `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * "Jonas Van Laere" → given "Jonas", family "Van Laere": the first word is the given name, the rest the
 * family name, which keeps Flemish particles (Van, De, Vande) with the family name where they belong.
 */
export function splitPersonName(fullName: string): { family: string; given: string } {
  const [given = '', ...family] = fullName.trim().split(/\s+/);
  return { given, family: family.join(' ') };
}

/**
 * Folds one content line into physical lines of at most 75 octets, each continuation starting with a
 * space; never splits a character (a UTF-8 sequence, or a surrogate pair) across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first physical line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole card, CRLF line endings and folding included, ending in CRLF. */
export function buildVCard(input: VCardInput): string {
  const name = input.name ?? { family: '', given: '' };
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeText(name.family)};${escapeText(name.given)};;;`,
    `FN:${escapeText(input.formattedName)}`,
  ];
  if (input.organisation) lines.push(`ORG:${escapeText(input.organisation)}`);
  if (input.title) lines.push(`TITLE:${escapeText(input.title)}`);
  for (const phone of input.phones) {
    // Without spaces: the phone groups the digits itself, and four bytes less may save a QR version.
    lines.push(
      `TEL;TYPE=${phone.type === 'cell' ? 'CELL' : 'WORK'}:${escapeText(phone.number.replace(/ /g, ''))}`,
    );
  }
  for (const email of input.emails) lines.push(`EMAIL:${escapeText(email)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
