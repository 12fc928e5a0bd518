/** One thing wrong with a content file, in plain Dutch, with where it is. */
export interface Problem {
  /** Where in the file, e.g. `activities[3].start`; empty for the file as a whole. */
  path: string;
  /** What is wrong and what to write instead, in Dutch. */
  message: string;
  /** 1-based line in the file, when the text was available. */
  line?: number;
  /** 1-based column, for mistakes in the JSON text itself (a missing comma, a curly quote). */
  column?: number;
  /** The place in words staff know (`activiteit "Breicafé", begin`); see core/content/place.ts. */
  place?: string;
  /**
   * The file to put right when that is not content.json: a photo (`images/koffie.jpg`) or a signature
   * file (`ondertekening.json`). A report then does not send staff to content.json for it.
   */
  file?: string;
  /**
   * For a list with too many items: the most it may have. When the reader's own cap and the schema's
   * limit both speak about one list, sortByLine keeps only the lower (the one staff must meet).
   */
  maxItems?: number;
  /**
   * Set on the one line that stands for this many problems not listed apart (problem-cap.ts): it has
   * no path or line, comes last, and counts as that many wherever problems are counted.
   */
  leftOut?: number;
}

/** One step of a path: a key or a list index. */
export type PathStep = string | number;

/** Formats a path of keys and indexes the way developers read it: `activities[3].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `activities[3].start` back to `['activities', 3, 'start']` (the inverse of formatPath). */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const [, key, index] = m;
    steps.push(index !== undefined ? Number(index) : (key ?? ''));
  }
  return steps;
}

/** "regel 12, kolom 5" (or just "regel 12"); empty without a line. */
function lineWords(p: Problem): string {
  if (p.line === undefined) return '';
  return p.column === undefined ? `regel ${p.line}` : `regel ${p.line}, kolom ${p.column}`;
}

/** Where a problem is: `regel 12, activiteit "Breicafé", begin` (the place in words, else the path). */
export function whereOf(p: Problem): string {
  return [lineWords(p), p.place ?? p.path].filter(Boolean).join(', ');
}

/**
 * One line for staff: `regel 12, activiteit "Breicafé", begin: geen geldige datum…`. Never shows
 * a field path when the problem has a place in words, so it can go on the public screen.
 */
export function describeProblem(p: Problem): string {
  const where = whereOf(p);
  return where ? `${where}: ${p.message}` : p.message;
}

/** describeProblem with the technical path after it, for the command line: `… [activities[3].start]`. */
export function describeProblemWithPath(p: Problem): string {
  const line = describeProblem(p);
  return p.path && p.place !== undefined ? `${line}  [${showInvisible(p.path)}]` : line;
}

/** Characters that show as nothing or as a plain space: format characters, controls, other spaces. */
const INVISIBLE = /(?! )[\p{Cf}\p{Cc}\p{Z}]/gu;

/** True when `text` holds a character staff cannot see (a zero-width space, a hard space, …). */
export function hasInvisible(text: string): boolean {
  return text.search(INVISIBLE) !== -1;
}

/** `text` with each invisible character written out, `upd[U+200B]ated`, so a name can be told apart. */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/**
 * True when staff put this right in content.json itself: it has a line or a place there and names no
 * other file. A problem about the folder as a whole (too big, signed too early) says its own fix.
 */
export function isInContentFile(p: Problem): boolean {
  return p.file === undefined && (p.line !== undefined || p.path !== '');
}

/**
 * File-wide problems first, then in the order of the file, so staff can fix them top to bottom; the
 * line counting those left out, if any, last. A list with two limits (the reader's cap and the
 * schema's own) keeps only the lower: two numbers for one list would contradict each other.
 */
export function sortByLine(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) =>
    p.leftOut !== undefined ? Number.MAX_SAFE_INTEGER : (p.line ?? 0) * 1_000_000 + (p.column ?? 0);
  const limit = new Map<string, Problem>(); // per list the lowest; the schema's (said last) on a tie
  for (const p of problems) {
    const other = limit.get(p.path);
    if (p.maxItems !== undefined && (other?.maxItems ?? Infinity) >= p.maxItems) limit.set(p.path, p);
  }
  const kept = problems.filter((p) => p.maxItems === undefined || limit.get(p.path) === p);
  return kept.sort((a, b) => key(a) - key(b));
}
