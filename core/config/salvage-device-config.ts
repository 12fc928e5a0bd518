/**
 * Reading a screen's config.json so that a mistake costs only itself: a bad or unknown field is
 * dropped (with its problem and line) and every other field still counts; a trailing comma is
 * tolerated (and reported). Signing fails closed: when `signingKey` is there but unusable, or the file
 * cannot be read as JSON at all (a key may be in it), the device accepts no content until it is fixed.
 * Built on validateDeviceConfigText / validateDeviceConfig, so the messages are the usual ones.
 */
import { lineOfPath } from '../content/locate';
import { parsePath, sortByLine, type Problem } from '../content/problem';
import { parseJsonSafely } from '../content/safe-json';
import type { DeviceConfigInput } from './device-config';
import { validateDeviceConfig, validateDeviceConfigText } from './validate-device-config';

export interface SalvagedConfig {
  /** The fields that are valid, on their own. */
  config: DeviceConfigInput;
  /** Everything wrong, each with its line where it can be found, in the order of the file. */
  problems: Problem[];
  /** Why signing cannot be checked (then nothing is accepted), or null. */
  signingBroken: string | null;
}

/** Each round drops at least one field; a config has a handful. */
const MAX_ROUNDS = 50;

/**
 * Added to the parser's message for a field given twice: content.json refuses such a file, here the
 * field is dropped like any other bad one, as neither value can be taken to be the one meant.
 */
const DUPLICATE_DROPPED = '(geen van beide wordt gebruikt)';
/** Added to the parser's message for a text with bytes that were not UTF-8: a garbled path or key. */
const UNREADABLE_DROPPED = '(dit veld wordt niet gebruikt)';

/** Reads config.json text field by field. */
export function salvageDeviceConfigText(text: string): SalvagedConfig {
  const strict = validateDeviceConfigText(text);
  if (strict.ok) return { config: strict.config, problems: [], signingBroken: null };
  const problems: Problem[] = [];
  let body = text;
  let json = parseJsonSafely(body);
  if (!json.ok) {
    const relaxed = withoutTrailingCommas(text);
    const retried = relaxed.lines.length > 0 ? parseJsonSafely(relaxed.text) : json;
    if (retried.ok) {
      body = relaxed.text;
      json = retried;
      problems.push(
        ...relaxed.lines.map((line) => ({
          path: '',
          line,
          message: 'komma te veel voor } of ] (genegeerd; haal ze weg)',
        })),
      );
    }
  }
  if (!json.ok) {
    return {
      config: {},
      problems: strict.problems,
      signingBroken: 'config.json kan niet gelezen worden als JSON',
    };
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: {}, problems: strict.problems, signingBroken: 'config.json is geen blok { … }' };
  }
  const fields = value as Record<string, unknown>;
  const duplicates = new Set(json.duplicates);
  const unreadable = new Set(json.unreadable);
  problems.push(
    ...json.problems.map((p) => {
      const dropped = duplicates.has(p) ? DUPLICATE_DROPPED : unreadable.has(p) ? UNREADABLE_DROPPED : null;
      return withLine(body, dropped === null ? p : { ...p, message: `${p.message} ${dropped}` });
    }),
  );
  // A key given twice (which one was meant?) is as unusable as a broken one.
  let signingBroken: string | null = json.duplicates.some((p) => p.path === 'signingKey')
    ? 'het veld "signingKey" staat er meer dan één keer'
    : null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validateDeviceConfig(fields);
    if (result.ok) {
      // Dropped only now, so that the value kept by the parser is still checked and its own
      // problem (an unknown field, say) reported too.
      for (const dropped of [...json.duplicates, ...json.unreadable]) {
        drop(result.config as Record<string, unknown>, parsePath(dropped.path));
      }
      return { config: result.config, problems: sortByLine(unique(problems)), signingBroken };
    }
    for (const problem of result.problems) {
      const steps = parsePath(problem.path);
      problems.push(withLine(body, problem));
      signingBroken ??= signingProblem(steps);
      drop(fields, steps);
    }
  }
  return {
    config: {},
    problems: sortByLine(unique(problems)),
    signingBroken: signingBroken ?? 'config.json is niet te ontwarren',
  };
}

/**
 * A problem with `signingKey`, or a field anywhere that looks meant as one ("signingkey", "sleutel",
 * "handtekening", "publiekeSleutel", or "signingKey" itself put inside "displayHours" by one brace
 * too few): either way a key was meant, and without it signing would silently be off.
 */
function signingProblem(steps: (string | number)[]): string | null {
  const [first] = steps;
  if (first === 'signingKey') return 'de sleutel bij "signingKey" is ongeldig';
  const keyLike = steps.find(
    (step): step is string => typeof step === 'string' && /sign|key|sleutel|tekening/i.test(step),
  );
  if (keyLike === undefined) return null;
  if (steps.length === 1) {
    return `het veld "${keyLike}" lijkt een sleutel, maar alleen "signingKey" wordt gebruikt`;
  }
  const where = steps.slice(0, steps.indexOf(keyLike)).join('.');
  return `het veld "${keyLike}" staat in "${where}" en lijkt een sleutel: "signingKey" hoort bovenaan in config.json, naast "location"`;
}

/** Removes the field a problem is about: a whole top-level field, or one slide type's duration. */
function drop(fields: Record<string, unknown>, steps: (string | number)[]): void {
  const [first, second] = steps;
  if (typeof first !== 'string') {
    for (const key of Object.keys(fields)) delete fields[key]; // the file as a whole: nothing is safe
    return;
  }
  const durations = fields.durations;
  if (
    first === 'durations' &&
    typeof second === 'string' &&
    typeof durations === 'object' &&
    durations !== null
  ) {
    delete (durations as Record<string, unknown>)[second];
    return;
  }
  delete fields[first];
}

function withLine(text: string, problem: Problem): Problem {
  if (problem.line !== undefined) return problem;
  const line = lineOfPath(text, parsePath(problem.path));
  return line === undefined ? problem : { ...problem, line };
}

function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line ?? ''}|${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The text with every comma that stands right before } or ] blanked out, and the lines they were on. */
function withoutTrailingCommas(text: string): { text: string; lines: number[] } {
  const chars = [...text];
  const lines: number[] = [];
  let line = 1;
  let inString = false;
  let pendingComma: { index: number; line: number } | null = null;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      pendingComma = null;
      continue;
    }
    if (c === ',') {
      pendingComma = { index: i, line };
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if ((c === '}' || c === ']') && pendingComma) {
      chars[pendingComma.index] = ' ';
      lines.push(pendingComma.line);
    }
    pendingComma = null;
  }
  return { text: chars.join(''), lines };
}
