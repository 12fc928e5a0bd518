/** Arrow-key focus movement for a remote or keyboard: through every button, across shadow roots. */

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Focusable elements inside `root` in document order, looking into open shadow roots. */
export function focusables(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLElement && el.matches(FOCUSABLE) && !el.closest('[inert]')) found.push(el);
    if (el.shadowRoot) found.push(...focusables(el.shadowRoot));
  }
  return found;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Moves focus `delta` steps through `root`'s focusables (stopping at the ends); true if moved. */
export function moveFocus(root: ParentNode, delta: 1 | -1): boolean {
  const all = focusables(root);
  if (all.length === 0) return false;
  const current = all.indexOf(deepActiveElement() as HTMLElement);
  const next = current < 0 ? (delta === 1 ? 0 : all.length - 1) : current + delta;
  const target = all[next];
  if (!target) return false;
  target.focus();
  return true;
}

/** Whether `el` is a scrollable region ([data-scrollable]) with room to scroll down (1) or up (-1). */
export function canScroll(el: Element | null, direction: 1 | -1): boolean {
  if (!(el instanceof HTMLElement) || !el.hasAttribute('data-scrollable')) return false;
  return direction === 1 ? el.scrollTop + el.clientHeight < el.scrollHeight - 1 : el.scrollTop > 0;
}
