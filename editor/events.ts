/** Events the editor's forms send up to <editor-app>, which owns the draft. */
import type { DraftPath } from '../core/editor/draft-path';
import { composedEvent } from '../renderer/composed-event';

/**
 * Set (or, with `undefined`, remove) one value of the draft. `touched` names the fields staff typed
 * in, when that is less than the whole value (a new activity's date also sets its end).
 */
export class DraftEditEvent extends composedEvent('draft-edit') {
  constructor(
    readonly path: DraftPath,
    readonly value: unknown,
    readonly touched?: readonly string[],
  ) {
    super();
  }
}

/** A photo was chosen and prepared; the app stores it and names it in `path` of the draft. */
export class ImageChosenEvent extends composedEvent('image-chosen') {
  constructor(
    readonly path: DraftPath,
    readonly blob: Blob,
    readonly originalName: string,
    readonly extension: string,
  ) {
    super();
  }
}

/** Staff clicked a problem in the list: show and focus the field at `path`. */
export class FocusFieldEvent extends composedEvent('focus-field') {
  constructor(readonly path: string) {
    super();
  }
}

declare global {
  interface HTMLElementEventMap {
    [DraftEditEvent.eventName]: DraftEditEvent;
    [ImageChosenEvent.eventName]: ImageChosenEvent;
    [FocusFieldEvent.eventName]: FocusFieldEvent;
  }
}
