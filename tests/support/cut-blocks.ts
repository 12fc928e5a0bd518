/**
 * What is not whole of the buurtpunten's blocks (`<kiosk-location-status>`) where a visitor reads
 * them: the status slide in the rotation, or the touch screen's hours page. One line each for a
 * block outside its room or the viewport, a block whose content overflows it (clipped by its
 * overflow: hidden), a required part missing or outside its block, and a line of text (p, li, th,
 * td) outside its block. On the hours page the page itself must not overflow either.
 */
import type { Page } from '@playwright/test';

export interface BlockChecks {
  /** Selectors every block must hold. */
  parts?: readonly string[];
  /** Each required part must also lie inside its block. */
  partsInside?: boolean;
  /** Each line of text must lie inside its block. */
  linesInside: boolean;
}

type Where = 'status slide' | 'hours page';

/** The status slide on screen, for the status specs. */
export function cutStatusBlocks(page: Page, checks: BlockChecks): Promise<string[]> {
  return cutBlocks(page, 'status slide', checks);
}

/** The touch screen's hours page, every part of a block's text wholly inside it. */
export function cutOnHoursPage(page: Page): Promise<string[]> {
  return cutBlocks(page, 'hours page', { linesInside: true });
}

function cutBlocks(page: Page, where: Where, checks: BlockChecks): Promise<string[]> {
  // Runs in the page: everything it uses is inside it.
  return page.evaluate(
    ({ where, parts, partsInside, linesInside }) => {
      const find = (root: Document | ShadowRoot, selector: string): Element | null => {
        const hit = root.querySelector(selector);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const deeper = el.shadowRoot ? find(el.shadowRoot, selector) : null;
          if (deeper) return deeper;
        }
        return null;
      };
      const inside = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
      const problems: string[] = [];
      let room: Element | null | undefined;
      let blocks: Iterable<HTMLElement>;
      if (where === 'status slide') {
        const slide = find(document, 'kiosk-status-slide[data-slide="status"]');
        room = slide;
        blocks = slide?.shadowRoot?.querySelectorAll<HTMLElement>('kiosk-location-status') ?? [];
      } else {
        const fill = find(document, '[data-page="hours"]')?.shadowRoot?.querySelector<HTMLElement>('.fill');
        room = fill;
        blocks = fill?.querySelectorAll<HTMLElement>('kiosk-location-status') ?? [];
        if (fill && (fill.scrollHeight > fill.clientHeight + 1 || fill.scrollWidth > fill.clientWidth + 1))
          problems.push(
            `page: ${fill.scrollWidth}×${fill.scrollHeight} in ${fill.clientWidth}×${fill.clientHeight}`,
          );
      }
      if (!room) return [`no ${where} on screen`];
      const roomBox = room.getBoundingClientRect();
      const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
      for (const block of blocks) {
        const id = block.dataset.location;
        const box = block.getBoundingClientRect();
        if (!inside(box, roomBox) || !inside(box, viewport))
          problems.push(`${id}: block outside the ${where}`);
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
            if (line.width > 0 && !inside(line, box))
              problems.push(`${id}: a line of "${el.textContent}" cut`);
        }
      }
      return problems;
    },
    {
      where,
      parts: checks.parts ?? [],
      partsInside: checks.partsInside ?? false,
      linesInside: checks.linesInside,
    },
  );
}
