/**
 * Validation of a JSON file against a zod schema, the one way for content.json and a screen's
 * config.json: parse safely, validate, and give every problem its line (and its place in words,
 * when the caller knows how to name places), sorted by line. With `maxProblems` (content.json passes
 * MAX_PROBLEMS) at most that many, then one line counting the rest (problem-cap.ts); by default all,
 * as a screen's config.json needs (its salvage drops fields by their problems).
 */
import type { z } from 'zod';
import type { Problem } from './problem';
import { sortByLine } from './problem';
import { capProblems } from './problem-cap';
import { parseJsonSafely } from './safe-json';
import { dutchMessage, issuesToProblems } from './zod-problems';

/**
 * The validated value, or every problem; from text that could be read, also the value as parsed, so
 * a caller that looks further (the importer, for the images) does not parse a large file twice.
 */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[]; parsed?: unknown };

/** Names the place of a path in the parsed value, or undefined to leave the path as it is. */
export type PlaceNamer = (path: string, value: unknown) => string | undefined;

/** Validates already-parsed JSON; problems carry their place when `name` is given. */
export function validateValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  name?: PlaceNamer,
  maxProblems = Infinity,
): Validation<z.output<S>> {
  const parsed = schema.safeParse(value, { error: dutchMessage });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = issuesToProblems(parsed.error.issues, maxProblems);
  return { ok: false, problems: name ? named(problems, value, name) : problems };
}

/** Parses and validates JSON text; every problem has its line where it can be found, sorted by line. */
export function validateJsonText<S extends z.ZodType>(
  schema: S,
  text: string,
  name?: PlaceNamer,
  maxProblems = Infinity,
): Validation<z.output<S>> {
  const json = parseJsonSafely(text, maxProblems);
  if (!json.ok) return json;
  const result = validateValue(schema, json.value, undefined, maxProblems);
  if (result.ok && json.problems.length === 0) return result;
  const found = [...json.problems, ...(result.ok ? [] : result.problems)].map((p) => {
    if (p.line !== undefined || p.leftOut !== undefined) return p;
    const line = json.lineOf(p.path);
    return line === undefined ? p : { ...p, line };
  });
  // The parser's notes and zod's issues are capped apart; together they are capped once more.
  const sorted = sortByLine(name ? named(found, json.value, name) : found);
  return { ok: false, problems: capProblems(sorted, maxProblems), parsed: json.value };
}

function named(problems: Problem[], value: unknown, name: PlaceNamer): Problem[] {
  return problems.map((p) => {
    if (p.path === '' || p.place !== undefined) return p;
    const place = name(p.path, value);
    return place === undefined ? p : { ...p, place };
  });
}
