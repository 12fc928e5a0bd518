/**
 * Runs imports and tells everyone: the screen (new content first, then the notice), the source
 * (verslag.txt), the import log (for the staff view) and the process log. Sticks are checked side by
 * side, each within its own time limits, so a slow stick never holds up another; their commits take
 * turns under the store lock, and the screen shows them in that order.
 */
import type { ImportLogEntry } from '../../core/api';
import type { SigningSetting } from '../../core/config/device-config';
import { describeProblem } from '../../core/content/problem';
import { problemCount } from '../../core/content/problem-cap';
import {
  contentSummary,
  count,
  importNotice,
  importReport,
  STALLED_MESSAGE,
  unexpectedFailureMessage,
  type ImportReportInput,
} from '../../core/import/import-wording';
import type { KioskState } from '../kiosk-state';
import { createLogger, type Logger } from '../log';
import type { ContentStore } from '../store/content-store';
import { appendImportLog } from '../store/import-log';
import { DeviceGuard } from '../usb/device-guard';
import type { Medium } from '../../core/import/image-verdict';
import type { ImportHooks } from './copy-to-staging';
import { importFolder, type ImportOutcome } from './import-folder';
import { reportBack } from './report-back';
import { signingCheckOf } from './signing-policy';
import { builtEditorFile } from '../editor/built-editor';

export interface ImporterOptions {
  store: ContentStore;
  state: KioskState;
  /** What the device accepts (default: unsigned content too). */
  signing?: SigningSetting;
  now?: () => Date;
  hooks?: ImportHooks;
  /** The built staff editor copied to each writable stick (default: dist/editor/beheer.html). */
  editorFile?: string;
}

/** One import: where from, and on a stick the mount and the stick's own time limits. */
export interface ImportTarget {
  /** The folder holding content.json (on a stick: its buurtkiosk/ folder). */
  folder: string;
  /** Shown to staff: "USB-stick KIOSK", "map /home/…". */
  source: string;
  medium: Medium;
  /** The stick's mount point. */
  within?: string;
  guard?: DeviceGuard;
}

/** Problems kept per entry in the import log (the stick's report has them all). */
const LOGGED_PROBLEMS = 10;

/** Feeds sticks and folders into one store and one screen. */
export class Importer {
  /** Imports and notes under way: the notice is shown before the import log is written. */
  readonly #pending = new Set<Promise<unknown>>();

  constructor(private readonly options: ImporterOptions) {}

  /**
   * Imports `target.folder` (holding content.json). Never throws: a fault in the kiosk's own code
   * still reaches staff as a failed import, since a stick is not read again until it is put back.
   */
  run(target: ImportTarget): Promise<ImportOutcome> {
    return this.#track(this.#runSafely(target));
  }

  /** An import that threw outside the importer (the stick watcher's last resort): the same notice. */
  noteFailed(source: string, medium: Medium = 'stick'): Promise<void> {
    const log = createLogger(medium === 'stick' ? 'usb' : 'import');
    return this.#track(this.#unexpected(source, medium, false, log).then(() => undefined));
  }

  /** A stick stopped answering before it could be imported: the screen and the staff view say so. */
  noteStalled(source: string): Promise<void> {
    return this.#track(this.#tell({ kind: 'stalled' }, source, false, createLogger('usb')));
  }

  /**
   * Resolves once nothing this importer started still writes: the store, a stick's report, the import
   * log. The notice comes before the log line, so whoever stops the kiosk when the notice shows (a
   * test, then removing the folder) must wait for this, or the log lands in a folder being removed.
   */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
    return work;
  }

  async #runSafely(target: ImportTarget): Promise<ImportOutcome> {
    const log: Logger = createLogger(target.medium === 'stick' ? 'usb' : 'import');
    let committed = false;
    try {
      return await this.#run(target, log, () => (committed = true));
    } catch (err) {
      log(`import from ${target.source} failed unexpectedly: ${String(err)}`);
      return this.#unexpected(target.source, target.medium, committed, log);
    }
  }

  async #run(target: ImportTarget, log: Logger, onCommitted: () => void): Promise<ImportOutcome> {
    const { store, state } = this.options;
    const guard = target.guard ?? new DeviceGuard();
    const outcome = await importFolder({
      folder: target.folder,
      source: target.source,
      medium: target.medium,
      ...(target.within !== undefined ? { within: target.within } : {}),
      store,
      guard,
      shownVersion: state.bundle.version,
      signing: signingCheckOf(this.options.signing ?? { kind: 'none' }),
      onCommitted: (stored) => {
        onCommitted();
        state.setBundle(stored.bundle); // the screen first, under the lock
      },
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.hooks ? { hooks: this.options.hooks } : {}),
    });
    const at = this.#now().toISOString();
    const editorFile = this.options.editorFile ?? builtEditorFile;
    const own = this.options.state.config.location;
    const report = importReport(reportInput(outcome), at, target.source, target.medium, own);
    const reportWritten =
      target.medium === 'stick'
        ? await reportBack({ ...target, guard }, outcome, report, editorFile, log)
        : false;
    await this.#tell(outcome, target.source, reportWritten, log);
    return outcome;
  }

  /**
   * A failed import in the usual words (the notice, the process log, the import log) for a fault in
   * the kiosk itself. After the commit the screen already shows the new content: a notice saying it
   * was not taken would be wrong, so only the import log says what is missing.
   */
  async #unexpected(source: string, medium: Medium, committed: boolean, log: Logger): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { kind: 'failed', message: unexpectedFailureMessage(medium, committed) };
    await this.#tell(outcome, source, false, log, !committed).catch((err: unknown) =>
      log(`could not tell staff about the failed import: ${String(err)}`),
    );
    return outcome;
  }

  /** The notice on screen (unless `notify` is false), the process log and the import log. */
  async #tell(
    outcome: ImportOutcome,
    source: string,
    reportWritten: boolean,
    log: Logger,
    notify = true,
  ): Promise<void> {
    const at = this.#now().toISOString();
    const input = reportInput(outcome);
    const notice = importNotice(input, at, reportWritten, this.options.state.config.location);
    if (notice && notify) this.options.state.setNotice(notice);
    log(logLine(outcome, source));
    await appendImportLog(this.options.store.importLogFile, logEntry(outcome, input, at, source)).catch(
      (err: unknown) => log(`could not write the import log: ${String(err)}`),
    );
  }

  #now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

/** The outcome in the words staff get. */
export function reportInput(outcome: ImportOutcome): ImportReportInput {
  switch (outcome.kind) {
    case 'imported':
      return { kind: 'imported', content: outcome.stored.bundle.content };
    case 'unreadable':
      return { kind: 'failed', message: outcome.message };
    case 'stalled':
      return { kind: 'failed', message: STALLED_MESSAGE };
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
      // Counted at the import's own instant: what was already over then, the staff view says so.
      return { ...base, version, summary: contentSummary(input.content, Date.parse(at)), problems: [] };
    }
    case 'refused':
      return {
        ...base,
        summary: count(problemCount(input.problems), 'fout', 'fouten'),
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
      return `refused ${source}: ${problemCount(outcome.problems)} problem(s)`;
    case 'removed':
      return 'stick removed during read; keeping the old content';
    case 'stalled':
      return `${source} stopped answering within its time limits; ignored until it is removed`;
    case 'unreadable':
    case 'failed':
      return `import from ${source} failed: ${outcome.message}`;
  }
}
