/**
 * The kiosk's own flags on the Electron command line: `--location ID` and `--content DIR`, with a
 * space or `=` (Chromium's switch parser only knows the `=` form). Chromium's own switches are ignored.
 */
import { parseArgs } from 'node:util';

export interface ElectronFlags {
  location?: string;
  contentDir?: string;
}

/** Reads the flags from `argv` (process.argv, in a packaged app or under `electron .`). */
export function parseElectronFlags(argv: readonly string[]): ElectronFlags {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { location: { type: 'string' }, content: { type: 'string' } },
  });
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const location = str(values.location);
  const contentDir = str(values.content);
  return { ...(location ? { location } : {}), ...(contentDir ? { contentDir } : {}) };
}
