/**
 * Grows a slide's type to fill the room it has: after every render and resize, the largest --fit
 * (between 1 and `max`) at which the content of the `.fill` box still fits it. A page with two short
 * items then reads from across the room instead of leaving half the screen empty; a full page keeps
 * the base sizes, which are made to fit. Type never shrinks below the base sizes of app.css.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Halvings of the search between 1 and `max`: the result is within 1 % of the best. */
const STEPS = 7;

/**
 * Scales found, by what decides them (the box's size, its words, its images as loaded): a slide
 * shown again, every few minutes for months, costs one style write instead of nine forced layouts,
 * which on a Pi-class CPU were long tasks at every slide change. Bounded: content changes rarely.
 */
const found = new Map<string, number>();
const KEEP = 64;

export class FitController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly max = 2.2,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // DOM work only once connected: the element must also render on a server (first frame).
    this.#observer = new ResizeObserver(() => this.#fit());
    // The bundled fonts are data: URLs, but may still swap in after the first layout.
    void document.fonts?.ready.then(() => this.#fit());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
  }

  hostUpdated(): void {
    const box = this.#box();
    if (box && box !== this.#observed && this.#observer) {
      this.#observer.disconnect();
      this.#observer.observe(box);
      this.#observed = box;
    }
    this.#fit();
  }

  /** The element type: two types may show the same words in the same room with other styles. */
  #tag(): string {
    const root = this.host.renderRoot;
    return root instanceof ShadowRoot ? root.host.localName : '';
  }

  #box(): HTMLElement | null {
    const box = this.host.renderRoot.querySelector('.fill');
    return box instanceof HTMLElement ? box : null;
  }

  #fit(): void {
    const box = this.#box();
    if (!box || box.clientHeight === 0) return;
    const key = `${this.#tag()}|${fitKey(box, this.max)}`;
    const known = found.get(key);
    if (known !== undefined) {
      box.style.setProperty('--fit', String(known));
      return;
    }
    const scale = this.#search(box);
    if (found.size >= KEEP) found.delete(found.keys().next().value ?? '');
    found.set(key, scale);
  }

  /** The largest scale at which the content fits, with the box left at it. */
  #search(box: HTMLElement): number {
    const fits = (scale: number): boolean => {
      box.style.setProperty('--fit', String(scale));
      return box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth;
    };
    if (fits(this.max)) return this.max;
    if (!fits(1)) return 1;
    let low = 1;
    let high = this.max;
    for (let i = 0; i < STEPS; i++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    const best = Math.floor(low * 100) / 100;
    fits(best);
    return best;
  }
}

/**
 * What the fit depends on: the room, the words (also those inside child elements' shadow roots, such
 * as a buurtpunt's status block), and each image's size once loaded.
 */
function fitKey(box: HTMLElement, max: number): string {
  const parts: string[] = [`${max}|${box.clientWidth}x${box.clientHeight}`];
  const walk = (node: Node): void => {
    if (node instanceof HTMLImageElement) {
      parts.push(node.complete ? `img ${node.naturalWidth}x${node.naturalHeight}` : 'img loading');
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(box);
  return parts.join('\n');
}
