/**
 * One `Range: bytes=…` header against a file's size (RFC 9110 §14). Only a single range is served:
 * several ranges, another unit or a malformed header are ignored and the whole file is sent, which
 * the RFC allows; a range that starts past the end is unsatisfiable (416).
 */

/** Inclusive byte positions. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The range to send, 'unsatisfiable', or null for "send the whole file". */
export function parseByteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '') {
    // A suffix: the last N bytes.
    if (last === '') return null;
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (end < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}
