/**
 * The contract between the bench runner and its measurements: one module per measurement
 * (bench/startup.ts, bench/weight.ts, …), each exporting `measurement: Measurement`.
 */
import type { Browser } from '@playwright/test';

/** One row of the results table. */
export interface Figure {
  /** Short name, e.g. "start-up (median of 10)". */
  name: string;
  /** The measured value, null when it could not be measured (see `note`). */
  value: number | null;
  /** Unit of `value`: "ms", "KB", "%", "×", "nodes", "MB", "count". */
  unit: string;
  /** The target in words, e.g. "≤ 1.5× floor (213 ms)"; "" for figures given for information. */
  target: string;
  /** Whether the target is met; null for information-only figures or when not measurable. */
  pass: boolean | null;
  /** What the figure means or why it is missing, one line. */
  note?: string;
}

/** What the runner hands to every measurement. */
export interface BenchContext {
  /** Shorter runs (`--quick`): fewer loads, one simulated day, shorter idle windows. */
  quick: boolean;
  /** Debian's Chromium, launched once by the runner; measurements open their own contexts. */
  browser: Browser;
  /** Progress line on stderr (the table goes to stdout). */
  log(message: string): void;
}

/** Everything a measurement reports: its figures and any raw series worth keeping in results.json. */
export interface MeasurementResult {
  figures: Figure[];
  /** Raw data (samples, per-load timings) written to results.json as is. */
  details?: Record<string, unknown>;
}

/** A measurement module's export. */
export interface Measurement {
  /** Name used by `--only` and as the key in results.json: startup, weight, soak, … */
  name: string;
  run(ctx: BenchContext): Promise<MeasurementResult>;
}
