/**
 * Dutch for the JSON parser's findings: each syntax mistake with the line (and column) where staff
 * fix it and its likely cause, and the notes (a key given twice, a forbidden key, a list too long).
 */
import { INVISIBLE_NAMES, type JsonSyntaxError, type ParseNote, type SyntaxIssue } from './json-parser';
import { showInvisible, type Problem } from './problem';
import type { TextPositions } from './text-position';

/**
 * A text holding U+FFFD: bytes that were not UTF-8. The editor says the same of such a text in its
 * draft (core/editor/saved-content.ts), where the file's text is gone and only the value is left.
 */
export const UNREADABLE_TEXT_MESSAGE =
  'onleesbaar teken � in deze tekst: het bestand is niet als UTF-8 opgeslagen (bv. als "ANSI"), zodat é, ë of ç hier niet te lezen zijn; sla het op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)';

const BLOCK = { '{': 'het blok {', '[': 'de lijst [' } as const;
const CLOSER = { '{': '}', '[': ']' } as const;

/** Up to 30 characters of a word from the file, for quoting it back (invisible ones written out). */
function shown(word: string): string {
  return showInvisible(word.length > 30 ? `${word.slice(0, 30)}…` : word);
}

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for one issue; `lineOf` turns other offsets the message names into lines. */
function syntaxMessage(issue: SyntaxIssue, at: number, lineOf: (offset: number) => number): string {
  switch (issue.kind) {
    case 'empty':
      return 'het bestand is leeg: de inhoud begint met { en eindigt met }';
    case 'curly-quote':
      return `gekruld aanhalingsteken ${issue.char} (zoals Word of Outlook het zet): JSON vraagt hier een recht aanhalingsteken "`;
    case 'curly-quote-end':
      return `deze tekst sluit met een gekruld aanhalingsteken ${issue.char} (zoals Word of Outlook het zet): JSON vraagt een recht aanhalingsteken "`;
    case 'single-quote':
      return `enkel aanhalingsteken ': JSON vraagt dubbele aanhalingstekens, bv. "title" in plaats van 'title'`;
    case 'comment':
      return `commentaar (${issue.marker}) kan niet in JSON: haal het weg`;
    case 'invisible':
      return `onzichtbaar teken (${INVISIBLE_NAMES[issue.code] ?? hex(issue.code)}, ${hex(issue.code)}) buiten een tekst: haal het weg of vervang het door een gewone spatie`;
    case 'not-utf8':
      return 'onleesbaar teken � (het bestand is niet als UTF-8 opgeslagen; stond hier een gekruld aanhalingsteken?): sla het op als UTF-8 en zet hier een recht aanhalingsteken "';
    case 'missing-comma': {
      const next = lineOf(issue.next);
      return next === lineOf(at)
        ? 'er ontbreekt een komma tussen twee waarden'
        : `er ontbreekt een komma op het einde van deze regel (vóór de waarde op regel ${next})`;
    }
    case 'trailing-comma':
      return `komma te veel: na het laatste item van ${issue.close === '}' ? 'een blok { }' : 'een lijst [ ]'} komt geen komma`;
    case 'double-comma':
      return "twee komma's na elkaar: haal er één weg (of vul de ontbrekende waarde in)";
    case 'quote-in-text':
      return 'aanhalingsteken " midden in een tekst: schrijf \\" of gebruik ‘ ’';
    case 'unclosed-string':
      return 'deze tekst heeft geen afsluitend aanhalingsteken ": zet er een " achter (op dezelfde regel)';
    case 'bad-escape':
      return `${issue.escape} kan niet in een tekst: een \\ schrijf je als \\\\ (bv. "C:\\\\Gebruikers"), of bedoel je een / ?`;
    case 'control-char':
      return issue.code === 9
        ? 'een tab in een tekst kan niet in JSON: vervang hem door een spatie'
        : `een onzichtbaar stuurteken (${hex(issue.code)}) in een tekst: haal het weg`;
    case 'unquoted-key':
      return `veldnaam zonder aanhalingstekens: schrijf "${shown(issue.word)}"`;
    case 'unquoted-text':
      return issue.word.endsWith('"')
        ? `het aanhalingsteken " vooraan ontbreekt: schrijf "${shown(issue.word)}`
        : `tekst zonder aanhalingstekens (${shown(issue.word)}): zet tekst tussen rechte aanhalingstekens "…"`;
    case 'literal-case':
      return `schrijf ${issue.word.toLowerCase()} met kleine letters (niet ${issue.word})`;
    case 'missing-colon':
      return `na de veldnaam "${shown(issue.key)}" ontbreekt een dubbelpunt :`;
    case 'missing-value':
      return issue.key === null
        ? 'hier ontbreekt een waarde (of staat er een komma te veel)'
        : `na "${shown(issue.key)}": ontbreekt een waarde`;
    case 'unclosed':
      return `het bestand houdt op, maar ${BLOCK[issue.open]} van regel ${lineOf(issue.openedAt)} is niet gesloten: ontbreekt er een ${CLOSER[issue.open]}?`;
    case 'unclosed-list':
      return `de lijst [ van regel ${lineOf(issue.openedAt)} is niet gesloten: ontbreekt er een ] vóór deze regel?`;
    case 'wrong-close':
      return `hier staat ${issue.found}, maar ${BLOCK[issue.open]} van regel ${lineOf(issue.openedAt)} moet eerst gesloten worden met ${CLOSER[issue.open]}`;
    case 'extra-close':
      return `er staat een ${issue.char} te veel: de inhoud was al afgesloten op regel ${lineOf(issue.rootEnd - 1)}`;
    case 'after-end':
      return `na het einde van de inhoud (regel ${lineOf(issue.rootEnd - 1)}) staat nog iets: haal het weg`;
    case 'stray':
      return strayMessage(issue);
    case 'too-deep':
      return 'te diep genest';
  }
}

function strayMessage(issue: Extract<SyntaxIssue, { kind: 'stray' }>): string {
  const c = `onverwacht teken ${issue.char}`;
  switch (issue.expected) {
    case 'key':
      return issue.char === '{' || issue.char === '['
        ? `${c}: hier hoort een veldnaam tussen aanhalingstekens (ontbreekt er een } op een vorige regel?)`
        : `${c}: hier hoort een veldnaam tussen aanhalingstekens, bv. "title"`;
    case 'value':
      return `${c}: hier hoort een waarde, bv. "tekst", true, false, een lijst [ … ] of een blok { … }`;
    case 'comma':
      return `${c}: hier hoort een komma of ${issue.close ?? '}'}`;
  }
}

/** The problem for a syntax error: its line and column, and the message. */
export function syntaxProblem(error: JsonSyntaxError, positions: TextPositions): Problem {
  // For a missing comma `at` is just past the previous value: the line (and column) to add it.
  const { line, column } = positions.at(error.at);
  return {
    path: '',
    line,
    column,
    message: syntaxMessage(error.issue, error.at, (o) => positions.lineAt(o)),
  };
}

/**
 * The problem for something noted while reading: a key twice, a forbidden key, a list too long, a
 * text with bytes that were not UTF-8.
 */
export function noteProblem(note: ParseNote, positions: TextPositions): Problem {
  const line = positions.lineAt(note.at);
  switch (note.kind) {
    case 'duplicate-key':
      return {
        path: note.path,
        line,
        message: `"${shown(note.key)}" staat twee keer in hetzelfde blok (regel ${positions.lineAt(note.firstAt)} en regel ${line}): laat er één weg`,
      };
    case 'forbidden-key':
      return { path: note.path, line, message: `veldnaam "${note.key}" is niet toegestaan` };
    case 'too-many-items':
      return { path: note.path, line, message: `te veel items (hoogstens ${note.max})`, maxItems: note.max };
    case 'not-utf8-text':
      return {
        path: note.path,
        ...positions.at(note.at),
        message: UNREADABLE_TEXT_MESSAGE,
      };
  }
}
