/**
 * <editor-save-panel>: the Opslaan button and what stands in its way. With problems the button is
 * disabled and says how many; the list names each problem where staff will find it, and clicking one
 * brings its field into view.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Problem } from '../core/content/problem';
import { plainMessage } from '../core/editor/plain-message';
import { capitalize } from '../core/time/dutch-words';
import { unknownFieldProblems } from '../core/editor/unknown-fields';
import { FocusFieldEvent } from './events';
import { formStyles } from './form-styles';
import { composedEvent } from '../renderer/composed-event';

/** Staff pressed Opslaan. */
export class SaveRequestEvent extends composedEvent('save-request') {}

/** Staff asked to drop the fields the kiosk does not know. */
export class RemoveUnknownEvent extends composedEvent('remove-unknown') {}

@customElement('editor-save-panel')
export class EditorSavePanel extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .save {
        font-size: 1.2rem;
        padding: 0.6rem 1.4rem;
      }
      .ok {
        color: var(--ed-ok);
        font-weight: 700;
      }
      .warn {
        font-weight: 700;
        border-left: 4px solid var(--ed-warn);
        padding-left: 0.5rem;
      }
      details {
        margin-top: 0.5rem;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        color: var(--ed-error);
        min-height: 2rem;
      }
      ul {
        margin: 0.5rem 0 0;
        padding-left: 1.2rem;
        max-height: 40vh;
        overflow: auto;
      }
      li {
        margin: 0.25rem 0;
      }
      .link {
        border: none;
        background: none;
        padding: 0.1rem 0;
        min-height: 0;
        text-align: left;
        text-decoration: underline;
        color: var(--ed-fg);
      }
      .where {
        font-weight: 700;
      }
      .warnings {
        border-left: 4px solid var(--ed-warn);
        padding-left: 0.75rem;
        margin-top: 0.5rem;
      }
      .instructions {
        border: 2px solid var(--ed-primary);
        border-radius: 0.5rem;
        padding: 0.5rem 1rem;
        margin-top: 0.5rem;
        background: #fff;
      }
    `,
  ];

  /** The problems to show (named by their place). */
  @property({ attribute: false }) accessor problems: readonly Problem[] = [];
  /** Problems in new items staff have not filled in yet: quiet until they try to save. */
  @property({ type: Number }) accessor waiting = 0;
  @property({ type: Boolean }) accessor dirty = false;
  @property({ type: Boolean }) accessor saving = false;
  @property() accessor saveMode: 'direct' | 'download' = 'direct';
  /** Where Opslaan writes: "Opslaan op de stick" or "Opslaan in de map". */
  @property() accessor target: 'stick' | 'folder' = 'stick';
  /** Last save's outcome, one line. */
  @property() accessor message = '';
  /** The folder is signed: the saved message is a warning (sign again), not an all-clear. */
  @property({ type: Boolean }) accessor signed = false;
  /** After a download save: where each file has to go. */
  @property({ attribute: false }) accessor instructions: readonly string[] = [];
  /**
   * What valid content still needs a look at (the import's "Let op" lines: everything over, an
   * activity on a closed day, an announcement too long for a slide); saving is not held up by them.
   */
  @property({ attribute: false }) accessor warnings: readonly string[] = [];

  override render() {
    const count = this.problems.length;
    const unknown = unknownFieldProblems(this.problems).length;
    const label =
      count > 0
        ? `Opslaan kan nog niet: ${count} ${count === 1 ? 'fout' : 'fouten'}`
        : this.saveMode === 'download'
          ? 'Opslaan (als download)'
          : this.target === 'stick'
            ? 'Opslaan op de stick'
            : 'Opslaan in de map';
    return html`
      <div class="bar">
        <button
          type="button"
          class="primary save"
          data-action="save"
          ?disabled=${count > 0 || this.saving}
          @click=${() => this.dispatchEvent(new SaveRequestEvent())}
        >
          ${this.saving ? 'Bezig met opslaan…' : label}
        </button>
        <span role="status" aria-live="polite">
          ${count === 0 && this.waiting === 0 && this.dirty ? html`<span class="ok">Alles in orde. Vergeet niet op te slaan.</span>` : nothing}
          ${count === 0 && this.waiting > 0 ? html`<span>Vul het nieuwe onderdeel verder in.</span>` : nothing}
          ${this.message && !this.dirty ? html`<span class=${this.signed ? 'warn' : 'ok'}>${this.message}</span>` : nothing}
        </span>
      </div>
      ${
        count > 0
          ? html`<details open>
              <summary>Wat moet er nog verbeterd worden?</summary>
              <ul>
                ${this.problems.map(
                  (p) =>
                    html`<li>
                      <button
                        type="button"
                        class="link"
                        @click=${() => this.dispatchEvent(new FocusFieldEvent(p.path))}
                      >
                        <span class="where">${capitalize(p.place ?? 'het hele bestand')}:</span>
                        ${plainMessage(p.message)}
                      </button>
                    </li>`,
                )}
              </ul>
              ${
                unknown > 0
                  ? html`<p>
                      <button type="button" @click=${() => this.dispatchEvent(new RemoveUnknownEvent())}>
                        Onbekende velden weghalen (${unknown})
                      </button>
                    </p>`
                  : nothing
              }
            </details>`
          : nothing
      }
      ${
        count === 0 && this.warnings.length > 0
          ? html`<div class="warnings" role="status" data-warnings>
              <p><strong>Let op</strong> (opslaan kan wel, maar kijk dit na):</p>
              <ul>
                ${this.warnings.map((line) => html`<li>${line}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        this.instructions.length && !this.dirty
          ? html`<div class="instructions" role="status">
              <p><strong>Bijna klaar: zet de bestanden op de stick.</strong> Ze staan in je map Downloads.</p>
              <ol>
                ${this.instructions.map((line) => html`<li>${line}</li>`)}
              </ol>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-save-panel': EditorSavePanel;
  }
  interface HTMLElementEventMap {
    [SaveRequestEvent.eventName]: SaveRequestEvent;
    [RemoveUnknownEvent.eventName]: RemoveUnknownEvent;
  }
}
