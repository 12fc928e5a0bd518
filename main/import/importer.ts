/**
 * Runs imports one at a time and tells everyone: the screen (new content first, then the notice),
 * the stick (verslag.txt), the import log (for the staff view) and the process log.
 */
import type { ImportLogEntry } from '../../core/api';
import { describeProblem } from '../../core/content/problem';
import {
  contentSummary,
  count,
  importNotice,
  importReport,
  type ImportReportInput,
} from '../../core/import/import-wording';
import type { KioskState } from '../kiosk-state';
import { createLogger, type Logger } from '../log';
import type { ContentStore } from '../store/content-store';
import { appendImportLog } from '../store/import-log';
import type { Medium } from '../../core/import/image-verdict';
import type { ImportHooks } from './copy-to-staging';
import { importFolder, type ImportOutcome } from './import-folder';
import { writeEditorCopy, writeReport } from './report-file';
import { builtEditorFile } from '../editor/built-editor';

export interface ImporterOptions {
  store: ContentStore;
  state: KioskState;
  /** The device's ed25519 public key (base64 or PEM); null accepts unsigned content. */
  signingKey?: string | null;
  now?: () => Date;
  hooks?: ImportHooks;
  /** The built staff editor copied to each writable stick (default: dist/editor/beheer.html). */
  editorFile?: string;
}

/** Problems kept per entry in the import log (the stick's report has them all). */
const LOGGED_PROBLEMS = 10;

/** Serialises imports from sticks and folders into one store and one screen. */
export class Importer {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ImporterOptions) {}

  /** Imports `folder` (holding content.json); waits for earlier imports to finish first. */
  run(folder: string, source: string, medium: Medium, within?: string): Promise<ImportOutcome> {
    const next = this.#queue.then(() => this.#run(folder, source, medium, within));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #run(folder: string, source: string, medium: Medium, within?: string): Promise<ImportOutcome> {
    const { store, state } = this.options;
    const log: Logger = createLogger(medium === 'stick' ? 'usb' : 'import');
    const outcome = await importFolder({
      folder,
      source,
      medium,
      ...(within !== undefined ? { within } : {}),
      store,
      shownVersion: state.bundle.version,
      signingKey: this.options.signingKey ?? null,
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.hooks ? { hooks: this.options.hooks } : {}),
    });
    if (outcome.kind === 'imported') state.setBundle(outcome.stored.bundle); // the screen first
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const input = reportInput(outcome);
    const reportWritten =
      medium === 'stick' && outcome.kind !== 'removed'
        ? await writeReport(folder, importReport(input, at, source), log)
        : false;
    // Only where the report went: the stick is writable and still there.
    if (reportWritten) await writeEditorCopy(folder, this.options.editorFile ?? builtEditorFile, log);
    const notice = importNotice(input, at, reportWritten);
    if (notice) state.setNotice(notice);
    log(logLine(outcome, source));
    await appendImportLog(store.importLogFile, logEntry(outcome, input, at, source)).catch((err: unknown) =>
      log(`could not write the import log: ${String(err)}`),
    );
    return outcome;
  }
}

/** The outcome in the words staff get. */
export function reportInput(outcome: ImportOutcome): ImportReportInput {
  switch (outcome.kind) {
    case 'imported':
      return { kind: 'imported', content: outcome.stored.bundle.content };
    case 'unreadable':
      return { kind: 'failed', message: outcome.message };
    default:
      return outcome;
  }
}

/** The import-log entry for an outcome. */
export function logEntry(
  outcome: ImportOutcome,
  input: ImportReportInput,
  at: string,
  source: string,
): ImportLogEntry {
  const base = { at, source, result: input.kind };
  switch (input.kind) {
    case 'imported':
    case 'unchanged': {
      const version =
        outcome.kind === 'imported'
          ? outcome.stored.bundle.version
          : outcome.kind === 'unchanged'
            ? outcome.version
            : '';
      return { ...base, version, summary: contentSummary(input.content), problems: [] };
    }
    case 'refused':
      return {
        ...base,
        summary: count(input.problems.length, 'fout', 'fouten'),
        problems: input.problems.slice(0, LOGGED_PROBLEMS).map(describeProblem),
      };
    case 'removed':
      return { ...base, summary: 'stick uitgetrokken tijdens het lezen', problems: [] };
    case 'failed':
      return { ...base, summary: input.message, problems: [] };
  }
}

function logLine(outcome: ImportOutcome, source: string): string {
  switch (outcome.kind) {
    case 'imported':
      return `imported ${outcome.stored.bundle.version} from ${source}`;
    case 'unchanged':
      return `${source} holds the content already shown (${outcome.version}); ignored`;
    case 'refused':
      return `refused ${source}: ${outcome.problems.length} problem(s)`;
    case 'removed':
      return 'stick removed during read; keeping the old content';
    case 'unreadable':
    case 'failed':
      return `import from ${source} failed: ${outcome.message}`;
  }
}
