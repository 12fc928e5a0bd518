/**
 * What is not whole in the status slide on screen, for the status specs: one line each for a block
 * outside the slide or the viewport, a block whose content overflows it (clipped by its overflow:
 * hidden), and a required part missing. `partsInside` also wants each required part inside its
 * block; `linesInside` each line of text (p, li, th, td) inside it.
 */
import type { Page } from '@playwright/test';

export interface StatusBlockChecks {
  parts: readonly string[];
  partsInside: boolean;
  linesInside: boolean;
}

export function cutStatusBlocks(page: Page, checks: StatusBlockChecks): Promise<string[]> {
  return page.evaluate(({ parts, partsInside, linesInside }) => {
    const slide = document
      .querySelector('kiosk-app')
      ?.shadowRoot?.querySelector('kiosk-rotation')
      ?.shadowRoot?.querySelector('kiosk-status-slide[data-slide="status"]');
    if (!slide?.shadowRoot) return ['no status slide on screen'];
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
    const room = slide.getBoundingClientRect();
    const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
    const problems: string[] = [];
    for (const block of slide.shadowRoot.querySelectorAll<HTMLElement>('kiosk-location-status')) {
      const id = block.dataset.location;
      const box = block.getBoundingClientRect();
      if (!inside(box, room) || !inside(box, viewport)) problems.push(`${id}: block outside the slide`);
      if (block.scrollHeight > block.clientHeight + 1 || block.scrollWidth > block.clientWidth + 1)
        problems.push(
          `${id}: content ${block.scrollWidth}×${block.scrollHeight} in ${block.clientWidth}×${block.clientHeight}`,
        );
      const root = block.shadowRoot!;
      for (const part of parts) {
        const el = root.querySelector(part);
        if (!el) problems.push(`${id}: no ${part}`);
        else if (partsInside && !inside(el.getBoundingClientRect(), box))
          problems.push(`${id}: ${part} outside its block`);
      }
      if (!linesInside) continue;
      for (const el of root.querySelectorAll('p, li, th, td')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        for (const line of range.getClientRects())
          if (line.width > 0 && !inside(line, box)) problems.push(`${id}: a line of "${el.textContent}" cut`);
      }
    }
    return problems;
  }, checks);
}
