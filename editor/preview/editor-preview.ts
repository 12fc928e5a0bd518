/**
 * <editor-preview>: the kiosk's own slides beside the form, at a chosen screen size and a chosen day and
 * time ("hoe ziet het scherm eruit op dinsdag 9:55?"). The slides run in a sandboxed frame of the real
 * screen size (their vmin units and layouts then behave as on the kiosk), scaled down to fit.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { SlideKind } from '../../core/config/device-config';
import type { Content } from '../../core/content/schema';
import { instantOfBrusselsLocal } from '../../core/editor/brussels-clock';
import { formStyles } from '../form-styles';
import type { FrameMessage, RenderMessage } from './preview-protocol';

/** The screens the kiosk runs on that the preview offers. */
export const SCREEN_SIZES = [
  { id: '1920x1080', label: '1920 × 1080 (liggend)', width: 1920, height: 1080 },
  { id: '1080x1920', label: '1080 × 1920 (staand)', width: 1080, height: 1920 },
  { id: '800x480', label: '800 × 480 (klein scherm)', width: 800, height: 480 },
] as const;

const KIND_LABELS: Readonly<Record<SlideKind, string>> = {
  status: 'Openingsuren',
  activities: 'Activiteiten',
  facebook: 'Facebook',
  services: 'Aanbod',
  about: 'Over ons',
  announcement: 'Mededeling',
};

/** This page's own inline script, read while it runs: the preview frame runs the same code. */
const OWN_SCRIPT = document.currentScript?.textContent ?? '';

/**
 * The preview frame's document: the page's inlined fonts, the kiosk's own app.css (embedded as JSON by
 * scripts/build-editor.mjs) and this same script. Identical texts keep the CSP hashes valid in the frame.
 */
function previewDocument(): string | null {
  const fonts = document.getElementById('fonts')?.textContent;
  const kioskCss = document.getElementById('kiosk-css')?.textContent;
  if (!OWN_SCRIPT || !fonts || !kioskCss) return null;
  return (
    '<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Voorbeeld</title>' +
    `<style>${fonts}</style><style>${JSON.parse(kioskCss) as string}</style></head>` +
    `<body data-role="preview"><preview-stage></preview-stage><script>${OWN_SCRIPT}</script></body></html>`
  );
}

@customElement('editor-preview')
export class EditorPreview extends LitElement {
  static override styles = [
    formStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: flex-end;
      }
      .controls .field {
        flex: 1 1 9rem;
      }
      .viewport {
        position: relative;
        overflow: hidden;
        border: 2px solid var(--ed-line);
        border-radius: 0.5rem;
        background: #000;
      }
      iframe {
        position: absolute;
        top: 0;
        left: 0;
        border: 0;
        transform-origin: 0 0;
      }
      .slides {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.5rem 0;
      }
      .slides button {
        min-height: 2.4rem;
        padding: 0.2rem 0.7rem;
      }
      .slides button[aria-pressed='true'] {
        background: var(--ed-primary);
        color: #fff;
        font-weight: 700;
      }
      .note {
        color: var(--ed-muted);
        margin: 0.25rem 0;
      }
    `,
  ];

  /** The last content without problems (the kiosk never shows invalid content). */
  @property({ attribute: false }) accessor content: Content | null = null;
  /** True when the form has problems and the preview shows an older, valid version. */
  @property({ type: Boolean }) accessor stale = false;
  @property({ attribute: false }) accessor images: ReadonlyMap<string, Blob> = new Map();
  /** The real Brussels time now, "YYYY-MM-DDTHH:MM": the starting point of the date and time pickers. */
  @property() accessor nowLocal = '';

  @state() accessor _size: (typeof SCREEN_SIZES)[number] = SCREEN_SIZES[0];
  @state() accessor _date = '';
  @state() accessor _time = '';
  @state() accessor _location: string | null | undefined = undefined;
  @state() accessor _slideKey: string | null = null;
  @state() accessor _slides: { key: string; kind: SlideKind }[] = [];
  @state() accessor _ready = false;
  @state() accessor _width = 0;

  @query('iframe') accessor _frame: HTMLIFrameElement | null = null;
  @query('.viewport') accessor _viewport: HTMLElement | null = null;

  readonly #doc = previewDocument();
  readonly #resize = new ResizeObserver((entries) => (this._width = entries[0]?.contentRect.width ?? 0));

  readonly #onMessage = (event: MessageEvent<FrameMessage>) => {
    if (!this._frame || event.source !== this._frame.contentWindow) return;
    if (event.data.type === 'ready') this._ready = true;
    else if (event.data.type === 'deck') {
      this._slides = event.data.slides;
      this._slideKey = event.data.shown;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
    this.#resize.disconnect();
  }

  override willUpdate(): void {
    if (this._date === '' && this.nowLocal) {
      this._date = this.nowLocal.slice(0, 10);
      this._time = this.nowLocal.slice(11, 16);
    }
    if (this._location === undefined && this.content) this._location = this.content.locations[0]?.id ?? null;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    this.#fit();
    const inputs = ['content', 'images', '_date', '_time', '_location', '_slideKey', '_ready'];
    if (inputs.some((k) => changed.has(k))) this.#post();
  }

  /**
   * Sizes the frame to the real screen and scales it down to the space beside the form. Set through
   * the CSSOM: a style attribute would break the page's Content-Security-Policy.
   */
  #fit(): void {
    const { width, height } = this._size;
    const scale = this._width > 0 ? Math.min(this._width / width, (window.innerHeight * 0.7) / height) : 0;
    if (this._frame) {
      this._frame.style.width = `${width}px`;
      this._frame.style.height = `${height}px`;
      this._frame.style.transform = `scale(${scale})`;
    }
    if (this._viewport) {
      this._viewport.style.height = `${Math.round(height * scale)}px`;
      this._viewport.style.maxWidth = `${Math.ceil(width * scale)}px`;
    }
  }

  #post(): void {
    const frame = this._frame?.contentWindow;
    const now = instantOfBrusselsLocal(`${this._date}T${this._time}`);
    if (!frame || !this._ready || !this.content || Number.isNaN(now)) return;
    const message: RenderMessage = {
      type: 'render',
      content: this.content,
      location: this._location ?? null,
      now,
      slideKey: this._slideKey,
      images: this.images,
    };
    frame.postMessage(message, '*');
  }

  override render() {
    if (!this.#doc)
      return html`<p class="note">Het voorbeeld is alleen beschikbaar in de gebouwde editor.</p>`;
    const size = this._size;
    return html`
      <h2>Voorbeeld</h2>
      <p class="note">Hoe ziet het scherm eruit op een gekozen dag en uur?</p>
      <div class="controls">
        <div class="field">
          <label for="size">Schermgrootte</label>
          <select
            id="size"
            @change=${(e: Event) => (this._size = SCREEN_SIZES.find((s) => s.id === (e.target as HTMLSelectElement).value) ?? SCREEN_SIZES[0])}
          >
            ${SCREEN_SIZES.map((s) => html`<option value=${s.id} ?selected=${s.id === size.id}>${s.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="date">Dag</label>
          <input
            id="date"
            type="date"
            .value=${this._date}
            @input=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="time">Uur</label>
          <input
            id="time"
            type="time"
            .value=${this._time}
            @input=${(e: Event) => (this._time = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="location">Scherm in</label>
          <select
            id="location"
            @change=${(e: Event) => (this._location = (e.target as HTMLSelectElement).value || null)}
          >
            ${(this.content?.locations ?? []).map((l) => html`<option value=${l.id} ?selected=${this._location === l.id}>${l.name}</option>`)}
            <option value="" ?selected=${this._location === null}>geen vast buurtpunt</option>
          </select>
        </div>
      </div>
      ${this.stale ? html`<p class="note" role="status">Er zijn nog fouten: het voorbeeld toont de laatste versie zonder fouten.</p>` : nothing}
      ${this.content ? nothing : html`<p class="note">Het voorbeeld verschijnt zodra alles in orde is.</p>`}
      <div class="slides" role="group" aria-label="Dia kiezen">
        ${this._slides.map((s, i) => {
          const same = this._slides.filter((x) => x.kind === s.kind);
          const n = same.length > 1 ? ` ${same.indexOf(s) + 1}/${same.length}` : '';
          return html`<button
            type="button"
            data-slide-key=${s.key}
            aria-pressed=${s.key === this._slideKey ? 'true' : 'false'}
            @click=${() => (this._slideKey = s.key)}
          >
            ${i + 1}. ${KIND_LABELS[s.kind]}${n}
          </button>`;
        })}
      </div>
      <div class="viewport">
        <iframe title="Voorbeeld van het scherm" sandbox="allow-scripts" .srcdoc=${this.#doc}></iframe>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editor-preview': EditorPreview;
  }
}
