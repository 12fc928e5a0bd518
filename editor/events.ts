/** Events the editor's forms send up to <editor-app>, which owns the draft. */
import type { DraftPath } from '../core/editor/draft-path';

/**
 * Set (or, with `undefined`, remove) one value of the draft. `touched` names the fields staff typed
 * in, when that is less than the whole value (a new activity's date also sets its end).
 */
export class DraftEditEvent extends Event {
  static readonly eventName = 'draft-edit';
  constructor(
    readonly path: DraftPath,
    readonly value: unknown,
    readonly touched?: readonly string[],
  ) {
    super(DraftEditEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A photo was chosen and prepared; the app stores it and names it in `path` of the draft. */
export class ImageChosenEvent extends Event {
  static readonly eventName = 'image-chosen';
  constructor(
    readonly path: DraftPath,
    readonly blob: Blob,
    readonly originalName: string,
    readonly extension: string,
  ) {
    super(ImageChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Staff clicked a problem in the list: show and focus the field at `path`. */
export class FocusFieldEvent extends Event {
  static readonly eventName = 'focus-field';
  constructor(readonly path: string) {
    super(FocusFieldEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [DraftEditEvent.eventName]: DraftEditEvent;
    [ImageChosenEvent.eventName]: ImageChosenEvent;
    [FocusFieldEvent.eventName]: FocusFieldEvent;
  }
}
