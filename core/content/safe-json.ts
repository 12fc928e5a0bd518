/**
 * JSON parsing for untrusted files from a USB stick: bounded nesting (checked before JSON.parse, so
 * a 10,000-deep file cannot exhaust the stack), bounded arrays, and keys that could pollute
 * prototypes reported instead of used.
 */
import type { Problem } from './problem';
import { formatPath } from './problem';

export const JSON_LIMITS = { maxDepth: 32, maxArrayLength: 5000, maxChars: 5 * 1024 * 1024 } as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `ok: false` when the text cannot be read at all. `ok: true` may still carry problems (forbidden keys,
 * over-long lists); the value then has those parts removed so validation can report everything else too.
 */
export type SafeParseResult =
  { ok: true; value: unknown; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Parses JSON text from an untrusted source. Never throws. */
export function parseJsonSafely(text: string): SafeParseResult {
  if (text.length > JSON_LIMITS.maxChars) {
    return fail('', `het bestand is te groot (hoogstens ${JSON_LIMITS.maxChars / 1024 / 1024} MB)`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Notepad writes a BOM
  const depth = maxNesting(body);
  if (depth > JSON_LIMITS.maxDepth) {
    return fail('', `te diep genest (${depth} niveaus, hoogstens ${JSON_LIMITS.maxDepth})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, problems: [syntaxProblem(body, err)] };
  }
  const problems: Problem[] = [];
  walk(value, [], problems);
  return { ok: true, value, problems };
}

function fail(path: string, message: string): SafeParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Deepest bracket nesting, skipping strings. Linear, no recursion. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash escapes the next char
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function walk(value: unknown, path: (string | number)[], problems: Problem[]): void {
  if (Array.isArray(value)) {
    if (value.length > JSON_LIMITS.maxArrayLength) {
      problems.push({
        path: formatPath(path),
        message: `te veel items (hoogstens ${JSON_LIMITS.maxArrayLength})`,
      });
      value.length = JSON_LIMITS.maxArrayLength;
    }
    value.forEach((v, i) => walk(v, [...path, i], problems));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: formatPath([...path, key]), message: `veldnaam "${key}" is niet toegestaan` });
        delete (value as Record<string, unknown>)[key];
        continue;
      }
      walk((value as Record<string, unknown>)[key], [...path, key], problems);
    }
  }
}

/** Turns V8's "Unexpected token } in JSON at position 120" into a Dutch message with a line. */
function syntaxProblem(text: string, err: unknown): Problem {
  const raw = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(raw);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  let line: number | undefined;
  const atEnd = /Unexpected end/i.test(raw) || (pos !== null && Number(pos[1]) >= text.trimEnd().length);
  if (pos) line = text.slice(0, Number(pos[1])).split('\n').length;
  else if (lineCol) line = Number(lineCol[1]);
  else if (atEnd) line = text.split('\n').length;
  const hint = atEnd
    ? 'het bestand houdt te vroeg op (ontbreekt er een } of ] op het einde?)'
    : 'geen geldige JSON (let op komma’s, aanhalingstekens en haakjes)';
  return line !== undefined ? { path: '', message: hint, line } : { path: '', message: hint };
}
