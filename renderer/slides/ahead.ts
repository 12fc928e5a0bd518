/**
 * A slide rendered ahead of its turn: <kiosk-rotation> lays out the next slide, hidden, while the
 * current one shows, so that the change costs one paint instead of a layout of the whole slide (on
 * a Pi-class CPU a first layout with its fit search took 100–400 ms, a visible stall). The lane
 * that holds it carries this attribute until the slide is shown.
 */
export const AHEAD_ATTRIBUTE = 'data-ahead';

/** Whether `element` is part of a slide that is not shown yet (looking out of shadow roots too). */
export function isAhead(element: Element): boolean {
  for (let node: Element | null = element; node;) {
    if (node.hasAttribute(AHEAD_ATTRIBUTE)) return true;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}
