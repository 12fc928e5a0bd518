/**
 * What a passer-by can read, measured inside the page through shadow roots: the smallest computed
 * font size of any visible text, and how much of the height between header and footer a slide's
 * content covers.
 */
import type { Page, TestInfo } from '@playwright/test';

/** The smallest visible text on screen: its size in CSS px and where it is. */
export interface SmallestText {
  px: number;
  text: string;
  where: string;
}

/**
 * The visible text node with the smallest computed font size, anywhere on the page (slides, touch
 * pages, header, footer, overlays). Visible: it has a box inside the viewport, and neither it nor an
 * ancestor is hidden, transparent or display: none.
 */
export function smallestText(page: Page): Promise<SmallestText | null> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const parentOf = (node: Node): Element | null =>
      node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
    const shown = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          return false;
      }
      return true;
    };
    let best: { px: number; text: string; where: string } | null = null;
    const walk = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (!text || !el) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const onScreen = [...range.getClientRects()].some(
          (r) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh,
        );
        if (!onScreen || !shown(el)) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (best === null || px < best.px) {
          const host = root instanceof ShadowRoot ? `${root.host.localName} > ` : '';
          best = { px, text: text.slice(0, 40), where: `${host}${el.localName}` };
        }
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return best;
  });
}

/** How far a slide's content reaches down the room it has. */
export interface ContentSpan {
  /** (bottom of the lowest content box − top of the highest) / (footer top − header bottom). */
  ratio: number;
  /** The room between header and footer, CSS px. */
  room: number;
}

/**
 * The vertical span of the union of the content boxes of the slide on screen (`[data-slide]`): every
 * line of text, image, QR code and icon in it, as a share of the height between the header's bottom
 * and the rotation footer's top.
 */
export function contentSpan(page: Page): Promise<ContentSpan> {
  return page.evaluate(() => {
    const app = document.querySelector('kiosk-app')?.shadowRoot;
    const header = app?.querySelector('kiosk-header')?.getBoundingClientRect();
    const footer = app?.querySelector('kiosk-rotation')?.shadowRoot?.querySelector('footer');
    const slide = app?.querySelector('kiosk-rotation')?.shadowRoot?.querySelector('[data-slide]');
    if (!header || !footer || !slide) throw new Error('no slide between header and footer');
    const top = header.bottom;
    const bottom = footer.getBoundingClientRect().top;
    let first = Infinity;
    let last = -Infinity;
    const add = (r: DOMRect) => {
      if (r.width <= 0 || r.height <= 0) return;
      first = Math.min(first, r.top);
      last = Math.max(last, r.bottom);
    };
    const walk = (root: Element | ShadowRoot) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) add(r);
        } else if (node instanceof Element) {
          if (['img', 'svg', 'kiosk-qr-code'].includes(node.localName)) add(node.getBoundingClientRect());
          else walk(node);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      }
    };
    walk(slide);
    if (slide.shadowRoot) walk(slide.shadowRoot);
    const room = bottom - top;
    return { ratio: last > first ? (last - first) / room : 0, room };
  });
}

/** The smallest visible text allowed: 14 px on the 7" and 1280×800 screens, 20 px on the 1080p ones. */
export function minimumTextPx(size: { width: number; height: number }): number {
  return Math.min(size.width, size.height) >= 1080 ? 20 : 14;
}

/** Attaches a measurement to the test's report and prints it as one line ("measure <name> {…}"). */
export async function recordMeasure(testInfo: TestInfo, name: string, data: object): Promise<void> {
  const body = JSON.stringify(data);
  console.log(`measure ${name} ${body}`);
  await testInfo.attach(`measure-${name}`, { body, contentType: 'application/json' });
}
