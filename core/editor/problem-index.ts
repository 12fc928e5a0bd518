/** Problems looked up by field path, so each input shows its own messages and each tab its count. */
import type { Problem } from '../content/problem';

/** True when `path` is `prefix` itself or lies inside it (`activities[3]` holds `activities[3].start`). */
export function isWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

/** An index over one validation run. */
export class ProblemIndex {
  readonly #byPath = new Map<string, string[]>();

  constructor(readonly problems: readonly Problem[] = []) {
    for (const p of problems) {
      const list = this.#byPath.get(p.path) ?? [];
      list.push(p.message);
      this.#byPath.set(p.path, list);
    }
  }

  get size(): number {
    return this.problems.length;
  }

  /** Messages for exactly this path. */
  at(path: string): readonly string[] {
    return this.#byPath.get(path) ?? [];
  }

  /** How many problems lie at or inside `prefix`. */
  countWithin(prefix: string): number {
    return this.problems.filter((p) => isWithin(p.path, prefix)).length;
  }
}

/**
 * The path of the field to focus for a problem: the problem's own path if a field has it, else the
 * nearest enclosing path that has one (an unknown key inside an activity focuses the activity).
 */
export function nearestFieldPath(path: string, hasField: (path: string) => boolean): string | null {
  let here = path;
  for (;;) {
    if (hasField(here)) return here;
    if (here === '') return null;
    here = here.replace(/(\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');
  }
}
