/**
 * Ends a text after the lines its page has room for, with "…": an element with `data-lines="n"`
 * shows its first n lines. Core plans the number (a text too long for any page); one rule per
 * count, as the page's policy allows no style attributes. Shared by the about, Facebook and
 * services slides.
 */
import { css, unsafeCSS } from 'lit';

/** The most lines a text is ever ended at: a page of one text on the tallest screen holds fewer. */
const MOST_LINES = 60;

export const lineClamp = css`
  /* Never shrunk further in a flex column: clipping its overflow, it would give up its lines unseen. */
  [data-lines] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    flex-shrink: 0;
  }
  ${unsafeCSS(
    Array.from(
      { length: MOST_LINES },
      (_, i) => `[data-lines='${i + 1}'] { -webkit-line-clamp: ${i + 1}; }`,
    ).join('\n'),
  )}
`;
