/** One-line logging with a subsystem prefix (`usb: stick removed during read`), to stderr and a log file. */
import { closeSync, constants, fstatSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
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

/** Append, create, never wait (a FIFO without a reader fails at once) and never follow a link. */
const APPEND =
  constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * An append-only file that is rotated by size. Writes are synchronous, so the last lines before a
 * crash are on disk; a failing disk never throws into the caller, it is reported once on stderr and
 * tried again with the next line. Only a regular file is written: a FIFO at the path would block the
 * whole process, a folder or a link is not ours. Something else standing there is reported once and
 * skipped (the lines still go to stderr); the file is tried again after a rotation's worth of lines.
 */
export function rotatingFileSink(file: string, options: RotationOptions = DEFAULT_ROTATION): LineSink {
  let folderMade = false;
  let failed = false;
  /** Bytes skipped since something other than a regular file was found at the path; null: none found. */
  let skipped: number | null = null;
  let foreign = '';
  const rotate = () => {
    for (let i = options.keep - 1; i >= 1; i--) renameIfExists(`${file}.${i}`, `${file}.${i + 1}`);
    if (options.keep > 0) renameIfExists(file, `${file}.1`);
  };
  return (line) => {
    const bytes = Buffer.from(line);
    if (skipped !== null) {
      skipped += bytes.length;
      if (skipped < options.maxBytes) return;
      skipped = null;
    }
    let fd: number | null = null;
    try {
      if (!folderMade) {
        mkdirSync(path.dirname(file), { recursive: true });
        folderMade = true;
      }
      let opened = openRegularFile(file);
      if (opened.ok && opened.size > 0 && opened.size + bytes.length > options.maxBytes) {
        closeSync(opened.fd);
        rotate();
        opened = openRegularFile(file);
      }
      if (!opened.ok) {
        if (opened.what !== foreign) {
          process.stderr.write(
            `log: not writing ${file}: ${opened.what} stands there, not a regular file (lines go to stderr only)\n`,
          );
        }
        foreign = opened.what;
        skipped = 0;
        return;
      }
      fd = opened.fd;
      foreign = '';
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      failed = false;
    } catch (err) {
      if (!failed) process.stderr.write(`log: cannot write ${file}: ${(err as Error).message}\n`);
      failed = true;
      folderMade = false;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  };
}

type Opened = { ok: true; fd: number; size: number } | { ok: false; what: string };

/** Opens `file` to append if it is a regular file (or not there yet); else says what stands there. */
function openRegularFile(file: string): Opened {
  let fd: number;
  try {
    fd = openSync(file, APPEND, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, what: 'a directory' };
    if (code === 'ELOOP') return { ok: false, what: 'a symbolic link' };
    // A FIFO without a reader, or a socket.
    if (code === 'ENXIO') return { ok: false, what: 'a FIFO or socket' };
    throw err;
  }
  const info = fstatSync(fd);
  if (info.isFile()) return { ok: true, fd, size: info.size };
  closeSync(fd);
  return { ok: false, what: info.isFIFO() ? 'a FIFO' : 'a device or socket' };
}

function renameIfExists(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
