/**
 * The draft checked as the kiosk checks it: the schema, plus the photos as the importer would see
 * them. Keeps every problem (they block saving), the last valid content (for the preview), and
 * which problems are still quiet: those in items staff just added and have not typed in yet.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../core/content/problem';
import type { Content } from '../../core/content/schema';
import { validateContent } from '../../core/content/validate';
import { withPlaces } from '../../core/content/place';
import type { DraftPath } from '../../core/editor/draft-path';
import { FreshItems } from '../../core/editor/fresh-items';
import type { Draft } from '../../core/editor/read-draft';
import { imageProblems, unreadableTexts } from '../../core/editor/saved-content';
import type { ImageFacts } from '../../core/import/image-verdict';

/** Problems of one `<editor-app>`'s draft. */
export class ValidationController implements ReactiveController {
  /** Every problem of the draft; saving waits until there are none. */
  problems: Problem[] = [];
  /** The problems to show now: all of them once staff tried to save, else those not quiet. */
  shown: Problem[] = [];
  /** The newest draft that was valid, for the preview. */
  lastValid: Content | null = null;
  readonly #fresh = new FreshItems();
  #revealed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Checks `draft`; `facts` says what is known of each image file. */
  check(draft: Draft, facts: (file: string) => ImageFacts | undefined): void {
    const result = validateContent(draft);
    // The importer's reader refuses a text holding U+FFFD, which the schema cannot see.
    const schema = [...(result.ok ? [] : result.problems), ...withPlaces(unreadableTexts(draft), draft)];
    const images = imageProblems(draft, facts, new Set(schema.map((p) => p.path)));
    this.problems = [...schema, ...withPlaces(images, draft)];
    if (schema.length === 0 && images.length === 0 && result.ok) this.lastValid = result.content;
    this.shown = this.#revealed ? this.problems : this.problems.filter((p) => !this.#fresh.isQuiet(p, draft));
    this.host.requestUpdate();
  }

  /** A new folder: nothing is new or revealed yet; `draft` itself is new when the folder had no content. */
  reset(draft: Draft | null, isNew: boolean): void {
    this.#fresh.clear();
    this.#revealed = false;
    this.lastValid = null;
    if (isNew) this.#fresh.markNew(draft);
  }

  /** Records an edit (see FreshItems.noteEdit). */
  noteEdit(before: Draft, path: DraftPath, after: Draft, touched?: readonly string[]): void {
    this.#fresh.noteEdit(before, path, after, touched);
  }

  /** Staff tried to save: every problem shows from now on, also in new items. */
  reveal(): void {
    this.#revealed = true;
    this.shown = this.problems;
    this.host.requestUpdate();
  }

  /** After a save: what is saved is no longer new. */
  saved(): void {
    this.#fresh.clear();
    this.#revealed = false;
  }
}
