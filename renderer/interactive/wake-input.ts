/**
 * Which inputs may wake the touch screen, for the app's WakeController and for the page before the
 * app listens (renderer/services/early-input.ts). Imports nothing: after-paint.js bundles it.
 */

/**
 * Staff overlays over the rotation answer their own touches and keys (an import notice's "OK", the
 * staff view's Escape): input inside them never wakes the touch screen.
 */
export const OVERLAY_TAGS: ReadonlySet<string> = new Set(['kiosk-notice', 'kiosk-staff-view']);

/** Keys that are only modifiers wake nothing (nor do shortcuts with Ctrl, Alt or Meta). */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/** Whether a key press may wake the touch screen: not a modifier alone, not a shortcut. */
export function isWakingKey(event: KeyboardEvent): boolean {
  return !MODIFIER_KEYS.has(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/** Whether the event happens inside a staff overlay. */
export function fromOverlay(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && OVERLAY_TAGS.has(node.localName));
}

/**
 * A touch or key press that came before the app listened, and whether that finger or key was still
 * down when the app took it over.
 */
export type EarlyWake =
  { kind: 'pointer'; pointerId: number; down: boolean } | { kind: 'key'; key: string; down: boolean };
