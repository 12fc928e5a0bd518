/** zod's findings as our problems, in Dutch where the schema has no message of its own. */
import type { z } from 'zod';
import { formatPath, type Problem } from './problem';

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
