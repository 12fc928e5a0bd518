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

/** Open the detail view of one activity (by its key). */
export class OpenActivityEvent extends Event {
  static readonly eventName = 'kiosk-open-activity';
  constructor(readonly key: string) {
    super(OpenActivityEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Close the activity detail view, back to the list. */
export class CloseActivityEvent extends Event {
  static readonly eventName = 'kiosk-close-activity';
  constructor() {
    super(CloseActivityEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kiosk-leave': LeaveInteractiveEvent;
    'kiosk-open-activity': OpenActivityEvent;
    'kiosk-close-activity': CloseActivityEvent;
  }
}
