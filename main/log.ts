/** One-line logging with a subsystem prefix (`usb: stick removed during read`), to stderr and a log file. */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

export type Logger = (message: string) => void;

/** A sink for whole lines (with their newline). */
export type LineSink = (line: string) => void;

let fileSink: LineSink | null = null;

/** Sends every logger's lines also to `sink` (the Electron host's rotating file); null stops that. */
export function setLogFile(sink: LineSink | null): void {
  fileSink = sink;
}

/** A logger that prefixes every line with its subsystem and writes to stderr and the log file. */
export function createLogger(prefix: string): Logger {
  return (message) => {
    const line = `${new Date().toISOString()} ${prefix}: ${message}\n`;
    fileSink?.(line);
    // Tests start many kiosks; BUURTKIOSK_QUIET keeps their output readable.
    if (process.env.BUURTKIOSK_QUIET) return;
    process.stderr.write(line);
  };
}

export interface RotationOptions {
  /** Rotate before the file would grow past this many bytes. */
  maxBytes: number;
  /** Older files kept beside it: `name.1` (newest) … `name.<keep>`. */
  keep: number;
}

/** 1 MB × (1 + 4) files: weeks of a quiet kiosk's log, never more than 5 MB on a small SD card. */
export const DEFAULT_ROTATION: RotationOptions = { maxBytes: 1024 * 1024, keep: 4 };

/**
 * An append-only file that is rotated by size. Writes are synchronous, so the last lines before a
 * crash are on disk; a failing disk never throws into the caller, it is reported once on stderr.
 */
export function rotatingFileSink(file: string, options: RotationOptions = DEFAULT_ROTATION): LineSink {
  let size = -1;
  let failed = false;
  const rotate = () => {
    for (let i = options.keep - 1; i >= 1; i--) renameIfExists(`${file}.${i}`, `${file}.${i + 1}`);
    if (options.keep > 0) renameIfExists(file, `${file}.1`);
    size = 0;
  };
  return (line) => {
    try {
      if (size < 0) {
        mkdirSync(path.dirname(file), { recursive: true });
        size = sizeOf(file);
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > options.maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
      failed = false;
    } catch (err) {
      if (!failed) process.stderr.write(`log: cannot write ${file}: ${(err as Error).message}\n`);
      failed = true;
      size = -1;
    }
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function renameIfExists(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
