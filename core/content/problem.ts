/** One thing wrong with a content file, in plain Dutch, with where it is. */
export interface Problem {
  /** Where in the file, e.g. `activities[3].start`; empty for the file as a whole. */
  path: string;
  /** What is wrong and what to write instead, in Dutch. */
  message: string;
  /** 1-based line in the file, when the text was available. */
  line?: number;
}

/** Formats a path of keys and indexes the way staff see it: `activities[3].start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line for a staff member: `regel 12, activities[3].start: geen geldige datum…`. */
export function describeProblem(p: Problem): string {
  const where = [p.line !== undefined ? `regel ${p.line}` : '', p.path].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}
