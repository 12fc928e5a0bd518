/**
 * The keyboard filter of the kiosk window (before-input-event). Reload, devtools, zoom, close, print,
 * back/forward and the function keys are swallowed; plain keys reach the page (the touch view works
 * with a keyboard too). One staff combination quits to the desktop: Ctrl+Alt+Shift+Q.
 */

/** The fields of Electron's `Input` the decision reads. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  isAutoRepeat: boolean;
}

/** `pass`: the page gets the key; `block`: nobody does; `staff-quit`: leave the kiosk. */
export type ShortcutDecision = 'pass' | 'block' | 'staff-quit';

/** The documented way out for staff (docs/raspberry-pi.md). */
export const STAFF_QUIT_COMBINATION = 'Ctrl+Alt+Shift+Q';

const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserStop',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Print',
  'Help',
  'Close',
  'Open',
  'New',
  'Save',
]);

/** Decides what happens to one key event. */
export function decideShortcut(input: KeyInput): ShortcutDecision {
  const staffChord = input.control && input.alt && input.shift && !input.meta;
  if (staffChord && input.key.toLowerCase() === 'q') {
    return input.type === 'keyDown' && !input.isAutoRepeat ? 'staff-quit' : 'block';
  }
  // Ctrl+Alt+Shift+<letter> is left to the page for staff views (e.g. the import status).
  if (staffChord && /^[a-z]$/i.test(input.key)) return 'pass';
  if (input.control || input.alt || input.meta) return 'block';
  if (/^F\d{1,2}$/.test(input.key)) return 'block';
  if (BROWSER_KEYS.has(input.key)) return 'block';
  return 'pass';
}
