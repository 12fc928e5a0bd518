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

/** Zones dialled with one digit after the 0: Brussels, Antwerp, Liège, Ghent. */
const ONE_DIGIT_ZONES = new Set(['2', '3', '4', '9']);

/** "473529903" → "473 52 99 03" etc.: Belgium's usual grouping for a national number without its 0. */
function groupNational(national: string): InternationalPhone | null {
  if (/^4\d{8}$/.test(national)) {
    return { text: `${national.slice(0, 3)} ${pairs(national.slice(3))}`, kind: 'mobile' };
  }
  if (national.length !== 8) return null;
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
