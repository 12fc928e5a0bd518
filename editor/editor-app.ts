/**
 * <editor-app>: the staff editor's page. It renders; the folder session (open, edit, repair, save),
 * the photos and the checks are reactive controllers in editor/session/.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { brusselsLocalDateTime } from '../core/editor/brussels-clock';
import { SECTIONS, sectionOf, type SectionId } from '../core/editor/form-sections';
import { ProblemIndex, nearestFieldPath } from '../core/editor/problem-index';
import { contentWarnings } from '../core/import/import-wording';
import type { Draft } from '../core/editor/read-draft';
import { findFieldElement } from './deep-query';
import { OpenRequestEvent } from './editor-open-panel';
import { ContinueToFormsEvent, RepairTextEvent, StraightenQuotesEvent } from './editor-repair';
import './editor-repair';
import { RemoveUnknownEvent, SaveRequestEvent } from './editor-save-panel';
import './editor-save-panel';
import { DraftEditEvent, FocusFieldEvent, ImageChosenEvent } from './events';
import './preview/editor-preview';
import './sections/editor-about';
import './sections/editor-activities';
import './sections/editor-announcements';
import './sections/editor-contacts';
import './sections/editor-general';
import './sections/editor-locations';
import './sections/editor-services';
import { FolderSession } from './session/folder-session';
import { ImagesController } from './session/images-controller';
import { MinuteClock } from './session/minute-clock';
import { ValidationController } from './session/validation-controller';
import { canPickDirectory } from './storage/fs-access-folder';
import { openFolder } from './storage/open-folder';
import { ServerFolder, servedToken } from './storage/server-folder';

@customElement('editor-app')
export class EditorApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.75rem 1.25rem;
      background: var(--ed-primary);
      color: #fff;
    }
    h1 {
      margin: 0;
      font-size: 1.4rem;
    }
    header button {
      font: inherit;
      min-height: 2.5rem;
      padding: 0.3rem 0.9rem;
      border-radius: 0.4rem;
      border: 2px solid #fff;
      background: transparent;
      color: #fff;
      cursor: pointer;
    }
    header button:focus-visible,
    nav button:focus-visible {
      outline: 3px solid var(--ed-focus);
      outline-offset: 2px;
    }
    .savebar {
      position: sticky;
      top: 0;
      z-index: 2;
      background: var(--ed-bg);
      border-bottom: 2px solid var(--ed-line);
      padding: 0.75rem 1.25rem;
    }
    .repair {
      padding: 1rem 1.25rem 3rem;
    }
    .notice {
      margin: 0.75rem 1.25rem 0;
      padding: 0.5rem 1rem;
      border: 2px solid var(--ed-warn);
      border-radius: 0.5rem;
      background: #fff8e1;
    }
    .layout {
      display: grid;
      grid-template-columns: 11rem minmax(0, 1fr) minmax(0, 30rem);
      gap: 1.25rem;
      padding: 1rem 1.25rem 3rem;
      align-items: start;
    }
    nav {
      align-self: stretch;
    }
    nav ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
      position: sticky;
      top: 6rem;
    }
    nav button {
      font: inherit;
      width: 100%;
      text-align: left;
      min-height: 2.75rem;
      padding: 0.4rem 0.8rem;
      border-radius: 0.4rem;
      border: 2px solid var(--ed-line);
      background: var(--ed-surface);
      color: var(--ed-fg);
      cursor: pointer;
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
    }
    nav button[aria-current='page'] {
      border-color: var(--ed-primary);
      background: var(--ed-primary);
      color: #fff;
      font-weight: 700;
    }
    .count {
      background: var(--ed-error);
      color: #fff;
      border-radius: 1rem;
      padding: 0 0.55rem;
      font-weight: 700;
    }
    aside {
      position: sticky;
      top: 6rem;
    }
    @media (max-width: 75rem) {
      .layout {
        grid-template-columns: 11rem minmax(0, 1fr);
      }
      aside {
        grid-column: 1 / -1;
        position: static;
      }
    }
    @media (max-width: 48rem) {
      .layout {
        grid-template-columns: 1fr;
      }
      nav ul {
        position: static;
        flex-direction: row;
        flex-wrap: wrap;
      }
    }
  `;

  @state() accessor _section: SectionId = 'locations';

  readonly #images = new ImagesController(this);
  readonly #validation = new ValidationController(this);
  readonly #session = new FolderSession(this, this.#images, this.#validation);
  readonly #clock = new MinuteClock(this);

  readonly #beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.#session.dirty) e.preventDefault();
  };

  constructor() {
    super();
    // Events from this element's own subtree: listening once, for the element's whole life, is enough.
    const session = this.#session;
    this.addEventListener(DraftEditEvent.eventName, (e) => session.edit(e.path, e.value, e.touched));
    this.addEventListener(ImageChosenEvent.eventName, (e) =>
      session.chooseImage(e.path, e.originalName, e.extension, e.blob),
    );
    this.addEventListener(FocusFieldEvent.eventName, (e) => void this.#focusField(e.path));
    this.addEventListener(
      OpenRequestEvent.eventName,
      (e) => void session.open(() => openFolder(e.how, e.files)),
    );
    this.addEventListener(SaveRequestEvent.eventName, () => void session.save());
    this.addEventListener(RemoveUnknownEvent.eventName, () => session.removeUnknownFields());
    this.addEventListener(RepairTextEvent.eventName, (e) => session.editText(e.text));
    this.addEventListener(StraightenQuotesEvent.eventName, () => session.straightenQuotes());
    this.addEventListener(ContinueToFormsEvent.eventName, () => void session.continueToForms());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
    const token = servedToken();
    if (token && !this.#session.folder) {
      void this.#session.open(async () => {
        const folder = new ServerFolder(token);
        await folder.connect();
        return folder;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
  }

  /** Shows the tab of `path` and focuses its field (or the nearest card around it). */
  async #focusField(path: string): Promise<void> {
    this._section = sectionOf(path);
    await this.updateComplete;
    const section = this.renderRoot.querySelector('main > *') as LitElement | null;
    await section?.updateComplete;
    const root = this.renderRoot;
    const target = nearestFieldPath(path, (p) => findFieldElement(root, p) !== null);
    const el = target === null ? null : findFieldElement(root, target);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus();
  }

  #closeFolder(): void {
    if (
      this.#session.dirty &&
      !confirm('Je wijzigingen zijn nog niet opgeslagen. Toch een andere map openen?')
    )
      return;
    this.#session.close();
  }

  override render() {
    const session = this.#session;
    return html`
      <header>
        <h1>Buurtkiosk — beheer van het scherm</h1>
        ${
          session.folder
            ? html`<span>Geopend: <strong>${session.folder.label}</strong></span>
                <button type="button" @click=${() => this.#closeFolder()}>Andere map openen</button>`
            : nothing
        }
      </header>
      ${this.#renderBody()}
    `;
  }

  #renderBody() {
    const session = this.#session;
    if (session.folder && session.repair) {
      return html`${this.#renderNotices()}
        <div class="repair">
          <editor-repair
            .text=${session.repair.text}
            .problems=${session.repair.problems}
            .quotesToFix=${session.repair.quotesToFix}
            ?readable=${session.repair.readable}
          ></editor-repair>
        </div>`;
    }
    if (session.folder && session.draft) return this.#renderEditor(session.draft);
    return html`<editor-open-panel
      ?canPickDirectory=${canPickDirectory()}
      .status=${session.status}
      .errors=${session.openErrors}
    ></editor-open-panel>`;
  }

  /** The import's "Let op" lines for the draft, once it is valid: what the screen would show oddly. */
  #warnings(): string[] {
    const valid = this.#validation.problems.length === 0 ? this.#validation.lastValid : null;
    // No config.json here: which buurtpunt a screen belongs to is known on the kiosk only.
    return valid ? contentWarnings(valid, this.#clock.now, null) : [];
  }

  #renderNotices() {
    return this.#session.notices.map((n) => html`<p class="notice" role="status">${n}</p>`);
  }

  #renderEditor(draft: Draft) {
    const session = this.#session;
    const shown = this.#validation.shown;
    const index = new ProblemIndex(shown);
    const nowLocal = brusselsLocalDateTime(this.#clock.now);
    return html`
      <div class="savebar">
        <editor-save-panel
          .problems=${shown}
          .waiting=${this.#validation.problems.length - shown.length}
          ?dirty=${session.dirty}
          ?saving=${session.saving}
          .saveMode=${session.folder?.saveMode ?? 'direct'}
          .target=${session.folder?.target ?? 'stick'}
          ?signed=${session.signed}
          .message=${session.message}
          .instructions=${session.instructions}
          .warnings=${this.#warnings()}
        ></editor-save-panel>
      </div>
      ${this.#renderNotices()}
      <div class="layout">
        <nav aria-label="Onderdelen">
          <ul>
            ${SECTIONS.map((s) => {
              const count = shown.filter((p) => sectionOf(p.path) === s.id).length;
              return html`<li>
                <button
                  type="button"
                  data-section=${s.id}
                  aria-current=${this._section === s.id ? 'page' : 'false'}
                  @click=${() => (this._section = s.id)}
                >
                  <span>${s.label}</span>
                  ${count ? html`<span class="count" aria-label=${`${count} fouten`}>${count}</span>` : nothing}
                </button>
              </li>`;
            })}
          </ul>
        </nav>
        <main>${this.#renderSection(draft, index, nowLocal)}</main>
        <aside>
          <editor-preview
            .content=${this.#validation.lastValid}
            .stale=${this.#validation.problems.length > 0}
            .images=${this.#images.images}
            .nowLocal=${nowLocal}
          ></editor-preview>
        </aside>
      </div>
    `;
  }

  #renderSection(draft: Draft, problems: ProblemIndex, nowLocal: string) {
    switch (this._section) {
      case 'locations':
        return html`<editor-locations
          .draft=${draft}
          .problems=${problems}
          .savedIds=${this.#session.savedIds}
        ></editor-locations>`;
      case 'activities':
        return html`<editor-activities
          .draft=${draft}
          .problems=${problems}
          .nowLocal=${nowLocal}
          .imageUrl=${this.#images.url}
        ></editor-activities>`;
      case 'announcements':
        return html`<editor-announcements
          .draft=${draft}
          .problems=${problems}
          .nowLocal=${nowLocal}
          .imageUrl=${this.#images.url}
        ></editor-announcements>`;
      case 'contacts':
        return html`<editor-contacts .draft=${draft} .problems=${problems}></editor-contacts>`;
      case 'services':
        return html`<editor-services .draft=${draft} .problems=${problems}></editor-services>`;
      case 'about':
        return html`<editor-about .draft=${draft} .problems=${problems}></editor-about>`;
      case 'general':
        return html`<editor-general .draft=${draft} .problems=${problems}></editor-general>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-app': EditorApp;
  }
}
