/** Validation of content.json: every problem, in Dutch, with its place. Same code in kiosk, CLI and editor. */
import type { z } from 'zod';
import { lineOfPath } from './locate';
import type { Problem } from './problem';
import { formatPath } from './problem';
import { parseJsonSafely } from './safe-json';
import { contentSchema, type Content } from './schema';

export type ValidationResult = { ok: true; content: Content } | { ok: false; problems: Problem[] };

/** Validates already-parsed JSON. */
export function validateContent(value: unknown): ValidationResult {
  const parsed = contentSchema.safeParse(value, { error: dutchMessage });
  if (parsed.success) return { ok: true, content: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap(toProblems) };
}

/** Parses and validates the text of a content.json, adding line numbers to each problem. */
export function validateContentText(text: string): ValidationResult {
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const result = validateContent(json.value);
  if (result.ok && json.problems.length === 0) return result;
  const problems = [...json.problems, ...(result.ok ? [] : result.problems)];
  return {
    ok: false,
    problems: problems.map((p) => {
      const line = lineOfPath(text, pathSteps(p.path));
      return line === undefined ? p : { ...p, line };
    }),
  };
}

/** `activities[3].start` back to `['activities', 3, 'start']`. */
export function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    steps.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return steps;
}

/** One zod issue as problems (an unknown-keys issue gives one problem per key). */
export function toProblems(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `onbekend veld "${key}" (tikfout? dit veld wordt niet gebruikt)`,
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** Dutch wording for the issues that have no message of their own in the schema. */
export function dutchMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt (dit veld is verplicht)';
      return `verkeerd soort waarde: verwacht ${dutchType(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'array' ? `te weinig items (minstens ${String(issue.minimum)})` : 'te kort';
    case 'too_big':
      return issue.origin === 'array' ? `te veel items (hoogstens ${String(issue.maximum)})` : 'te lang';
    case 'invalid_value':
      return `ongeldige waarde, verwacht: ${issue.values.map((v) => JSON.stringify(v)).join(' of ')}`;
    case 'invalid_union':
      return 'deze waarde past niet in een van de toegelaten vormen';
    default:
      return undefined;
  }
}

function dutchType(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    boolean: 'true of false',
    array: 'een lijst [ … ]',
    object: 'een blok { … }',
  };
  return names[expected] ?? expected;
}
