/**
 * store/signing.json: the newest signing moment the kiosk ever accepted, so a stick signed earlier
 * (an old copy) is refused even after a restart and whichever way it comes in (stick, `buurtkiosk
 * import`). Replaced the same atomic way as `current`, and written before `current` moves on.
 */
import { readCapped } from '../content/load-content';
import { replaceFileDurably } from './durable-fs';

export const SIGNING_FILE = 'signing.json';

/** The newest accepted signing moment and the version it came with. */
export interface NewestSigning {
  signedAt: string;
  version: string;
}

/** The record, null when there is none yet, 'damaged' when the file cannot be read as one. */
export async function readNewestSigning(file: string): Promise<NewestSigning | null | 'damaged'> {
  let bytes: Buffer | 'too-big';
  try {
    bytes = await readCapped(file, 4096);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'damaged';
  }
  if (bytes === 'too-big') return 'damaged';
  try {
    const v = JSON.parse(bytes.toString('utf8')) as Partial<NewestSigning>;
    if (
      typeof v.signedAt === 'string' &&
      !Number.isNaN(Date.parse(v.signedAt)) &&
      typeof v.version === 'string'
    ) {
      return { signedAt: v.signedAt, version: v.version };
    }
  } catch {
    // fall through
  }
  return 'damaged';
}

/** Replaces the record durably. */
export function writeNewestSigning(file: string, value: NewestSigning): Promise<void> {
  return replaceFileDurably(file, `${JSON.stringify(value)}\n`);
}
