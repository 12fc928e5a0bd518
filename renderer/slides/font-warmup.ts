/**
 * Shapes a box's words at a trial scale before the fit search lays the box out at that scale.
 *
 * Text at a font size the page has not used yet is most of a layout's cost: every word is shaped
 * again at the new size. For an activities slide that made one forced layout of the fit search
 * 40–60 ms at 4× CPU throttling, a long task even in a task of its own. Shaped here first, a few
 * dozen words of one font per step, the layout that follows finds them in the browser's shaping
 * cache and takes a few ms. Only for slides prepared ahead of their turn: it costs more in total,
 * and is worth it only where it can be spread over tasks.
 */

import { visitComposed } from './composed-tree';

/** Words shaped per step: the largest group of an activities slide took ~20 ms at 4× in one piece. */
const WORDS_PER_STEP = 24;

/** What decides how a word is shaped, beyond the text itself. */
const SHAPING = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'font-variant-ligatures',
  'font-variant-caps',
  'font-variant-numeric',
  'font-variant-east-asian',
  'letter-spacing',
  'word-spacing',
  'text-transform',
];

/**
 * The steps: first the fonts the words will have at `scale` (a style pass, no layout), then one
 * step per group of words. Stops early once `stillAhead()` is false: a slide that came on screen
 * gets the rest of its search at once, and shaping twice would only slow that down.
 */
export function* warmFontsAt(box: HTMLElement, scale: number, stillAhead: () => boolean): Generator<void> {
  if (!stillAhead()) return;
  const groups = wordsByFont(box, scale);
  yield;
  for (const [shaping, words] of groups) {
    for (let i = 0; i < words.length; i += WORDS_PER_STEP) {
      if (!stillAhead()) return;
      shape(box, shaping, words.slice(i, i + WORDS_PER_STEP).join(' '));
      yield;
    }
  }
}

/** Each text's words by the shaping properties its element will have with --fit at `scale`. */
function wordsByFont(box: HTMLElement, scale: number): Map<string, string[]> {
  const before = box.style.getPropertyValue('--fit');
  box.style.setProperty('--fit', String(scale));
  const groups = new Map<string, Set<string>>();
  const visit = (text: Text): void => {
    const element = text.parentElement;
    const words = text.data.split(/\s+/).filter((word) => word !== '');
    if (!element || words.length === 0) return;
    const style = getComputedStyle(element);
    const key = SHAPING.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';');
    const group = groups.get(key) ?? new Set<string>();
    for (const word of words) group.add(word);
    groups.set(key, group);
  };
  visitComposed(box, (node) => {
    if (node instanceof Text) visit(node);
  });
  // Back as it was: between steps the box keeps a scale that fits.
  if (before === '') box.style.removeProperty('--fit');
  else box.style.setProperty('--fit', before);
  return new Map([...groups].map(([key, words]) => [key, [...words]]));
}

/**
 * Lays out `words` with `shaping` in a probe that takes no room and is gone before the task ends:
 * nothing that looks at the page later (a fit key, an overflow check, a screen reader) finds it.
 */
function shape(box: HTMLElement, shaping: string, words: string): void {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText =
    'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;visibility:hidden;' +
    `contain:strict;white-space:nowrap;${shaping}`;
  probe.textContent = words;
  box.append(probe);
  void probe.offsetWidth;
  probe.remove();
}
