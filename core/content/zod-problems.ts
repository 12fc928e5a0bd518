/** zod's findings as our problems, in Dutch where the schema has no message of its own. */
import type { z } from 'zod';
import { formatPath, hasInvisible, showInvisible, type Problem } from './problem';
import { leftOutLine } from './problem-cap';

/**
 * zod's issues as at most `max` problems, in zod's order, then one line counting the rest: a block
 * with 200,000 unknown keys is one issue, and would otherwise be 200,000 problems.
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], max: number): Problem[] {
  const problems: Problem[] = [];
  let leftOut = 0;
  for (const issue of issues) {
    const room = max - problems.length;
    const made = room > 0 ? toProblems(issue, room) : [];
    for (const p of made) problems.push(p);
    leftOut += problemsIn(issue) - made.length;
  }
  if (leftOut > 0) problems.push(leftOutLine(leftOut));
  return problems;
}

/** How many problems toProblems makes of an issue, without making them. */
function problemsIn(issue: z.core.$ZodIssue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
}

/** One zod issue as problems (an unknown-keys issue gives one problem per key, the first `max` of them). */
export function toProblems(issue: z.core.$ZodIssue, max = Infinity): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.slice(0, max).map((key) => ({
      path: formatPath([...issue.path, key]),
      message: hasInvisible(key)
        ? `onbekend veld "${showInvisible(key)}" (er staat een onzichtbaar teken in: typ de veldnaam opnieuw)`
        : `onbekend veld "${key}" (tikfout? dit veld wordt niet gebruikt)`,
    }));
  }
  const path = formatPath(issue.path);
  if (issue.code === 'invalid_type' && issue.message.startsWith('ontbreekt')) {
    const key = issue.path[issue.path.length - 1];
    if (typeof key === 'string') return [{ path, message: missingMessage(key, issue) }];
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return [{ path, message: issue.message, maxItems: Number(issue.maximum) }];
  }
  return [{ path, message: issue.message }];
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

/** Example values of content.json fields whose form is not plain text, for a field to add. */
const EXAMPLES: Readonly<Record<string, string>> = {
  updated: '"2026-12-03"',
  start: '"2026-12-03T14:00"',
  end: '"2026-12-03T16:00"',
  from: '"09:00"',
  until: '"12:00"',
  id: '"bijloke"',
  postalCode: '"9200"',
  phone: '"0473 52 99 03"',
  email: '"naam@groepintro.be"',
};

/** What to write for a value of a kind, when there is no example. */
const EMPTY_VALUES: Readonly<Record<string, string>> = { string: '"…"', object: '{ … }', array: '[ … ]' };

/** `table[key]` for the table's own keys only. */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A required field that is not there, named by the key to write (the place in words alone does not
 * say it): `ontbreekt (voeg "end" toe, bv. "end": "2026-12-03T16:00")`.
 */
function missingMessage(key: string, issue: { path: PropertyKey[]; expected: string }): string {
  // `from` and `to` of an exception are days; elsewhere `from` is an hour.
  const day = issue.path[issue.path.length - 3] === 'exceptions' && (key === 'from' || key === 'to');
  const example = day ? `"2026-12-${key === 'from' ? '24' : '26'}"` : own(EXAMPLES, key);
  if (example !== undefined && issue.expected === 'string') {
    return `ontbreekt (voeg "${key}" toe, bv. "${key}": ${example})`;
  }
  return `ontbreekt (voeg "${key}": ${own(EMPTY_VALUES, issue.expected) ?? '…'} toe)`;
}
