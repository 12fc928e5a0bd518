/** Styles every rotation slide shares: the frame, the slide title and its page number. */
import { css } from 'lit';

export const slideFrame = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 2.4vmin;
    padding: 3vmin 4vmin;
    box-sizing: border-box;
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
`;
