/**
 * Styles every slide and touch-screen page shares: the frame, the title and its page number and
 * cards; and the touch screen's buttons. Sizes come from app.css's scale (--fs-*, --space-*);
 * the part a slide grows to fill its room (FitController) multiplies them by --fit.
 */
import { css } from 'lit';

export const slideFrame = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--space-m);
    padding: var(--space-l) calc(1.2 * var(--space-l));
    box-sizing: border-box;
    min-height: 0;
    overflow: hidden;
  }
  h2 {
    margin: 0;
    font-size: var(--fs-title);
    line-height: 1.1;
    overflow-wrap: break-word;
  }
  .page {
    font-size: var(--fs-small);
    font-weight: 400;
    color: var(--kiosk-muted);
    white-space: nowrap;
  }
  p,
  h3,
  h4,
  ul,
  ol {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  /* The part of a slide that grows its type to fill the room left under the title. */
  .fill {
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(0.4 * var(--space-m));
    min-width: 0;
    padding: calc(0.9 * var(--space-m)) var(--space-m);
    border-radius: var(--radius);
    background: var(--kiosk-surface);
    box-sizing: border-box;
  }
`;

/** Buttons of the touch screen: plain text buttons, round outlined ones, and the keyboard focus. */
export const controlStyles = css`
  button {
    font: inherit;
    color: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  /* A round outlined button ("‹ Alle activiteiten", the pager). */
  .pill {
    min-height: max(48px, 6.5vmin);
    padding: 0 var(--space-m);
    border: 0.3vmin solid var(--kiosk-muted);
    border-radius: 999px;
    background: transparent;
    font-size: var(--fs-body);
    font-weight: 700;
  }
  :focus-visible {
    outline: 0.6vmin solid var(--kiosk-accent);
    outline-offset: 0.3vmin;
  }
`;
