/**
 * One open folder in the editor: reading content.json into a draft (or into the repair view when
 * the file is not readable JSON), applying edits, saving, closing. The photos and the checks are
 * the images and validation controllers; this one says what happens when, and what staff read
 * about it. Nothing is written before a save of content without problems: a broken file on the
 * stick stays as it is until then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../core/content/problem';
import { straightenQuotes } from '../../core/content/straighten-quotes';
import { validateContent } from '../../core/content/validate';
import { sortNewestFirst } from '../../core/editor/activity-order';
import { brusselsLocalDateTime } from '../../core/editor/brussels-clock';
import { setAtPath, type DraftPath } from '../../core/editor/draft-path';
import { openContent } from '../../core/editor/open-content';
import type { Draft } from '../../core/editor/read-draft';
import { contentFileText } from '../../core/editor/saved-content';
import {
  SIGN_AGAIN_STEP,
  SIGNATURE_STALE_AFTER_SAVE,
  SIGNED_FOLDER_NOTICE,
} from '../../core/editor/signed-folder';
import { removeUnknownFields } from '../../core/editor/unknown-fields';
import type { ContentFolder } from '../storage/content-folder';
import { SaveError, saveFailedMessage } from '../storage/save-error';
import type { ImagesController } from './images-controller';
import type { ValidationController } from './validation-controller';

/** The file's text while staff repair it, with what is wrong with it now. */
export interface RepairState {
  text: string;
  problems: Problem[];
  /** Curly quotes the one-click fix would straighten (0: no such fix). */
  quotesToFix: number;
  /** True once the text is readable: the forms can take over. */
  readable: boolean;
}

/** The open folder of one `<editor-app>`, and everything staff are told about it. */
export class FolderSession implements ReactiveController {
  folder: ContentFolder | null = null;
  draft: Draft | null = null;
  /** The file's text, while it has to be repaired before the forms can show it. */
  repair: RepairState | null = null;
  /** The folder was signed: every save makes the signature stale, and staff are told so. */
  signed = false;
  /** Unsaved changes. */
  dirty = false;
  saving = false;
  /** "Bezig met openen…" while a folder opens. */
  status = '';
  /** Why the last attempt to open failed. */
  openErrors: string[] = [];
  /** Things staff should know about the opened file. */
  notices: string[] = [];
  /** The last save's outcome, one line. */
  message = '';
  /** After a save as downloads: where each file goes. */
  instructions: string[] = [];
  /** Buurtpunt ids as last saved: a saved id is not renamed along with the name. */
  savedIds: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly images: ImagesController,
    private readonly validation: ValidationController,
    private readonly now: () => number = Date.now,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  #today(): string {
    return brusselsLocalDateTime(this.now()).slice(0, 10);
  }

  /** The warning about the signature, for as long as a signed folder is open. */
  #signedNotices(): string[] {
    return this.signed ? [SIGNED_FOLDER_NOTICE] : [];
  }

  #changed(): void {
    this.host.requestUpdate();
  }

  /** Opens a folder: content.json into a draft, or into the repair view; null from `getFolder` cancels. */
  async open(getFolder: () => Promise<ContentFolder | null>): Promise<void> {
    this.openErrors = [];
    this.status = 'Bezig met openen…';
    this.#changed();
    try {
      const folder = await getFolder();
      if (!folder) return;
      const text = await folder.readContent();
      const signed = await folder.isSigned();
      this.folder = folder;
      this.signed = signed;
      this.message = '';
      this.instructions = [];
      this.dirty = false;
      this.draft = null;
      this.repair = null;
      const opened = openContent(text, this.#today());
      if (opened.kind === 'repair') {
        this.notices = this.#signedNotices();
        this.repair = repairState(text ?? '', opened.problems);
        await this.images.open(folder, null);
        return;
      }
      this.notices = [...this.#signedNotices(), ...opened.notices];
      this.savedIds = idsOf(opened.draft);
      this.validation.reset(opened.draft, opened.isNew);
      this.#setDraft(opened.draft, false);
      await this.images.open(folder, opened.draft);
      this.#check();
    } catch (err) {
      this.openErrors = [
        `De map kon niet geopend worden (${err instanceof Error ? err.message : String(err)}).`,
      ];
    } finally {
      this.status = '';
      this.#changed();
    }
  }

  /** Staff changed the text in the repair view. */
  editText(text: string): void {
    if (!this.repair) return;
    const opened = openContent(text, this.#today());
    this.repair = repairState(text, opened.kind === 'repair' ? opened.problems : []);
    this.dirty = true;
    this.#changed();
  }

  /** The one-click fix: Word's curly quotes where JSON needs straight ones. */
  straightenQuotes(): void {
    if (this.repair) this.editText(straightenQuotes(this.repair.text).text);
  }

  /** The repaired text is readable: on to the forms (still unsaved: the file changes at Opslaan). */
  async continueToForms(): Promise<void> {
    const repair = this.repair;
    const folder = this.folder;
    if (!repair?.readable || !folder) return;
    const opened = openContent(repair.text, this.#today());
    if (opened.kind !== 'forms') return;
    this.repair = null;
    this.notices = [
      'De tekst van content.json is nu leesbaar. Het bestand verandert pas als je opslaat.',
      ...this.#signedNotices(),
      ...opened.notices,
    ];
    this.savedIds = idsOf(opened.draft);
    this.validation.reset(opened.draft, false);
    this.#setDraft(opened.draft, true);
    await this.images.readNamed(folder, opened.draft);
    this.#check();
  }

  /** Sets (or with `undefined` removes) the value at `path`; `touched` are the fields staff typed in. */
  edit(path: DraftPath, value: unknown, touched?: readonly string[]): void {
    const before = this.draft;
    if (!before) return;
    const after = setAtPath(before, path, value);
    this.validation.noteEdit(before, path, after, touched);
    this.message = '';
    this.#setDraft(after, true);
  }

  /** A prepared photo for the image field at `path`. */
  chooseImage(path: DraftPath, originalName: string, extension: string, blob: Blob): void {
    this.edit(path, this.images.add(originalName, extension, blob));
  }

  /** Drops the fields the kiosk does not know, at staff's request. */
  removeUnknownFields(): void {
    if (this.draft) this.#setDraft(removeUnknownFields(this.draft, this.validation.problems), true);
  }

  /** Re-checks the draft (e.g. once the photos are read). */
  #check(): void {
    if (this.draft) this.validation.check(this.draft, this.images.facts);
  }

  #setDraft(draft: Draft, dirty: boolean): void {
    this.draft = draft;
    if (dirty) this.dirty = true;
    this.#check();
    this.#changed();
  }

  /** Saves when there is nothing to fix; otherwise shows every problem, also in new items. */
  async save(): Promise<void> {
    const folder = this.folder;
    const draft = this.draft;
    if (!folder || !draft || this.saving) return;
    const result = validateContent(draft);
    if (!result.ok || this.validation.problems.length > 0) {
      this.validation.reveal();
      return;
    }
    const today = this.#today();
    const newImages = this.images.pendingFor(draft);
    this.saving = true;
    this.#changed();
    try {
      await folder.save(contentFileText(result.content, today), newImages);
      const time = brusselsLocalDateTime(this.now()).slice(11);
      this.images.saved();
      this.validation.saved();
      this.savedIds = idsOf(draft);
      this.dirty = false;
      this.#setDraft(
        { ...draft, updated: today, activities: sortNewestFirst(draft.activities ?? []) },
        false,
      );
      this.message = savedMessage(folder, time, this.signed);
      this.instructions = folder.saveMode === 'download' ? downloadSteps(newImages, this.signed) : [];
    } catch (err) {
      this.message = '';
      if (err instanceof SaveError && err.problems.length) {
        this.validation.problems = err.problems;
        this.validation.reveal();
      }
      const place = folder.target === 'stick' ? 'op de stick' : 'in de map';
      this.notices = [saveFailedMessage(err, place), ...this.#signedNotices()];
    } finally {
      this.saving = false;
      this.#changed();
    }
  }

  /** Back to the open screen; unsaved changes are gone (the element asks staff first). */
  close(): void {
    this.folder = null;
    this.draft = null;
    this.repair = null;
    this.dirty = false;
    this.signed = false;
    this.notices = [];
    this.images.forget();
    this.#changed();
  }
}

function repairState(text: string, problems: Problem[]): RepairState {
  return {
    text,
    problems,
    quotesToFix: problems.length ? straightenQuotes(text).replaced : 0,
    readable: problems.length === 0,
  };
}

function idsOf(draft: Draft): Set<string> {
  return new Set(
    (draft.locations ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string'),
  );
}

/** The saved line; in a signed folder it says to sign again first (before the stick goes to a screen). */
function savedMessage(folder: ContentFolder, time: string, signed: boolean): string {
  const stale = signed ? ` ${SIGNATURE_STALE_AFTER_SAVE}` : '';
  if (folder.saveMode === 'download') return `Gedownload om ${time}.${stale}`;
  if (folder.target === 'folder') return `Opgeslagen om ${time} in de map ${folder.label}.${stale}`;
  return signed
    ? `Opgeslagen om ${time}.${stale}`
    : `Opgeslagen om ${time}. Werp de stick veilig uit en steek hem in het scherm.`;
}

/** Where each downloaded file goes; a signed folder is signed again once they are in place. */
function downloadSteps(newImages: ReadonlyMap<string, Blob>, signed: boolean): string[] {
  return [
    'Open op de stick de map buurtkiosk.',
    'Sla het bestand op als content.json in de map buurtkiosk op de stick (vervang het oude bestand). Heet het in Downloads "content (1).json"? Noem het dan content.json.',
    ...[...newImages.keys()].map(
      (p) => `Zet de foto ${p.split('/').at(-1)} in de map images in de map buurtkiosk op de stick.`,
    ),
    ...(signed ? [SIGN_AGAIN_STEP] : []),
    'Werp de stick veilig uit en steek hem in het scherm.',
  ];
}
