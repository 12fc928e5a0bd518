/** Styles shared by every form section: large labels and inputs, clear focus, problems in red. */
import { css } from 'lit';

/** Form styles, shared by every section and panel. */
export const formStyles = css`
  :host {
    display: block;
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.6rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.25rem;
    margin: 0;
  }
  .intro {
    margin: 0 0 1.25rem;
    max-width: 60ch;
  }
  .card {
    border: 2px solid var(--ed-line);
    border-radius: 0.75rem;
    padding: 1rem 1.25rem 1.25rem;
    margin: 0 0 1.25rem;
    background: var(--ed-surface);
  }
  .card:focus {
    outline: 3px solid var(--ed-focus);
    outline-offset: 2px;
  }
  .card.past {
    background: var(--ed-past);
    color: var(--ed-muted);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.75rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.95rem;
    font-weight: 700;
    padding: 0.1rem 0.6rem;
    border-radius: 1rem;
    background: var(--ed-line);
    color: var(--ed-fg);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.9rem;
    min-width: 0;
  }
  label,
  legend,
  .label {
    font-weight: 700;
  }
  .optional {
    font-weight: 400;
    color: var(--ed-muted);
  }
  .hint {
    margin: 0;
    color: var(--ed-muted);
    font-size: 0.95rem;
  }
  input,
  textarea,
  select {
    font: inherit;
    font-size: 1.1rem;
    padding: 0.5rem 0.6rem;
    min-height: 2.75rem;
    border: 2px solid var(--ed-input-line);
    border-radius: 0.4rem;
    background: #fff;
    color: var(--ed-fg);
    width: 100%;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  input[type='time'],
  input[type='date'] {
    width: auto;
    min-width: 8rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.4rem;
    height: 1.4rem;
    min-height: 0;
    margin: 0;
    flex: none;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--ed-focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--ed-error);
    background: var(--ed-error-bg);
  }
  .problem {
    margin: 0;
    color: var(--ed-error);
    font-weight: 700;
  }
  .problem::before {
    content: '⚠ ';
  }
  fieldset {
    border: none;
    margin: 0 0 0.9rem;
    padding: 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
    min-height: 2.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
  }
  .row > .field {
    margin-bottom: 0.5rem;
  }
  button {
    font: inherit;
    font-size: 1.05rem;
    min-height: 2.75rem;
    padding: 0.45rem 1rem;
    border-radius: 0.4rem;
    border: 2px solid var(--ed-primary);
    background: #fff;
    color: var(--ed-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--ed-primary);
    color: #fff;
    font-weight: 700;
  }
  button.danger {
    border-color: var(--ed-error);
    color: var(--ed-error);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .empty {
    color: var(--ed-muted);
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
