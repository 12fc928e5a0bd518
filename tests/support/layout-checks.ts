/**
 * Layout checks run inside the page, piercing shadow roots: boxes whose content overflows them,
 * text outside the viewport or outside its slide, and text that overlaps other text. A text ended
 * on purpose after a few lines (`-webkit-line-clamp`, shown with "…") is not cut: its box may hold
 * less than its text, and the lines it hides count nowhere.
 */
import type { Page } from '@playwright/test';

/** Every layout problem on the page as one line, e.g. "overflow: kiosk-about-slide > P.contact". */
export function findLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const tolerance = 1;

    const all: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);

    const hostOf = (node: Node): Element | null => {
      const root = node.getRootNode();
      return root instanceof ShadowRoot ? root.host : null;
    };
    const nameOf = (el: Element): string => {
      const host = hostOf(el);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${host ? `${host.localName} > ` : ''}${el.localName}${cls}`;
    };
    /** The [data-slide] element a node belongs to, across shadow boundaries. */
    const slideOf = (node: Node): Element | null => {
      let current: Node | null = node;
      while (current) {
        if (current instanceof Element && current.hasAttribute('data-slide')) return current;
        current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
      }
      return null;
    };

    const clamps = (el: Element) => getComputedStyle(el).getPropertyValue('-webkit-line-clamp') !== 'none';
    /** The box of the line-clamped element `el` is in (itself or an ancestor in its tree), if any. */
    const clampBoxOf = (el: Element): DOMRect | null => {
      for (let e: Element | null = el; e; e = e.parentElement)
        if (clamps(e)) return e.getBoundingClientRect();
      return null;
    };

    for (const el of all) {
      if (el instanceof HTMLElement && (el.clientWidth > 0 || el.clientHeight > 0)) {
        if (clamps(el)) continue;
        // A box that clips may not overflow at all. One that shows its overflow may by the few pixels
        // a glyph's ascent sticks out of a tight line-height; more means its text spills out.
        const style = getComputedStyle(el);
        // Unseen, nothing spills: the touch screen waits laid out under the rotation, hidden.
        if (style.visibility === 'hidden') continue;
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        const allowed = clips ? tolerance : Math.max(tolerance, 0.3 * parseFloat(style.fontSize));
        if (el.scrollWidth > el.clientWidth + allowed || el.scrollHeight > el.clientHeight + allowed) {
          problems.push(
            `overflow: ${nameOf(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
          );
        }
      }
    }

    const texts: { rect: DOMRect; label: string }[] = [];
    for (const el of all) {
      for (const child of el.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        const label = `"${child.textContent.trim().slice(0, 40)}" in ${nameOf(el)}`;
        const slide = slideOf(el)?.getBoundingClientRect();
        const clamp = clampBoxOf(el);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          // A line the clamp hides (its middle below the box: a glyph's box may be taller than its
          // line) is not on screen.
          if (clamp && (rect.top + rect.bottom) / 2 > clamp.bottom) continue;
          texts.push({ rect, label });
          if (
            rect.left < -tolerance ||
            rect.top < -tolerance ||
            rect.right > vw + tolerance ||
            rect.bottom > vh + tolerance
          ) {
            problems.push(`outside the viewport: ${label}`);
          }
          if (
            slide &&
            (rect.left < slide.left - tolerance ||
              rect.top < slide.top - tolerance ||
              rect.right > slide.right + tolerance ||
              rect.bottom > slide.bottom + tolerance)
          ) {
            problems.push(`outside its slide: ${label}`);
          }
        }
      }
    }

    // Line boxes of tight line-heights touch a little; count an overlap only beyond a quarter line.
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        if (a.label === b.label) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > 0.25 * Math.min(a.rect.height, b.rect.height)) {
          problems.push(`overlap: ${a.label} and ${b.label}`);
        }
      }
    }
    return [...new Set(problems)];
  });
}
