/**
 * Grows a slide's type to fill the room it has: after every render and resize, the largest --fit
 * (between 1 and `max`) at which the content of the `.fill` box still fits it. A page with two short
 * items then reads from across the room instead of leaving half the screen empty; a full page keeps
 * the base sizes, which are made to fit. Type never shrinks below the base sizes of app.css.
 */
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { inBackground } from '../services/background-task';
import { isAhead } from './ahead';
import { shortKey } from './short-key';
import { visitComposed } from './composed-tree';
import { warmFontsAt } from './font-warmup';

/** Halvings of the search between 1 and `max`: the result is within 1 % of the best. */
const STEPS = 7;

/**
 * Scales found, by what decides them (the box's size, its words, its images as loaded): a slide
 * shown again, every few minutes for months, costs one style write instead of nine forced layouts,
 * which on a Pi-class CPU were long tasks at every slide change. Bounded: content changes rarely.
 * Keyed by a short digest of the words, not the words themselves (see short-key.ts).
 */
const found = new Map<string, number>();
const KEEP = 64;

export class FitController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;
  /** A search going on one layout per background task, while the slide is hidden ahead of its turn. */
  #stepping: { key: string; box: HTMLElement; steps: Generator<void, number>; cancel: () => void } | null =
    null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode & EventTarget },
    private readonly max = 2.2,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // DOM work only once connected: the element must also render on a server (first frame).
    this.#observer = new ResizeObserver(() => this.#fit());
    // A face that finished loading (a latin-ext face fetched for a name with ł, or the bundled
    // fonts swapping in after the first layout) changes what the words measure, and the key.
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
    // A photo that arrives may take more room (its words are in the key, not its size until then).
    this.host.renderRoot.addEventListener('load', this.#imageLoaded, { capture: true });
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    this.host.renderRoot.removeEventListener('load', this.#imageLoaded, { capture: true });
    this.#stopStepping();
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
    // Child elements in the box (a buurtpunt's status block) render after this host, each in a
    // microtask of its own: the fit above saw their old words. Fit again once they have rendered,
    // still before the frame, or new words would keep a scale found for the old ones (too large:
    // the page overflows) until something else changed.
    const rendering = box ? childrenRendering(box) : null;
    if (rendering) void rendering.then(() => this.#fit());
  }

  #fontsLoaded = (): void => this.#fit();

  #imageLoaded = (event: Event): void => {
    if (event.target instanceof HTMLImageElement) this.#fit();
  };

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
    const key = shortKey(`${this.#tag()}|${fitKey(box, this.max)}`);
    const known = found.get(key);
    if (known !== undefined) {
      this.#stopStepping();
      setFit(box, known);
      return;
    }
    if (this.#stepping?.key === key && this.#stepping.box === box) {
      // Under way; a slide that came on screen meanwhile gets the rest at once, before its frame.
      if (!isAhead(box)) this.#step();
      return;
    }
    this.#stopStepping();
    if (isAhead(box)) {
      // Nobody sees this slide yet: one layout per task, each after its words were shaped in tasks
      // of their own, so the screen never stalls for the search.
      const stillAhead = () => isAhead(box);
      const steps = searchSteps(box, this.max, (scale) => warmFontsAt(box, scale, stillAhead));
      this.#stepping = { key, box, steps, cancel: inBackground(() => this.#step()) };
      return;
    }
    remember(key, finish(searchSteps(box, this.max, noWarming)));
  }

  /** One layout of the stepped search; the rest at once if the slide came on screen meanwhile. */
  #step(): void {
    const stepping = this.#stepping;
    if (!stepping) return;
    const next = isAhead(stepping.box)
      ? stepping.steps.next()
      : { done: true, value: finish(stepping.steps) };
    if (!next.done) {
      stepping.cancel = inBackground(() => this.#step());
      return;
    }
    stepping.cancel();
    this.#stepping = null;
    remember(stepping.key, next.value);
  }

  #stopStepping(): void {
    this.#stepping?.cancel();
    this.#stepping = null;
  }
}

function remember(key: string, scale: number): void {
  if (found.size >= KEEP) found.delete(found.keys().next().value ?? '');
  found.set(key, scale);
}

/** The pending updates of the Lit elements in `box`; null when none has one pending. */
function childrenRendering(box: HTMLElement): Promise<unknown> | null {
  const pending: Promise<unknown>[] = [];
  for (const element of box.querySelectorAll('*')) {
    const child = element as Partial<ReactiveElement>;
    if (child.isUpdatePending === true && child.updateComplete) pending.push(child.updateComplete);
  }
  return pending.length === 0 ? null : Promise.all(pending);
}

/**
 * How many font faces have loaded. Until a face has arrived its letters are measured in a fallback
 * font, often 10–15% wider or narrower: a scale found then is wrong for the face that follows, so
 * it must not be found again under the same key.
 */
function fontsLoaded(): number {
  let loaded = 0;
  document.fonts?.forEach((face) => {
    if (face.status === 'loaded') loaded++;
  });
  return loaded;
}

/** Sets --fit, unless it already has that value: an unchanged slide costs no style change. */
function setFit(box: HTMLElement, scale: number): void {
  const value = String(scale);
  if (box.style.getPropertyValue('--fit') !== value) box.style.setProperty('--fit', value);
}

/** A search drawn at once shapes its words during its layouts. */
function* noWarming(): Generator<void> {}

/**
 * The search for the largest scale at which the content fits, one forced layout per step (a yield),
 * each after `warm` has had its steps for that scale, leaving the box at the result; its return
 * value is the scale. Between steps the box is always at a scale that fits: a probe too large is
 * taken back before the yield, so nothing that looks at the page meanwhile (a check for overflowing
 * boxes) finds the slide overflowing.
 */
function* searchSteps(
  box: HTMLElement,
  max: number,
  warm: (scale: number) => Generator<void>,
): Generator<void, number> {
  const fits = (scale: number): boolean => {
    box.style.setProperty('--fit', String(scale));
    return box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth;
  };
  yield* warm(1);
  if (!fits(1)) return 1;
  yield;
  yield* warm(max);
  if (fits(max)) return max;
  box.style.setProperty('--fit', '1');
  yield;
  let low = 1;
  let high = max;
  for (let i = 0; i < STEPS; i++) {
    const middle = (low + high) / 2;
    yield* warm(middle);
    if (fits(middle)) {
      low = middle;
    } else {
      high = middle;
      box.style.setProperty('--fit', String(low));
    }
    yield;
  }
  const best = Math.floor(low * 100) / 100;
  yield* warm(best);
  fits(best);
  return best;
}

/** Runs the remaining steps of a search at once. */
function finish(steps: Generator<void, number>): number {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * What the fit depends on: the room, the fonts loaded so far, the words (also those inside child
 * elements' shadow roots, such as a buurtpunt's status block), and each image's size once loaded.
 */
function fitKey(box: HTMLElement, max: number): string {
  const parts: string[] = [`${max}|${box.clientWidth}x${box.clientHeight}|fonts ${fontsLoaded()}`];
  visitComposed(box, (node) => {
    if (node instanceof HTMLImageElement) {
      parts.push(node.complete ? `img ${node.naturalWidth}x${node.naturalHeight}` : 'img loading');
    } else if (node.nodeType === Node.TEXT_NODE) {
      // Whitespace between elements takes no room (a QR code drawn later adds some to its SVG).
      const words = node.textContent?.trim() ?? '';
      if (words !== '') parts.push(words);
    }
  });
  return parts.join('\n');
}
