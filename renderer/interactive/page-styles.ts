/** Styles the touch-screen pages share: the frame, headings, and the visible keyboard focus. */
import { css } from 'lit';

export const pageFrame = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 2vmin;
    padding: 2vmin 3vmin;
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
  button {
    font: inherit;
    color: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  :focus-visible {
    outline: 0.6vmin solid var(--kiosk-accent);
    outline-offset: 0.3vmin;
  }
`;
