/**
 * The one rule for an image name in content.json ("images/koffie.jpg"), which also guards the kiosk's
 * /media paths and its store, and what staff read when a name breaks it. A name that is wrong only by
 * a character ("images/koffie (2).png", how Windows names a second copy, or "images/café.png") hears
 * which character, with a name that would do; any other mistake gets the general message.
 */
import { INVISIBLE_NAMES } from './json-parser';
import { showInvisible } from './problem';

/**
 * Inside the folder (no leading /, no "." or ".." part), parts of letters without accent, digits,
 * spaces, dots, - and _, separated by /, ending in .png, .jpg, .jpeg or .webp (any capitals). Letter
 * cases are spelled out rather than an /i flag: the JSON Schema export shows this pattern, and JSON
 * Schema patterns have no flags.
 */
export const IMAGE_PATH =
  /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._ -]+(\/[A-Za-z0-9._ -]+)*\.([pP][nN][gG]|[jJ][pP][eE]?[gG]|[wW][eE][bB][pP])$/;

/** Every other mistake: no name, leaving the folder, another kind of file. */
export const IMAGE_PATH_MESSAGE =
  'verwacht een afbeelding in de map, bv. "images/koffie.jpg" (png, jpg of webp, geen ..)';

/** A character IMAGE_PATH allows in a name, and the / between a folder and the name. */
const ALLOWED = /[A-Za-z0-9._ /-]/;
/** Runs of characters a name may not have (a character outside the BMP counts as one). */
const NOT_ALLOWED = /[^A-Za-z0-9._ /-]+/gu;

/** The message for a name IMAGE_PATH refuses (`input` as given; not a string: the general message). */
export function imagePathMessage(input: unknown): string {
  if (typeof input !== 'string') return IMAGE_PATH_MESSAGE;
  // "C:\Gebruikers\…" or "\\server\…": the name leads out of the folder; the drive is not the point.
  if (/^([A-Za-z]:)?[\\/]/.test(input)) return IMAGE_PATH_MESSAGE;
  const bad = firstNotAllowed(input);
  if (bad === null || !fineWithout(input)) return IMAGE_PATH_MESSAGE;
  const inFolder = input.includes('/', bad.at);
  const part = inFolder ? 'een map' : 'een afbeelding';
  const example = suggestedName(input);
  if (bad.char === '\\') {
    return `"${showInvisible(input)}": het teken "\\" mag niet in de naam van ${part}; zet een / tussen een map en de naam (bv. "${example}")`;
  }
  return `"${showInvisible(input)}": ${named(bad.char, input.slice(0, bad.at))} mag niet in de naam van ${part}; gebruik alleen letters zonder accent, cijfers, spaties, punten, - en _ (bv. "${example}"; hernoem ${inFolder ? 'de map' : 'de foto'} ook zo)`;
}

/** The first character (code point) IMAGE_PATH does not allow, and where it is; null when none. */
function firstNotAllowed(input: string): { char: string; at: number } | null {
  let at = 0;
  for (const char of input) {
    if (!ALLOWED.test(char)) return { char, at };
    at += char.length;
  }
  return null;
}

/**
 * True when the characters are all that is wrong: with them left out, or each run of them replaced
 * by a letter, the name passes ("images/é.png" needs the letter, "koffie.png" + a zero-width space
 * at the end needs it left out).
 */
function fineWithout(input: string): boolean {
  return IMAGE_PATH.test(input.replace(NOT_ALLOWED, '')) || IMAGE_PATH.test(input.replace(NOT_ALLOWED, 'x'));
}

/** The character as staff can recognise it: quoted, or in words when it shows as nothing or a space. */
function named(char: string, before: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const invisible = INVISIBLE_NAMES[code];
  if (invisible !== undefined) return `een ${invisible} (${hex})`;
  if (char === '\t') return 'een tab';
  if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(char)) return `een onzichtbaar teken (${hex})`;
  // An accent typed as its own character after the letter (as macOS may save "é"): show them together.
  if (/\p{M}/u.test(char)) {
    const letter = [...before].at(-1);
    return letter === undefined
      ? `een los accent (${hex})`
      : `het teken "${(letter + char).normalize('NFC')}"`;
  }
  return char === '"' ? "het teken '\"'" : `het teken "${char}"`;
}

/**
 * A name that would do, made as the editor makes one (core/editor/image-name.ts): in each part with a
 * character not allowed, accents dropped and other such characters (spaces too) made "-"; the rest as
 * written. "images/koffie (2).png" → "images/koffie-2.png", "images/café.png" → "images/cafe.png".
 */
function suggestedName(input: string): string {
  const parts = input.split(/[\\/]/);
  const fixed = parts.map((part, i) => {
    if (firstNotAllowed(part) === null) return part;
    const clean = part
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/-+\./g, '.')
      .replace(/^-+|-+$/g, '');
    const last = i === parts.length - 1;
    if (last && (clean === '' || clean.startsWith('.'))) return `foto${clean}`;
    return clean === '' ? 'images' : clean;
  });
  const name = fixed.join('/');
  return IMAGE_PATH.test(name) ? name : 'images/koffie.jpg';
}
