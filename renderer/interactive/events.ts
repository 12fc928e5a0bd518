/** Events the touch-screen elements send up; the shell (or the app) owns the state they change. */
import { composedEvent } from '../composed-event';

/** Why the visitor's session ended. */
export type LeaveReason = 'idle' | 'button' | 'escape';

/** Back to the rotation. Bubbles and crosses shadow roots up to <kiosk-app>. */
export class LeaveInteractiveEvent extends composedEvent('kiosk-leave') {
  constructor(readonly reason: LeaveReason) {
    super();
  }
}

/** Open the detail view of one item of a page (an activity, a contact's large QR code), by its key. */
export class OpenDetailEvent extends composedEvent('kiosk-open-detail') {
  constructor(readonly key: string) {
    super();
  }
}

/** Close the detail view, back to the page. */
export class CloseDetailEvent extends composedEvent('kiosk-close-detail') {}

declare global {
  interface HTMLElementEventMap {
    'kiosk-leave': LeaveInteractiveEvent;
    'kiosk-open-detail': OpenDetailEvent;
    'kiosk-close-detail': CloseDetailEvent;
  }
}
