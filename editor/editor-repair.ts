/**
 * <editor-repair>: content.json that is not readable JSON, shown as its text with the line numbers,
 * the problem line marked and the message right after it. Staff fix it in place (Word's curly
 * quotes in one click) and go on to the forms once it reads. Nothing is written until Opslaan.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { whereOf, type Problem } from '../core/content/problem';
import { capitalize } from '../core/time/dutch-words';
import { formStyles } from './form-styles';
import { composedEvent } from '../renderer/composed-event';

/** Staff changed the text. */
export class RepairTextEvent extends composedEvent('repair-text') {
  constructor(readonly text: string) {
    super();
  }
}

/** Staff asked to straighten the curly quotes. */
export class StraightenQuotesEvent extends composedEvent('straighten-quotes') {}

/** The text is readable and staff want the forms. */
export class ContinueToFormsEvent extends composedEvent('continue-to-forms') {}

/** How wide a line looks in the monospace text box (tabs are two wide there). */
function visualWidth(line: string): number {
  return line.replace(/\t/g, '  ').length;
}

@customElement('editor-repair')
export class EditorRepair extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        --lh: 1.5rem;
        --pad: 0.5rem;
      }
      .box {
        border: 2px solid var(--ed-error);
        background: var(--ed-error-bg);
        border-radius: 0.5rem;
        padding: 0.75rem 1rem;
        margin: 0 0 1rem;
      }
      .box.ok {
        border-color: var(--ed-ok);
        background: #e8f5e9;
      }
      .box p {
        margin: 0 0 0.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .code {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        max-height: 65vh;
        overflow: auto;
        border: 2px solid var(--ed-line);
        border-radius: 0.5rem;
        background: #fff;
      }
      .gutter,
      textarea {
        font:
          1rem/var(--lh) ui-monospace,
          'DejaVu Sans Mono',
          Consolas,
          monospace;
        padding: var(--pad);
        margin: 0;
        tab-size: 2;
      }
      .gutter {
        text-align: right;
        color: var(--ed-muted);
        background: var(--ed-bg);
        border-right: 2px solid var(--ed-line);
        user-select: none;
      }
      .gutter .marked {
        color: var(--ed-error);
        font-weight: 700;
      }
      .area {
        position: relative;
      }
      textarea {
        display: block;
        position: relative;
        min-width: 100%;
        border: none;
        resize: none;
        overflow: hidden;
        white-space: pre;
        background: transparent;
        color: var(--ed-fg);
      }
      textarea:focus-visible {
        outline: 3px solid var(--ed-focus);
        outline-offset: -3px;
      }
      .mark,
      .beside {
        position: absolute;
        top: calc(var(--pad) + var(--mark-line, 0) * var(--lh));
        pointer-events: none;
      }
      .mark {
        left: 0;
        right: 0;
        height: var(--lh);
        background: var(--ed-error-bg);
        border-top: 1px solid var(--ed-error);
        border-bottom: 1px solid var(--ed-error);
      }
      .beside {
        left: calc(var(--pad) + (var(--mark-width, 0) + 3) * 1ch);
        font: 700 0.95rem/var(--lh) inherit;
        color: #fff;
        background: var(--ed-error);
        border-radius: 0.3rem;
        padding: 0 0.5rem;
        white-space: nowrap;
      }
    `,
  ];

  /** The file's text as staff are editing it. */
  @property() accessor text = '';
  /** What is wrong with the text now (with lines). */
  @property({ attribute: false }) accessor problems: readonly Problem[] = [];
  /** Curly quotes the one-click fix would straighten. */
  @property({ type: Number }) accessor quotesToFix = 0;
  /** The text reads: the forms can take over. */
  @property({ type: Boolean }) accessor readable = false;

  @query('textarea') accessor _textarea: HTMLTextAreaElement | null = null;
  @query('.code') accessor _code: HTMLElement | null = null;

  /** The problem whose line is marked: the first one that has a line. */
  get #marked(): Problem | undefined {
    return this.problems.find((p) => p.line !== undefined);
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('problems') && !changed.has('text')) return;
    // Positions go through the CSSOM: the page's CSP allows no style attributes.
    const marked = this.#marked;
    const line = marked?.line ?? 1;
    this.style.setProperty('--mark-line', String(line - 1));
    this.style.setProperty(
      '--mark-width',
      String(visualWidth(this.text.split(/\r\n|\r|\n/)[line - 1] ?? '')),
    );
  }

  /** Puts the cursor at the problem and scrolls its line into view. */
  #goTo(problem: Problem): void {
    const textarea = this._textarea;
    const code = this._code;
    if (!textarea || !code || problem.line === undefined) return;
    const lines = this.text.split('\n');
    const before = lines.slice(0, problem.line - 1).reduce((n, l) => n + l.length + 1, 0);
    const offset = before + Math.max((problem.column ?? 1) - 1, 0);
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 24;
    code.scrollTop = Math.max((problem.line - 1) * lineHeight - code.clientHeight / 3, 0);
  }

  override render() {
    const lines = this.text.split(/\r\n|\r|\n/);
    const marked = this.#marked;
    const widest = lines.reduce((w, l) => Math.max(w, visualWidth(l)), 0);
    return html`
      <h2>content.json is niet leesbaar</h2>
      <p class="intro">
        Er zit een fout in de tekst van het bestand, daarom kan de editor de formulieren nog niet tonen.
        Verbeter de tekst hieronder. Het bestand zelf verandert pas als je daarna opslaat.
      </p>
      ${this.readable ? this.#renderReadable() : this.#renderProblems()}
      <div class="code">
        <pre class="gutter" aria-hidden="true">
${lines.map((_, i) =>
            i + 1 === marked?.line ? html`<span class="marked">▶ ${i + 1}</span> ` : `${i + 1}\n`,
          )}</pre>
        <div class="area">
          ${marked && !this.readable ? html`<div class="mark" aria-hidden="true"></div>` : nothing}
          <label for="text" class="visually-hidden">Tekst van content.json</label>
          <textarea
            id="text"
            wrap="off"
            spellcheck="false"
            autocomplete="off"
            rows=${lines.length + 1}
            cols=${widest + 40}
            aria-describedby=${this.readable ? nothing : 'problems'}
            .value=${live(this.text)}
            @input=${(e: Event) => this.dispatchEvent(new RepairTextEvent((e.target as HTMLTextAreaElement).value))}
          ></textarea>
          ${
            marked && !this.readable
              ? html`<div class="beside" aria-hidden="true">← ${marked.message}</div>`
              : nothing
          }
        </div>
      </div>
    `;
  }

  #renderProblems() {
    return html`<div class="box" id="problems" role="alert">
      ${this.problems.map((p) => html`<p><strong>${capitalize(whereOf(p))}:</strong> ${p.message}</p>`)}
      <div class="actions">
        ${
          this.#marked
            ? html`<button type="button" @click=${() => this.#marked && this.#goTo(this.#marked)}>
                Ga naar regel ${this.#marked.line}
              </button>`
            : nothing
        }
        ${
          this.quotesToFix > 0
            ? html`<button
                type="button"
                class="primary"
                data-action="straighten-quotes"
                @click=${() => this.dispatchEvent(new StraightenQuotesEvent())}
              >
                Gekrulde aanhalingstekens vervangen door rechte (${this.quotesToFix})
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderReadable() {
    return html`<div class="box ok" role="status">
      <p><strong>De tekst is nu leesbaar.</strong> Ga verder in de formulieren en sla daar op.</p>
      <button
        type="button"
        class="primary"
        data-action="continue"
        @click=${() => this.dispatchEvent(new ContinueToFormsEvent())}
      >
        Verder naar de formulieren
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-repair': EditorRepair;
  }
  interface HTMLElementEventMap {
    [RepairTextEvent.eventName]: RepairTextEvent;
    [StraightenQuotesEvent.eventName]: StraightenQuotesEvent;
    [ContinueToFormsEvent.eventName]: ContinueToFormsEvent;
  }
}
