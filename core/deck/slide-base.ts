/** What every slide and every slide builder share; the builders import this, never the union of all slides. */
import type { SlideKind } from '../config/device-config';

/** What every slide has: its kind, a stable key and how long it stays up. */
export interface SlideBase {
  kind: SlideKind;
  /** Stable across re-plans while the slide means the same thing, so the rotation keeps its place. */
  key: string;
  durationMs: number;
}

/** What a slide builder returns: its slides and the next instant its output changes. */
export interface SlideBuild<S extends SlideBase = SlideBase> {
  slides: S[];
  nextChangeAt: number | null;
}
