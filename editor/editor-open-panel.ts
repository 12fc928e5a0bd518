/**
 * <editor-open-panel>: the first screen. Where the browser can write into a folder: one big button to
 * open the stick's `buurtkiosk` folder. Elsewhere: choose the folder (or content.json) to read, and
 * saving works through downloads.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formStyles } from './form-styles';
import { composedEvent } from '../renderer/composed-event';

/** Staff chose how to open; the app does the rest. */
export class OpenRequestEvent extends composedEvent('open-request') {
  constructor(
    readonly how: 'pick-directory' | 'files' | 'new',
    readonly files: FileList | null = null,
  ) {
    super();
  }
}

@customElement('editor-open-panel')
export class EditorOpenPanel extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        max-width: 48rem;
        margin: 2rem auto;
        padding: 0 1rem;
      }
      ol {
        padding-left: 1.5rem;
        line-height: 1.6;
      }
      .big {
        font-size: 1.3rem;
        padding: 0.9rem 1.6rem;
      }
      .file {
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
        margin: 1rem 0;
      }
      .error {
        border: 2px solid var(--ed-error);
        background: var(--ed-error-bg);
        padding: 0.75rem 1rem;
        border-radius: 0.5rem;
      }
    `,
  ];

  /** True where the browser can open a folder and write into it (Chromium, Edge). */
  @property({ type: Boolean }) accessor canPickDirectory = false;
  /** Busy opening, or a Dutch error from the last attempt. */
  @property() accessor status = '';
  @property({ attribute: false }) accessor errors: readonly string[] = [];

  #files(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (input.files && input.files.length > 0) this.dispatchEvent(new OpenRequestEvent('files', input.files));
    input.value = '';
  }

  override render() {
    return html`
      <h2>Het scherm van het buurtpunt aanpassen</h2>
      <ol>
        <li>Steek de USB-stick in deze computer.</li>
        <li>Open de map <strong>buurtkiosk</strong> op de stick.</li>
        <li>Pas de openingsuren, activiteiten of mededelingen aan.</li>
        <li>Klik op <strong>Opslaan</strong> en steek de stick daarna in het scherm.</li>
      </ol>
      ${
        this.errors.length
          ? html`<div class="error" role="alert">
              <p><strong>Dit lukte niet:</strong></p>
              <ul>
                ${this.errors.map((e) => html`<li>${e}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.status ? html`<p role="status">${this.status}</p>` : nothing}
      ${
        this.canPickDirectory
          ? html`<p>
              <button
                type="button"
                class="primary big"
                @click=${() => this.dispatchEvent(new OpenRequestEvent('pick-directory'))}
              >
                Open de map buurtkiosk op de stick
              </button>
            </p>`
          : html`<p>
                Deze browser kan niet rechtstreeks op de stick opslaan. Je kunt wel alles aanpassen: bij
                <strong>Opslaan</strong> krijg je de bestanden als download, met uitleg waar ze op de stick
                moeten. (In Google Chrome of Microsoft Edge gaat het rechtstreeks.)
              </p>
              <div class="file">
                <label for="dir">Kies de map buurtkiosk op de stick</label>
                <input id="dir" type="file" webkitdirectory @change=${this.#files} />
              </div>
              <div class="file">
                <label for="json">Of kies alleen het bestand content.json</label>
                <input id="json" type="file" accept=".json,application/json" @change=${this.#files} />
              </div>`
      }
      <p>
        <button type="button" @click=${() => this.dispatchEvent(new OpenRequestEvent('new'))}>
          Nieuwe inhoud beginnen (lege stick)
        </button>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-open-panel': EditorOpenPanel;
  }
  interface HTMLElementEventMap {
    [OpenRequestEvent.eventName]: OpenRequestEvent;
  }
}
