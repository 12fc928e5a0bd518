/**
 * A JSON parser of our own, for files staff write by hand. It stops at the first mistake and says
 * what kind it is (a missing comma, a curly quote, a comment, …) and where; it remembers where every
 * value is, so later problems get a line; it reports a key given twice instead of letting the last
 * one win; and it is iterative (an explicit stack), so nesting depth is checked before it costs
 * anything. `__proto__`, `constructor` and `prototype` keys are never assigned.
 */

/** The kind of syntax mistake, with what a message needs to name its likely cause. */
export type SyntaxIssue =
  | { kind: 'empty' }
  | { kind: 'curly-quote'; char: string }
  /** A string opened with " and closed with a curly quote: `"tekst”,`. */
  | { kind: 'curly-quote-end'; char: string }
  | { kind: 'single-quote' }
  | { kind: 'comment'; marker: string }
  | { kind: 'invisible'; code: number }
  /** U+FFFD: bytes that were not UTF-8, e.g. a curly quote from a file saved as "ANSI". */
  | { kind: 'not-utf8' }
  /** `at` is where the comma belongs (the end of the previous value); `next` starts the next one. */
  | { kind: 'missing-comma'; next: number }
  /** `at` is the comma. */
  | { kind: 'trailing-comma'; close: '}' | ']' }
  | { kind: 'double-comma' }
  /** A straight quote inside a text closed it early: `"Kim "de baas" Bauwens"`; `at` is that quote. */
  | { kind: 'quote-in-text' }
  /** `at` is the opening quote. */
  | { kind: 'unclosed-string' }
  | { kind: 'bad-escape'; escape: string }
  | { kind: 'control-char'; code: number }
  | { kind: 'unquoted-key'; word: string }
  | { kind: 'unquoted-text'; word: string }
  | { kind: 'literal-case'; word: string }
  | { kind: 'missing-colon'; key: string }
  | { kind: 'missing-value'; key: string | null }
  /** The file ends while a block or list is open; `openedAt` is its bracket. */
  | { kind: 'unclosed'; open: '{' | '['; openedAt: number }
  /** A list still open where the next field of the block around it begins. */
  | { kind: 'unclosed-list'; openedAt: number }
  | { kind: 'wrong-close'; found: '}' | ']'; open: '{' | '['; openedAt: number }
  /** Something after the end of the value; `rootEnd` is where it ended. */
  | { kind: 'extra-close'; char: string; rootEnd: number }
  | { kind: 'after-end'; rootEnd: number }
  | { kind: 'stray'; char: string; expected: 'key' | 'value' | 'comma'; close?: '}' | ']' }
  | { kind: 'too-deep' };

/** A syntax mistake at offset `at`. */
export interface JsonSyntaxError {
  issue: SyntaxIssue;
  at: number;
}

/** Something wrong that does not stop the reading: the rest of the file is still checked. */
export type ParseNote =
  | { kind: 'duplicate-key'; path: string; key: string; at: number; firstAt: number }
  | { kind: 'forbidden-key'; path: string; key: string; at: number }
  | { kind: 'too-many-items'; path: string; at: number; max: number }
  /**
   * U+FFFD in a text value: bytes that were not UTF-8, such as an é of a file saved as "ANSI"
   * (Windows-1252), which would show as "Caf�". A note, not a stop: content.json is refused, while a
   * screen's config.json keeps its other fields.
   */
  | { kind: 'not-utf8-text'; path: string; at: number };

/** A parsed file: the value, where each path starts, and what was noted on the way. */
export interface ParsedJson {
  value: unknown;
  /** Offset of every path: the key of an object member, the first character of a list item. */
  offsets: ReadonlyMap<string, number>;
  /** The first `maxNotes`, in the order of the file. */
  notes: ParseNote[];
  /** Notes past `maxNotes`, only counted: a file can repeat one key a hundred thousand times. */
  notesLeftOut: number;
}

export type ParseOutcome = { ok: true; parsed: ParsedJson } | { ok: false; error: JsonSyntaxError };

/** Bounds for untrusted input. */
export interface ParseLimits {
  maxDepth: number;
  maxArrayLength: number;
  /** Notes kept (default all); the rest are only counted. */
  maxNotes?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Quotes Word, Outlook and phones put where JSON needs a straight one. */
export const CURLY_QUOTES = new Set(['“', '”', '„', '‟', '″', '«', '»', '＂', '‘', '’', '‚', '‛', '′']);
/** Characters that look like a space (or nothing) but are not JSON whitespace. */
export const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'harde spatie',
  0x2007: 'harde spatie',
  0x202f: 'smalle harde spatie',
  0x3000: 'brede spatie',
  0x200b: 'nulbreedte-spatie',
  0x200c: 'onzichtbaar scheidingsteken',
  0x200d: 'onzichtbaar verbindingsteken',
  0x2060: 'onzichtbaar verbindingsteken',
  0x2028: 'regelscheiding',
  0x2029: 'alineascheiding',
  0xfeff: 'BOM-teken',
};
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const WORD_START = /[\p{L}\p{N}+\-._]/u;

type ObjectFrame = {
  type: 'object';
  open: number;
  path: string;
  value: Record<string, unknown>;
  keys: Map<string, number>;
  key: string;
  /** False for a key given twice or a forbidden key: its value is read but not kept. */
  keep: boolean;
  state: 'first' | 'key' | 'colon' | 'value' | 'after';
  lastEnd: number;
  commaAt: number;
};
type ArrayFrame = {
  type: 'array';
  open: number;
  path: string;
  value: unknown[];
  count: number;
  state: 'first' | 'value' | 'after';
  lastEnd: number;
  commaAt: number;
};
type Frame = ObjectFrame | ArrayFrame;

class Stop {
  constructor(
    readonly issue: SyntaxIssue,
    readonly at: number,
  ) {}
}

/** Parses `text` from offset `start` (1 to skip a byte-order mark). Never throws for bad input. */
export function parseJsonText(text: string, limits: ParseLimits, start = 0): ParseOutcome {
  try {
    return { ok: true, parsed: new Parser(text, limits, start).run() };
  } catch (err) {
    if (err instanceof Stop) return { ok: false, error: { issue: err.issue, at: err.at } };
    throw err;
  }
}

class Parser {
  #pos: number;
  readonly #stack: Frame[] = [];
  readonly #offsets = new Map<string, number>();
  readonly #notes: ParseNote[] = [];
  #notesLeftOut = 0;
  #root: unknown = undefined;
  #rootEnd = -1;
  /** The last string read (its opening quote and the offset past its closing one). */
  #lastString = { start: -1, end: -1 };
  /** Where the last string read has its first U+FFFD, or -1. */
  #replacementAt = -1;

  constructor(
    private readonly text: string,
    private readonly limits: ParseLimits,
    start: number,
  ) {
    this.#pos = start;
  }

  run(): ParsedJson {
    const start = this.#pos;
    this.#space();
    if (this.#pos >= this.text.length) throw new Stop({ kind: 'empty' }, start);
    this.#offsets.set('', this.#pos);
    this.#beginValue('');
    while (this.#rootEnd < 0) this.#step();
    this.#space();
    const c = this.text[this.#pos];
    if (c !== undefined) {
      const rootEnd = this.#rootEnd;
      throw new Stop(
        c === '}' || c === ']' ? { kind: 'extra-close', char: c, rootEnd } : { kind: 'after-end', rootEnd },
        this.#pos,
      );
    }
    return {
      value: this.#root,
      offsets: this.#offsets,
      notes: this.#notes,
      notesLeftOut: this.#notesLeftOut,
    };
  }

  /** JSON whitespace; comments and look-alike spaces stop with their own message. */
  #space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.#pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.#pos++;
        continue;
      }
      if (c === 0x2f && (text[this.#pos + 1] === '/' || text[this.#pos + 1] === '*')) {
        throw new Stop({ kind: 'comment', marker: text.slice(this.#pos, this.#pos + 2) }, this.#pos);
      }
      if (c === 0x23) throw new Stop({ kind: 'comment', marker: '#' }, this.#pos);
      if (INVISIBLE_NAMES[c] !== undefined) throw new Stop({ kind: 'invisible', code: c }, this.#pos);
      return;
    }
  }

  #step(): void {
    const frame = this.#stack[this.#stack.length - 1];
    if (!frame) throw new Error('json-parser: step without an open block');
    this.#space();
    if (frame.type === 'object') this.#objectStep(frame, this.text[this.#pos]);
    else this.#arrayStep(frame, this.text[this.#pos]);
  }

  #objectStep(f: ObjectFrame, c: string | undefined): void {
    const at = this.#pos;
    if (c === undefined) throw this.#unclosed(f);
    switch (f.state) {
      case 'first':
      case 'key':
        if (c === '"') return this.#key(f);
        if (c === '}') {
          if (f.state === 'first') return this.#close();
          throw new Stop({ kind: 'trailing-comma', close: '}' }, f.commaAt);
        }
        if (c === ',' && f.state === 'key') throw new Stop({ kind: 'double-comma' }, at);
        if (c === ']') throw this.#wrongClose(f, ']');
        throw this.#badStart(c, 'key');
      case 'colon':
        if (c === ':') {
          this.#pos++;
          f.state = 'value';
          return;
        }
        throw this.#curlyInLastString() ?? new Stop({ kind: 'missing-colon', key: f.key }, at);
      case 'value':
        if (c === ',' || c === '}') throw new Stop({ kind: 'missing-value', key: f.key }, at);
        if (c === ']') throw this.#wrongClose(f, ']');
        return this.#beginValue(childPath(f.path, f.key));
      case 'after':
        if (c === ',') {
          f.commaAt = at;
          f.state = 'key';
          this.#pos++;
          return;
        }
        if (c === '}') return this.#close();
        if (c === ']') throw this.#wrongClose(f, ']');
        throw this.#afterValue(f, c, '}');
    }
  }

  #arrayStep(f: ArrayFrame, c: string | undefined): void {
    const at = this.#pos;
    if (c === undefined) throw this.#unclosed(f);
    switch (f.state) {
      case 'first':
      case 'value': {
        if (c === ']') {
          if (f.state === 'first') return this.#close();
          throw new Stop({ kind: 'trailing-comma', close: ']' }, f.commaAt);
        }
        if (c === ',')
          throw new Stop(
            f.state === 'first' ? { kind: 'missing-value', key: null } : { kind: 'double-comma' },
            at,
          );
        if (c === '}') throw this.#wrongClose(f, '}');
        if (f.state === 'value' && c === '"' && this.#keyAhead()) {
          throw new Stop({ kind: 'unclosed-list', openedAt: f.open }, at);
        }
        const path = `${f.path}[${f.count}]`;
        if (f.count < this.limits.maxArrayLength) this.#offsets.set(path, at);
        return this.#beginValue(path);
      }
      case 'after':
        if (c === ',') {
          f.commaAt = at;
          f.state = 'value';
          this.#pos++;
          return;
        }
        if (c === ']') return this.#close();
        if (c === '}') throw this.#wrongClose(f, '}');
        if (c === '"' && this.#keyAhead()) throw new Stop({ kind: 'unclosed-list', openedAt: f.open }, at);
        throw this.#afterValue(f, c, ']');
    }
  }

  /** After a value, where a comma or the closing bracket belongs. */
  #afterValue(f: Frame, c: string, close: '}' | ']'): Stop {
    if (CURLY_QUOTES.has(c)) return new Stop({ kind: 'curly-quote', char: c }, this.#pos);
    if (c === '\ufffd') return new Stop({ kind: 'not-utf8' }, this.#pos);
    if (c === '"' || c === '{' || c === '[') {
      return this.#curlyInLastString() ?? new Stop({ kind: 'missing-comma', next: this.#pos }, f.lastEnd);
    }
    const early = this.#quoteInText(f);
    if (c === "'" || WORD_START.test(c)) {
      return (
        this.#curlyInLastString() ?? early ?? new Stop({ kind: 'missing-comma', next: this.#pos }, f.lastEnd)
      );
    }
    return early ?? new Stop({ kind: 'stray', char: c, expected: 'comma', close }, this.#pos);
  }

  /**
   * `"name": "Kim "de baas" Bauwens"`: a text just ended, and on the same line more words follow with
   * another straight quote that does not begin the next field (`"x"; "city": …` is a stray ;). The
   * text ended too early, at a quote meant to be inside it.
   */
  #quoteInText(f: Frame): Stop | null {
    const { end } = this.#lastString;
    if (end !== f.lastEnd || /[\r\n]/.test(this.text.slice(end, this.#pos))) return null;
    const line = /^[^\r\n]*/.exec(this.text.slice(this.#pos, this.#pos + 10_000))?.[0] ?? '';
    const quote = line.indexOf('"');
    if (quote < 0 || !/[\p{L}\p{N}]/u.test(line.slice(0, quote))) return null;
    return this.#keyAhead(this.#pos + quote) ? null : new Stop({ kind: 'quote-in-text' }, end - 1);
  }

  /**
   * `"Breicafé”, "start": …` on one line: the string ran on to the next straight quote, so what
   * looks like a missing comma or colon is a curly quote that was meant to close the string.
   */
  #curlyInLastString(): Stop | null {
    const { start, end } = this.#lastString;
    if (end !== this.#pos && this.text.slice(end, this.#pos).trim() !== '') return null;
    const m = /[“”„‟″＂]\s*[,:]/.exec(this.text.slice(start + 1, end - 1));
    return m ? new Stop({ kind: 'curly-quote-end', char: m[0].charAt(0) }, start + 1 + m.index) : null;
  }

  /** True when a string starts at `at` (here) and a colon follows it: the next field of a block. */
  #keyAhead(at = this.#pos): boolean {
    const text = this.text;
    let i = at + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') return false;
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    return text[i] === ':';
  }

  #key(f: ObjectFrame): void {
    const at = this.#pos;
    const key = this.#string();
    const path = childPath(f.path, key);
    const first = f.keys.get(key);
    f.key = key;
    f.keep = false;
    if (first !== undefined) {
      this.#note({ kind: 'duplicate-key', path, key, at, firstAt: first });
    } else if (FORBIDDEN_KEYS.has(key)) {
      this.#note({ kind: 'forbidden-key', path, key, at });
      this.#offsets.set(path, at);
    } else {
      f.keys.set(key, at);
      f.keep = true;
      this.#offsets.set(path, at);
    }
    f.state = 'colon';
  }

  #beginValue(path: string): void {
    const at = this.#pos;
    const c = this.text[at];
    if (c === '{' || c === '[') {
      if (this.#stack.length + 1 > this.limits.maxDepth) throw new Stop({ kind: 'too-deep' }, at);
      this.#pos++;
      const common = { open: at, path, lastEnd: at + 1, commaAt: -1 };
      this.#stack.push(
        c === '{'
          ? { type: 'object', ...common, value: {}, keys: new Map(), key: '', keep: false, state: 'first' }
          : { type: 'array', ...common, value: [], count: 0, state: 'first' },
      );
      return;
    }
    if (c === '"') {
      const value = this.#string();
      if (this.#replacementAt >= 0) this.#note({ kind: 'not-utf8-text', path, at: this.#replacementAt });
      return this.#deliver(value);
    }
    if (c === undefined) {
      const open = this.#stack[this.#stack.length - 1];
      throw open ? this.#unclosed(open) : new Stop({ kind: 'empty' }, at);
    }
    this.#deliver(this.#word());
  }

  /** A number, true, false or null; anything else word-like is text without quotes. */
  #word(): unknown {
    const at = this.#pos;
    const c = this.text[at] ?? '';
    if (!WORD_START.test(c)) throw this.#badStart(c, 'value');
    const text = this.text;
    let end = at;
    while (end < text.length && !/[\s,\]}]/.test(text[end] ?? '')) end++;
    const word = text.slice(at, end);
    this.#pos = end;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (NUMBER.test(word)) return Number(word);
    if (/^(true|false|null)$/i.test(word)) throw new Stop({ kind: 'literal-case', word }, at);
    throw new Stop({ kind: 'unquoted-text', word }, at);
  }

  /** A character that cannot start a key (or a value) here. */
  #badStart(c: string, expected: 'key' | 'value'): Stop {
    const at = this.#pos;
    if (CURLY_QUOTES.has(c)) return new Stop({ kind: 'curly-quote', char: c }, at);
    if (c === '\ufffd') return new Stop({ kind: 'not-utf8' }, at);
    if (c === "'") return new Stop({ kind: 'single-quote' }, at);
    if (expected === 'key' && WORD_START.test(c)) {
      const word = /^[^\s:,}"]*/.exec(this.text.slice(at, at + 200))?.[0] ?? c;
      return new Stop({ kind: 'unquoted-key', word }, at);
    }
    if (expected === 'value' && c === ':') return new Stop({ kind: 'stray', char: c, expected }, at);
    return new Stop({ kind: 'stray', char: c, expected }, at);
  }

  /** A string from its opening quote; the position moves past its closing quote. */
  #string(): string {
    const text = this.text;
    const start = this.#pos;
    this.#replacementAt = -1;
    let out = '';
    let chunk = start + 1;
    let i = chunk;
    for (;;) {
      if (i >= text.length) throw this.#unclosedString(start, i);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        this.#pos = i + 1;
        this.#lastString = { start, end: i + 1 };
        return out + text.slice(chunk, i);
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1] ?? '';
        const simple = ESCAPES[e];
        const hex = text.slice(i + 2, i + 6);
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
          const code = parseInt(hex, 16);
          // Written as \u0007 it is the same invisible control character as typed raw; \n, \r
          // and \t have simple escapes and are refused or kept as those are.
          if (code < 0x20 && code !== 9 && code !== 10 && code !== 13) {
            throw new Stop({ kind: 'control-char', code }, i);
          }
          out += String.fromCharCode(code);
          i += 6;
        } else {
          throw new Stop({ kind: 'bad-escape', escape: text.slice(i, i + 2) }, i);
        }
        chunk = i;
        continue;
      }
      if (c < 0x20) {
        if (c === 10 || c === 13) throw this.#unclosedString(start, i);
        throw new Stop({ kind: 'control-char', code: c }, i);
      }
      // Bytes that were not UTF-8 were decoded as U+FFFD: on screen "Caf�". Never meant as text.
      if (c === 0xfffd && this.#replacementAt < 0) this.#replacementAt = i;
      i++;
    }
  }

  /** A string runs to the end of its line: closed with a curly quote, or not closed at all. */
  #unclosedString(start: number, lineEnd: number): Stop {
    const body = this.text.slice(start + 1, lineEnd);
    const m = /[“”„‟″＂][\s,:}\]]*$/.exec(body);
    if (m) return new Stop({ kind: 'curly-quote-end', char: m[0].charAt(0) }, start + 1 + m.index);
    return new Stop({ kind: 'unclosed-string' }, start);
  }

  /** The file ends inside a block or list: said just after its last character. */
  #unclosed(f: Frame): Stop {
    return new Stop(
      { kind: 'unclosed', open: f.type === 'object' ? '{' : '[', openedAt: f.open },
      this.text.trimEnd().length,
    );
  }

  #wrongClose(f: Frame, found: '}' | ']'): Stop {
    return new Stop(
      { kind: 'wrong-close', found, open: f.type === 'object' ? '{' : '[', openedAt: f.open },
      this.#pos,
    );
  }

  #close(): void {
    const f = this.#stack.pop();
    if (!f) throw new Error('json-parser: close without an open block');
    this.#pos++;
    this.#deliver(f.value);
  }

  /** Keeps a note while there is room, else only counts it. */
  #note(note: ParseNote): void {
    if (this.#notes.length < (this.limits.maxNotes ?? Infinity)) this.#notes.push(note);
    else this.#notesLeftOut++;
  }

  /** Hands a finished value to the block or list around it (or makes it the result). */
  #deliver(value: unknown): void {
    const end = this.#pos;
    const f = this.#stack[this.#stack.length - 1];
    if (!f) {
      this.#root = value;
      this.#rootEnd = end;
      return;
    }
    if (f.type === 'object') {
      if (f.keep) f.value[f.key] = value;
    } else {
      if (f.count < this.limits.maxArrayLength) f.value.push(value);
      else if (f.count === this.limits.maxArrayLength) {
        this.#note({
          kind: 'too-many-items',
          path: f.path,
          at: f.open,
          max: this.limits.maxArrayLength,
        });
      }
      f.count++;
    }
    f.state = 'after';
    f.lastEnd = end;
  }
}

function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}
