/** The check of the touch screen's hours page that the hours specs share: what is cut on it. */
import type { Page } from '@playwright/test';

/**
 * What is cut on the hours page: content beyond its room or its block's, a block outside the page
 * or the screen, a line of text (p, li, th, td) outside its block.
 */
export function cutOnHoursPage(page: Page) {
  return page.locator('[data-page="hours"]').evaluate((hoursPage) => {
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
    const fill = hoursPage.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    const room = fill.getBoundingClientRect();
    const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
    const problems: string[] = [];
    if (fill.scrollHeight > fill.clientHeight + 1 || fill.scrollWidth > fill.clientWidth + 1)
      problems.push(
        `page: ${fill.scrollWidth}×${fill.scrollHeight} in ${fill.clientWidth}×${fill.clientHeight}`,
      );
    for (const block of fill.querySelectorAll<HTMLElement>('kiosk-location-status')) {
      const id = block.dataset.location;
      const box = block.getBoundingClientRect();
      if (!inside(box, room) || !inside(box, viewport)) problems.push(`${id}: block outside the page`);
      if (block.scrollHeight > block.clientHeight + 1)
        problems.push(`${id}: ${block.scrollHeight} px of content in ${block.clientHeight}`);
      for (const el of block.shadowRoot!.querySelectorAll('p, li, th, td')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        for (const line of range.getClientRects())
          if (line.width > 0 && !inside(line, box)) problems.push(`${id}: a line of "${el.textContent}" cut`);
      }
    }
    return problems;
  });
}
