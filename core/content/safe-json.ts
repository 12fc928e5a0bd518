/**
 * JSON parsing for untrusted files from a USB stick: bounded size, nesting and lists, no prototype
 * pollution, and every mistake with its line, column and likely cause (core/content/json-parser.ts).
 */
import { parseJsonText } from './json-parser';
import { noteProblem, syntaxProblem } from './json-syntax-messages';
import { formatPath, parsePath, type Problem } from './problem';
import { leftOutLine } from './problem-cap';
import { TextPositions } from './text-position';

export const JSON_LIMITS = { maxDepth: 32, maxArrayLength: 5000, maxChars: 5 * 1024 * 1024 } as const;

/**
 * `ok: false` when the text cannot be read at all. `ok: true` may still carry problems (a key given
 * twice, forbidden keys, over-long lists); the value then has those parts left out so validation can
 * report everything else too; past `maxProblems` of them, one last problem counts the rest.
 * `duplicates` are the keys given twice (among those listed): only the text can say which one was
 * meant. `lineOf(path)` is the line of a path, or of the nearest part of it in the file.
 */
export type SafeParseResult =
  | {
      ok: true;
      value: unknown;
      problems: Problem[];
      duplicates: Problem[];
      /** Texts with bytes that were not UTF-8 (among those listed). */
      unreadable: Problem[];
      lineOf: (path: string) => number | undefined;
    }
  | { ok: false; problems: Problem[] };

/**
 * Parses JSON text from an untrusted source. Never throws. `maxProblems` caps the notes
 * (problem-cap.ts; content.json passes MAX_PROBLEMS); by default all are kept, as a screen's
 * config.json needs: its salvage drops fields by their problems and must see every one.
 */
export function parseJsonSafely(text: string, maxProblems = Infinity): SafeParseResult {
  if (text.length > JSON_LIMITS.maxChars) {
    return fail(`het bestand is te groot (hoogstens ${JSON_LIMITS.maxChars / 1024 / 1024} MB)`);
  }
  const head = text.slice(0, 8);
  // UTF-16 has a zero byte beside every letter of plain text; a file of zeros is what a stick
  // pulled out while saving leaves, and no "Opslaan als" helps there.
  if (head !== '' && [...head].every((c) => c === '\u0000')) {
    return fail(
      'het bestand is beschadigd: het begint met nullen in plaats van tekst (bv. omdat de stick tijdens het opslaan uitgetrokken werd); sla het opnieuw op',
      1,
    );
  }
  if (head.includes('\u0000')) {
    return fail('het bestand is opgeslagen als UTF-16 ("Unicode"): sla het op als UTF-8', 1);
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Notepad writes a byte-order mark
  const positions = new TextPositions(text, start);
  const outcome = parseJsonText(text, { ...JSON_LIMITS, maxNotes: maxProblems }, start);
  if (!outcome.ok) {
    if (outcome.error.issue.kind === 'too-deep') {
      // The line and column of the bracket that goes one level too deep.
      const { line, column } = positions.at(outcome.error.at);
      const message = `te diep genest (${maxNesting(text)} niveaus, hoogstens ${JSON_LIMITS.maxDepth})`;
      return { ok: false, problems: [{ path: '', line, column, message }] };
    }
    return { ok: false, problems: [syntaxProblem(outcome.error, positions)] };
  }
  const { value, offsets, notes, notesLeftOut } = outcome.parsed;
  const lineOf = (path: string): number | undefined => {
    const steps = parsePath(path);
    for (let n = steps.length; n >= 0; n--) {
      const offset = offsets.get(formatPath(steps.slice(0, n)));
      if (offset !== undefined) return positions.lineAt(offset);
    }
    return undefined;
  };
  const problems = notes.map((n) => noteProblem(n, positions));
  const duplicates = problems.filter((_, i) => notes[i]?.kind === 'duplicate-key');
  const unreadable = problems.filter((_, i) => notes[i]?.kind === 'not-utf8-text');
  if (notesLeftOut > 0) problems.push(leftOutLine(notesLeftOut));
  return { ok: true, value, problems, duplicates, unreadable, lineOf };
}

function fail(message: string, line?: number): SafeParseResult {
  return { ok: false, problems: [line === undefined ? { path: '', message } : { path: '', message, line }] };
}

/** Deepest bracket nesting, skipping strings; only to say how deep a refused file went. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
