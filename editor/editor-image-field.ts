/** <editor-image-field>: choose a photo (scaled down in the browser), see it, or remove it. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatPath } from '../core/content/problem';
import type { DraftPath } from '../core/editor/draft-path';
import { DraftEditEvent, ImageChosenEvent } from './events';
import { fieldId, problemLines } from './fields';
import { formStyles } from './form-styles';
import { UnreadableImageError, prepareImage } from './images/prepare-image';

@customElement('editor-image-field')
export class EditorImageField extends LitElement {
  static override styles = [
    formStyles,
    css`
      .image {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
      }
      img {
        width: 8rem;
        height: 8rem;
        object-fit: cover;
        border-radius: 0.5rem;
        border: 2px solid var(--ed-line);
      }
      input[type='file'] {
        border: none;
        padding: 0;
        background: transparent;
      }
    `,
  ];

  @property() accessor label = 'Foto';
  /** Where the image path goes in the draft. */
  @property({ attribute: false }) accessor path: DraftPath = [];
  /** The image path in the draft ("images/koffie.jpg"), if any. */
  @property({ attribute: false }) accessor value: unknown = undefined;
  /** An object URL to show the image, when the editor has its bytes. */
  @property({ attribute: false }) accessor url: string | undefined = undefined;
  @property({ attribute: false }) accessor problems: readonly string[] = [];

  @state() accessor _busy = false;
  @state() accessor _error = '';

  async #choose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this._busy = true;
    this._error = '';
    try {
      const prepared = await prepareImage(file);
      this.dispatchEvent(new ImageChosenEvent(this.path, prepared.blob, file.name, prepared.extension));
    } catch (err) {
      this._error =
        err instanceof UnreadableImageError
          ? 'Dit bestand kan de browser niet als foto lezen. Kies een JPG- of PNG-foto.'
          : 'De foto kon niet verkleind worden. Probeer een andere foto.';
    } finally {
      this._busy = false;
      input.value = '';
    }
  }

  override render() {
    const at = formatPath(this.path);
    const id = fieldId(at);
    const name = typeof this.value === 'string' ? this.value : '';
    const problems = this._error ? [...this.problems, this._error] : this.problems;
    return html`<div class="field">
      <label for=${id}>${this.label} <span class="optional">(mag leeg blijven)</span></label>
      <div class="image">
        ${this.url ? html`<img src=${this.url} alt=${`Gekozen foto ${name}`} />` : nothing}
        <div>
          ${name ? html`<p class="hint">${name}</p>` : html`<p class="hint">Geen foto gekozen.</p>`}
          <input
            id=${id}
            data-path=${at}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/*"
            aria-invalid=${problems.length ? 'true' : 'false'}
            ?disabled=${this._busy}
            @change=${(e: Event) => void this.#choose(e)}
          />
          ${this._busy ? html`<p class="hint" role="status">Foto wordt verkleind…</p>` : nothing}
          ${
            name
              ? html`<p>
                  <button
                    type="button"
                    class="danger"
                    @click=${() => this.dispatchEvent(new DraftEditEvent(this.path, undefined))}
                  >
                    Foto weghalen
                  </button>
                </p>`
              : nothing
          }
        </div>
      </div>
      ${problemLines(id, problems)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-image-field': EditorImageField;
  }
}
