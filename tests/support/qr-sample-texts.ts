/**
 * Seeded random texts of the kinds a kiosk QR code carries or might: Facebook links, vCards built as
 * core/contacts builds them, digits, upper-case alphanumerics, runs of mixed modes, accented and
 * emoji text, up to the longest a QR code holds. The same seed gives the same texts.
 */
import { toInternational } from '../../core/contacts/belgian-phone';
import { buildVCard, splitPersonName } from '../../core/contacts/vcard';

/** The longest texts of one kind a version 40 code holds at level L (ISO/IEC 18004, table 7). */
export const MAX_DIGITS = 7089;
export const MAX_ALPHANUMERIC = 4296;
export const MAX_BYTES = 2953;

export interface SampleText {
  kind: 'facebook' | 'vcard' | 'digits' | 'alphanumeric' | 'mixed' | 'accented' | 'empty';
  text: string;
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const OTHER = '@_?=&#!,;()[]\'"~\\\r\n\t';
const ACCENTED = 'éèëêàäâçïîôöûüÉÈÇÖßœæñø€£°½';
const EMOJI = ['😀', '🎉', '👍🏽', '❤️', '☕', '🇧🇪', '👨‍👩‍👧', '𝄞', '中文', 'Ωμέγα', 'Привет'];
const GIVEN = [
  'Jonas',
  'Aïcha',
  'Sébastien',
  'Ümit',
  'Els',
  'Noé',
  'Zoë',
  'Chloé',
  'Mehmet',
  'Ana-Lucía',
  'Björn',
];
const FAMILY = [
  'Van Laere',
  'De Smet',
  'Vande Velde',
  "D'Hondt",
  'Öztürk',
  'El Idrissi',
  'Peeters',
  'Müller',
];
const ROLES = [
  'Buurtopbouwwerker',
  'Coördinator, buurtwerk',
  'Maatschappelijk werker; Sint-Gillis',
  'Jeugdwerker',
];

/** Random numbers from `seed` (a 32-bit mix): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` texts of every kind, from `seed`; most short as the kiosk's are, some up to the maximum. */
export function sampleQrTexts(seed: number, count: number): SampleText[] {
  const random = seededRandom(seed);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(items: ArrayLike<T>): T => items[int(items.length)]!;
  const chars = (alphabet: string, length: number) => Array.from({ length }, () => pick(alphabet)).join('');
  /** Mostly short lengths, now and then up to `max`. */
  const length = (max: number) => (random() < 0.95 ? 1 + int(Math.min(max, 200)) : 1 + int(max));
  const phone = () =>
    pick([
      `04${int(10)}${int(10)} ${chars(DIGITS, 2)} ${chars(DIGITS, 2)} ${chars(DIGITS, 2)}`,
      `052 ${chars(DIGITS, 2)} ${chars(DIGITS, 2)} ${chars(DIGITS, 2)}`,
      `+32 4${chars(DIGITS, 2)} ${chars(DIGITS, 6)}`,
      `0032 9 ${chars(DIGITS, 3)} ${chars(DIGITS, 3)}`,
      `+31 6 ${chars(DIGITS, 8)}`,
    ]);
  const kinds: (() => SampleText)[] = [
    () => ({
      kind: 'facebook',
      text: pick([
        `https://www.facebook.com/profile.php?id=${1 + int(9)}${chars(DIGITS, 14)}`,
        `https://www.facebook.com/${chars(LOWER + '.' + DIGITS, 5 + int(30))}`,
        `https://www.facebook.com/groups/${chars(DIGITS, 6 + int(12))}/`,
        `https://m.facebook.com/${chars(LOWER + DIGITS, 5 + int(20))}?ref=${chars(LOWER + UPPER.slice(0, 26), 8)}`,
        `HTTPS://WWW.FACEBOOK.COM/${chars(UPPER.slice(0, 26) + DIGITS, 5 + int(40))}`,
      ]),
    }),
    () => {
      const name = `${pick(GIVEN)} ${pick(FAMILY)}`;
      const number = toInternational(phone());
      const organisation = random() < 0.2;
      const text = buildVCard({
        formattedName: organisation ? `Sociaal Huis ${pick(FAMILY)}` : name,
        ...(organisation
          ? { organisation: `Sociaal Huis ${pick(FAMILY)}` }
          : { name: splitPersonName(name) }),
        ...(organisation ? {} : { title: Array.from({ length: 1 + int(4) }, () => pick(ROLES)).join(' ') }),
        phones: [{ number: number.text, type: number.kind === 'mobile' ? 'cell' : 'work' }],
        emails: [
          `${chars(LOWER, 3 + int(12))}.${chars(LOWER, 3 + int(10))}@${pick(['dendermonde.be', 'ocmw.be'])}`,
        ],
      });
      return { kind: 'vcard', text };
    },
    () => ({ kind: 'digits', text: chars(DIGITS, length(MAX_DIGITS)) }),
    () => ({ kind: 'alphanumeric', text: chars(UPPER + DIGITS, length(MAX_ALPHANUMERIC)) }),
    () => {
      // Runs of each mode's characters, long and short, so that the segmentation has choices to make.
      const alphabets = [DIGITS, UPPER, LOWER, OTHER, ACCENTED];
      const target = length(1200);
      let text = '';
      while (text.length < target) text += chars(pick(alphabets), 1 + int(random() < 0.7 ? 8 : 40));
      return { kind: 'mixed', text };
    },
    () => {
      const target = length(700);
      let text = '';
      while (text.length < target) {
        text += random() < 0.3 ? pick(EMOJI) : chars(LOWER + ACCENTED + ' ', 1 + int(10));
      }
      return { kind: 'accented', text };
    },
  ];
  const texts: SampleText[] = [{ kind: 'empty', text: '' }];
  while (texts.length < count) texts.push(kinds[texts.length % kinds.length]!());
  return texts;
}
