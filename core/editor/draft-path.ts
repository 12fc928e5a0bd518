/** Immutable edits of the editor's draft by path, so every form writes through one function. */
import type { PathStep } from '../content/problem';

/** Keys and indexes from the top of the draft to one value. */
export type DraftPath = readonly PathStep[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined when any step is missing. */
export function getAtPath(root: unknown, path: DraftPath): unknown {
  let here: unknown = root;
  for (const step of path) {
    if (!isContainer(here)) return undefined;
    here = (here as Record<string, unknown>)[String(step)];
  }
  return here;
}

/**
 * A copy of `root` with `value` at `path`; containers along the path are copied, the rest is shared.
 * `undefined` removes an object key (optional fields are left out, never written as empty text).
 */
export function setAtPath<T>(root: T, path: DraftPath, value: unknown): T {
  return setIn(root, path, value) as T;
}

function setIn(here: unknown, path: DraftPath, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'string' && FORBIDDEN.has(step)) throw new Error(`refusing to write key ${step}`);
  if (Array.isArray(here)) {
    const index = Number(step);
    if (!Number.isInteger(index) || index < 0 || index > here.length) {
      throw new Error(`index ${String(step)} outside a list of ${here.length}`);
    }
    const copy = [...here];
    copy[index] = setIn(copy[index], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isContainer(here) ? { ...here } : {};
  const key = String(step);
  const next = setIn(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** A copy of the list at `path` with item `from` moved to `to` (for "omhoog"/"omlaag" buttons). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (to < 0 || to >= copy.length || from < 0 || from >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
