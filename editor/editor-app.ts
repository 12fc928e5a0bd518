/**
 * <editor-app>: the staff editor. Owns the draft, its validation (the kiosk's own schema), the photos
 * and the folder; the form sections get everything as properties and send edits up as events.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Problem } from '../core/content/problem';
import { parseJsonSafely } from '../core/content/safe-json';
import type { Content } from '../core/content/schema';
import { validateContent } from '../core/content/validate';
import { sortNewestFirst } from '../core/editor/activity-order';
import { brusselsLocalDateTime } from '../core/editor/brussels-clock';
import { setAtPath } from '../core/editor/draft-path';
import { safeImageName } from '../core/editor/image-name';
import { newDraft } from '../core/editor/new-content';
import { SECTIONS, sectionOf, type SectionId } from '../core/editor/form-sections';
import { ProblemIndex, nearestFieldPath } from '../core/editor/problem-index';
import { readDraft, type Draft } from '../core/editor/read-draft';
import { contentFileText, imageReferences, missingImageProblems } from '../core/editor/saved-content';
import { removeUnknownFields } from '../core/editor/unknown-fields';
import { findFieldElement } from './deep-query';
import { OpenRequestEvent } from './editor-open-panel';
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
import type { ContentFolder } from './storage/content-folder';
import { openFolder } from './storage/open-folder';
import { SaveRefusedError, ServerFolder, servedToken } from './storage/server-folder';
import { canPickDirectory } from './storage/fs-access-folder';

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

  @state() accessor _folder: ContentFolder | null = null;
  @state() accessor _draft: Draft | null = null;
  @state() accessor _problems: Problem[] = [];
  @state() accessor _lastValid: Content | null = null;
  @state() accessor _section: SectionId = 'locations';
  @state() accessor _dirty = false;
  @state() accessor _saving = false;
  @state() accessor _message = '';
  @state() accessor _instructions: string[] = [];
  @state() accessor _notices: string[] = [];
  @state() accessor _openStatus = '';
  @state() accessor _openErrors: string[] = [];
  /** Every image the editor has bytes for (from the folder or newly chosen), by path. */
  @state() accessor _images: ReadonlyMap<string, Blob> = new Map();
  @state() accessor _now = Date.now();

  /** Image paths in the folder plus the ones chosen since; null when the folder cannot be listed. */
  #available: Set<string> | null = null;
  /** Photos chosen since the last save, by path. */
  #pending = new Map<string, Blob>();
  #urls = new Map<string, string>();
  #savedIds: ReadonlySet<string> = new Set();
  #clock: ReturnType<typeof setInterval> | undefined;

  readonly #beforeUnload = (e: BeforeUnloadEvent) => {
    if (this._dirty) e.preventDefault();
  };

  constructor() {
    super();
    // Events from this element's own subtree: listening once, for the element's whole life, is enough.
    this.addEventListener(DraftEditEvent.eventName, (e) => this.#edit(e.path, e.value));
    this.addEventListener(ImageChosenEvent.eventName, (e) => this.#imageChosen(e));
    this.addEventListener(FocusFieldEvent.eventName, (e) => void this.#focusField(e.path));
    this.addEventListener(
      OpenRequestEvent.eventName,
      (e) => void this.#load(() => openFolder(e.how, e.files)),
    );
    this.addEventListener(SaveRequestEvent.eventName, () => void this.#save());
    this.addEventListener(RemoveUnknownEvent.eventName, () =>
      this.#setDraft(removeUnknownFields(this._draft!, this._problems)),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
    this.#clock = setInterval(() => (this._now = Date.now()), 60_000);
    const token = servedToken();
    if (token && !this._folder) {
      void this.#load(async () => {
        const folder = new ServerFolder(token);
        await folder.connect();
        return folder;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
    clearInterval(this.#clock);
    this.#forgetImages();
  }

  /** Drops the photos of a previous folder, so its thumbnails never show for another one. */
  #forgetImages(): void {
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
    this._images = new Map();
  }

  /** Opens a folder: reads content.json into a draft and the images it names. */
  async #load(getFolder: () => Promise<ContentFolder | null>): Promise<void> {
    this._openErrors = [];
    this._openStatus = 'Bezig met openen…';
    try {
      const folder = await getFolder();
      if (!folder) return;
      const text = await folder.readContent();
      const notices: string[] = [];
      let value: unknown;
      if (text === null) {
        value = newDraft(this.#today());
        notices.push(
          'Deze map heeft nog geen content.json. Vul de gegevens in en sla op: zo maakt de editor het bestand.',
        );
      } else {
        const parsed = parseJsonSafely(text);
        if (!parsed.ok) {
          this._openErrors = parsed.problems.map((p) => `content.json kan niet gelezen worden: ${p.message}`);
          return;
        }
        value = parsed.value;
        notices.push(...parsed.problems.map((p) => `${p.path}: ${p.message}`));
      }
      const { draft, resets } = readDraft(value);
      notices.push(...resets.map((r) => `Let op: ${r}.`));
      const listed = await folder.listImages();
      this.#available = listed ? new Set(listed) : null;
      this.#pending.clear();
      this.#forgetImages();
      this._folder = folder;
      this._notices = notices;
      this._message = '';
      this._instructions = [];
      this.#savedIds = idsOf(draft);
      this.#setDraft({ ...draft, activities: sortNewestFirst(draft.activities ?? []) }, false);
      await this.#loadImages(folder, draft);
    } catch (err) {
      this._openErrors = [
        `De map kon niet geopend worden (${err instanceof Error ? err.message : String(err)}).`,
      ];
    } finally {
      this._openStatus = '';
    }
  }

  async #loadImages(folder: ContentFolder, draft: Draft): Promise<void> {
    const images = new Map(this._images);
    for (const { image } of imageReferences(draft)) {
      if (images.has(image)) continue;
      const blob = await folder.readImage(image);
      if (blob) images.set(image, blob);
    }
    this._images = images;
  }

  #today(): string {
    return brusselsLocalDateTime(Date.now()).slice(0, 10);
  }

  #setDraft(draft: Draft, dirty = true): void {
    this._draft = draft;
    if (dirty) this._dirty = true;
    const result = validateContent(draft);
    const missing = this.#available ? missingImageProblems(draft, this.#available) : [];
    this._problems = [...(result.ok ? [] : result.problems), ...missing];
    if (result.ok) this._lastValid = result.content;
  }

  #edit(path: readonly (string | number)[], value: unknown): void {
    if (!this._draft) return;
    this._message = '';
    this.#setDraft(setAtPath(this._draft, path, value));
  }

  #imageChosen(e: ImageChosenEvent): void {
    const taken = new Set(
      [...(this.#available ?? []), ...this._images.keys()].map((p) => p.split('/').at(-1) ?? p),
    );
    const path = `images/${safeImageName(e.originalName, e.extension, taken)}`;
    this.#pending.set(path, e.blob);
    this.#available?.add(path);
    this._images = new Map(this._images).set(path, e.blob);
    this.#edit(e.path, path);
  }

  #imageUrl = (path: string): string | undefined => {
    const blob = this._images.get(path);
    if (!blob) return undefined;
    let url = this.#urls.get(path);
    if (!url) {
      url = URL.createObjectURL(blob);
      this.#urls.set(path, url);
    }
    return url;
  };

  async #save(): Promise<void> {
    const folder = this._folder;
    const draft = this._draft;
    if (!folder || !draft || this._problems.length > 0) return;
    const result = validateContent(draft);
    if (!result.ok) return;
    const today = this.#today();
    const referenced = new Set(imageReferences(draft).map((r) => r.image));
    const newImages = new Map([...this.#pending].filter(([path]) => referenced.has(path)));
    this._saving = true;
    try {
      await folder.save(contentFileText(result.content, today), newImages);
      const time = brusselsLocalDateTime(Date.now()).slice(11);
      this.#pending.clear();
      this.#savedIds = idsOf(draft);
      this._dirty = false;
      this.#setDraft(
        { ...draft, updated: today, activities: sortNewestFirst(draft.activities ?? []) },
        false,
      );
      if (folder.saveMode === 'download') {
        this._message = `Gedownload om ${time}.`;
        this._instructions = [
          'Open op de stick de map buurtkiosk.',
          'Sla het bestand op als content.json in de map buurtkiosk op de stick (vervang het oude bestand). Heet het in Downloads "content (1).json"? Noem het dan content.json.',
          ...[...newImages.keys()].map(
            (p) => `Zet de foto ${p.split('/').at(-1)} in de map images in de map buurtkiosk op de stick.`,
          ),
          'Werp de stick veilig uit en steek hem in het scherm.',
        ];
      } else {
        this._message = `Opgeslagen om ${time}. Werp de stick veilig uit en steek hem in het scherm.`;
        this._instructions = [];
      }
    } catch (err) {
      this._message = '';
      if (err instanceof SaveRefusedError && err.problems.length) this._problems = err.problems;
      this._notices = [
        `Opslaan is mislukt: ${err instanceof Error ? err.message : String(err)}. Er is niets veranderd.`,
      ];
    } finally {
      this._saving = false;
    }
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

  override render() {
    const folder = this._folder;
    const draft = this._draft;
    return html`
      <header>
        <h1>Buurtkiosk — beheer van het scherm</h1>
        ${
          folder
            ? html`<span>Geopend: <strong>${folder.label}</strong></span>
                <button type="button" @click=${() => this.#closeFolder()}>Andere map openen</button>`
            : nothing
        }
      </header>
      ${folder && draft ? this.#renderEditor(draft) : this.#renderOpen()}
    `;
  }

  #closeFolder(): void {
    if (this._dirty && !confirm('Je wijzigingen zijn nog niet opgeslagen. Toch een andere map openen?'))
      return;
    this._folder = null;
    this._draft = null;
    this._dirty = false;
  }

  #renderOpen() {
    return html`<editor-open-panel
      ?canPickDirectory=${canPickDirectory()}
      .status=${this._openStatus}
      .errors=${this._openErrors}
    ></editor-open-panel>`;
  }

  #renderEditor(draft: Draft) {
    const index = new ProblemIndex(this._problems);
    const nowLocal = brusselsLocalDateTime(this._now);
    return html`
      <div class="savebar">
        <editor-save-panel
          .problems=${this._problems}
          .draft=${draft}
          ?dirty=${this._dirty}
          ?saving=${this._saving}
          .saveMode=${this._folder?.saveMode ?? 'direct'}
          .message=${this._message}
          .instructions=${this._instructions}
        ></editor-save-panel>
      </div>
      ${this._notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
      <div class="layout">
        <nav aria-label="Onderdelen">
          <ul>
            ${SECTIONS.map((s) => {
              const count = this._problems.filter((p) => sectionOf(p.path) === s.id).length;
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
            .content=${this._lastValid}
            .stale=${this._problems.length > 0}
            .images=${this._images}
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
          .savedIds=${this.#savedIds}
        ></editor-locations>`;
      case 'activities':
        return html`<editor-activities
          .draft=${draft}
          .problems=${problems}
          .nowLocal=${nowLocal}
          .imageUrl=${this.#imageUrl}
        ></editor-activities>`;
      case 'announcements':
        return html`<editor-announcements
          .draft=${draft}
          .problems=${problems}
          .nowLocal=${nowLocal}
          .imageUrl=${this.#imageUrl}
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

function idsOf(draft: Draft): Set<string> {
  return new Set(
    (draft.locations ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string'),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-app': EditorApp;
  }
}
