/**
 * Belgian phone numbers as staff write them ("0473 52 99 03", "052/37.85.00") in the international
 * form a phone stores in its contacts ("+32 473 52 99 03"), so a saved contact also works abroad.
 */

/** What kind of line a number is: a vCard marks mobiles as CELL and the rest as work lines. */
export type PhoneKind = 'mobile' | 'landline' | 'other';

/** A number in +32 form (or left as given when it is not Belgian), with its kind. */
export interface InternationalPhone {
  /** "+32 473 52 99 03", "+32 52 37 85 00", "+32 2 123 45 67". */
  text: string;
  kind: PhoneKind;
}

/** A mobile without its 0: 9 digits from 45 to 49 ("0473 52 99 03"). */
const MOBILE = /^4[5-9]\d{7}$/;
/**
 * Any other number without its 0: 8 digits ("052 37 85 00", "0800 12 345"). One starting 45 to 49
 * would be a mobile missing a digit ("0473 52 99 0"), not a number in Liège.
 */
const FIXED = /^(?!4[5-9])[1-9]\d{7}$/;

/** Zones dialled with one digit after the 0: Brussels, Antwerp, Liège, Ghent. */
const ONE_DIGIT_ZONES = new Set(['2', '3', '4', '9']);

/** "473529903" → "473 52 99 03" etc.: Belgium's usual grouping for a national number without its 0. */
function groupNational(national: string): InternationalPhone | null {
  if (MOBILE.test(national)) {
    return { text: `${national.slice(0, 3)} ${pairs(national.slice(3))}`, kind: 'mobile' };
  }
  if (!FIXED.test(national)) return null;
  // Free and premium numbers: 0800 12 345, 0900 12 345.
  if (/^(800|90\d)/.test(national)) {
    return { text: `${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5)}`, kind: 'other' };
  }
  if (ONE_DIGIT_ZONES.has(national.charAt(0))) {
    return {
      text: `${national[0]} ${national.slice(1, 4)} ${pairs(national.slice(4))}`,
      kind: 'landline',
    };
  }
  return { text: `${national.slice(0, 2)} ${pairs(national.slice(2))}`, kind: 'landline' };
}

function pairs(digits: string): string {
  return digits.match(/\d{1,2}/g)?.join(' ') ?? '';
}

/** Separators staff use ("/", ".", "-", several spaces) as single spaces. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/[./-]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * "0473 52 99 03" → "+32 473 52 99 03"; "052 37 85 00" → "+32 52 37 85 00"; "0032 …" and "+32 …" are
 * regrouped the same way. Numbers of other countries, and shapes that are not a Belgian number, keep
 * their own digits (separators tidied), with kind "other".
 */
export function toInternational(phone: string): InternationalPhone {
  const compact = phone.replace(/[\s./-]/g, '');
  let national: string | null = null;
  if (compact.startsWith('+32')) national = compact.slice(3);
  else if (compact.startsWith('0032')) national = compact.slice(4);
  else if (compact.startsWith('00'))
    return { text: tidy(`+${tidy(phone).replace(/^00\s?/, '')}`), kind: 'other' };
  else if (compact.startsWith('+')) return { text: tidy(phone), kind: 'other' };
  else if (compact.startsWith('0')) national = compact.slice(1);
  if (national === null) return { text: tidy(phone), kind: 'other' };
  // "+32 0473 …" is a common slip: the trunk 0 is never dialled after +32.
  national = national.replace(/^0/, '');
  const grouped = /^\d+$/.test(national) ? groupNational(national) : null;
  return grouped
    ? { text: `+32 ${grouped.text}`, kind: grouped.kind }
    : { text: `+32 ${national}`, kind: 'other' };
}

/**
 * A number as the screen shows it: as staff wrote it, the form a Belgian visitor reads and dials;
 * only the slip "+32 0473 …" / "0032 0473 …" (a trunk 0 after the country code, which rings
 * nowhere when typed in as shown) is shown as the QR code saves it, "+32 473 52 99 03".
 */
export function phoneAsShown(phone: string): string {
  const compact = phone.replace(/[\s./-]/g, '');
  return /^(?:\+|00)320/.test(compact) ? toInternational(phone).text : phone;
}

const NOT_BELGIAN_SHAPE =
  'geen geldig Belgisch telefoonnummer: een gsm-nummer heeft 10 cijfers, bv. 0470 12 34 56; een vast nummer 9, bv. 052 37 85 00';

/**
 * Why a phone number (digits, spaces, "/", ".", "-", a leading +) cannot be right, in Dutch with an
 * example; undefined when it can be. A Belgian number (0…, +32 …, 0032 …) must have the digits of a
 * mobile or a fixed line, so the contact's QR code never holds a number that rings nowhere; a
 * number of another country only needs a country code.
 */
export function phoneNumberProblem(phone: string): string | undefined {
  const compact = phone.replace(/[\s./-]/g, '');
  const belgian = /^(?:\+|00)32(\d*)$/.exec(compact);
  if (belgian) {
    // "+32 0473 …" is accepted: toInternational drops the trunk 0 written after +32.
    const national = (belgian[1] ?? '').replace(/^0/, '');
    return MOBILE.test(national) || FIXED.test(national) ? undefined : NOT_BELGIAN_SHAPE;
  }
  const abroad = /^(?:\+|00)(\d*)$/.exec(compact);
  if (abroad) {
    return /^[1-9]/.test(abroad[1] ?? '')
      ? undefined
      : 'geen geldig telefoonnummer: na + of 00 komt een landnummer, bv. +32 473 52 99 03 of 0032 473 52 99 03';
  }
  if (!compact.startsWith('0')) {
    return 'geen geldig telefoonnummer: een Belgisch nummer begint met 0, bv. 0470 12 34 56 of 052 37 85 00 (een buitenlands nummer met + en het landnummer)';
  }
  const national = compact.slice(1);
  return MOBILE.test(national) || FIXED.test(national) ? undefined : NOT_BELGIAN_SHAPE;
}
