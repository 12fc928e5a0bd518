/** Events the touch-screen elements send up; the shell (or the app) owns the state they change. */

/** Why the visitor's session ended. */
export type LeaveReason = 'idle' | 'button' | 'escape';

/** Back to the rotation. Bubbles and crosses shadow roots up to <kiosk-app>. */
export class LeaveInteractiveEvent extends Event {
  static readonly eventName = 'kiosk-leave';
  constructor(readonly reason: LeaveReason) {
    super(LeaveInteractiveEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Open the detail view of one item of a page (an activity, a contact's large QR code), by its key. */
export class OpenDetailEvent extends Event {
  static readonly eventName = 'kiosk-open-detail';
  constructor(readonly key: string) {
    super(OpenDetailEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Close the detail view, back to the page. */
export class CloseDetailEvent extends Event {
  static readonly eventName = 'kiosk-close-detail';
  constructor() {
    super(CloseDetailEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kiosk-leave': LeaveInteractiveEvent;
    'kiosk-open-detail': OpenDetailEvent;
    'kiosk-close-detail': CloseDetailEvent;
  }
}
