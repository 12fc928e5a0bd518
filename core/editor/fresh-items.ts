/**
 * New items start quiet: a card just added (an activity, an hour block, a closure, a whole new
 * stick) shows no red messages until staff type in a field of it or try to save. Items are known by
 * identity: the draft is edited immutably, so each edit hands the freshness of an old object on to
 * its copy, together with the fields staff touched.
 */
import { formatPath, parsePath, type PathStep, type Problem } from '../content/problem';
import { getAtPath, type DraftPath } from './draft-path';
import { isWithin } from './problem-index';

type Touched = Set<string>;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** The part of `path` below `prefix` ("" for the prefix itself). */
function below(path: string, prefix: string): string {
  if (prefix === '') return path;
  return path.slice(prefix.length).replace(/^\./, '');
}

/** Which objects of the draft are new, and which of their fields staff have touched. */
export class FreshItems {
  #fresh = new WeakMap<object, Touched>();

  /** Marks `item` (and so everything in it) as new and untouched. */
  markNew(item: unknown): void {
    if (isObject(item)) this.#fresh.set(item, new Set());
  }

  /** Forgets every new item (after a save, or when another folder opens). */
  clear(): void {
    this.#fresh = new WeakMap();
  }

  /**
   * Records an edit at `path` from `before` to `after`: objects copied along the path keep their
   * freshness, `touched` paths (default: the edited path) count as typed in, and list items that
   * did not exist before are new.
   */
  noteEdit(
    before: unknown,
    path: DraftPath,
    after: unknown,
    touched: readonly string[] = [formatPath(path)],
  ): void {
    for (let n = 0; n <= path.length; n++) {
      const steps = path.slice(0, n);
      const old = getAtPath(before, steps);
      const set = isObject(old) ? this.#fresh.get(old) : undefined;
      const now = getAtPath(after, steps);
      if (!set || !isObject(now)) continue;
      const prefix = formatPath(steps);
      for (const t of touched) if (isWithin(t, prefix)) set.add(below(t, prefix));
      this.#fresh.set(now, set);
    }
    const list = getAtPath(after, path);
    if (!Array.isArray(list)) return;
    const previous = getAtPath(before, path);
    const known = new Set<unknown>(Array.isArray(previous) ? previous : []);
    for (const item of list) if (!known.has(item)) this.markNew(item);
  }

  /** True when the problem lies in a new item, in a field staff have not touched yet. */
  isQuiet(problem: Problem, draft: unknown): boolean {
    const steps = parsePath(problem.path);
    // The innermost new item decides: a new activity in a new stick is quiet on its own terms.
    for (let n = steps.length; n >= 0; n--) {
      const prefixSteps: PathStep[] = steps.slice(0, n);
      const item = getAtPath(draft, prefixSteps);
      const set = isObject(item) ? this.#fresh.get(item) : undefined;
      if (!set) continue;
      const rest = below(problem.path, formatPath(prefixSteps));
      return ![...set].some((t) => isWithin(rest, t));
    }
    return false;
  }
}
