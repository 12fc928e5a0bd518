/**
 * <kiosk-staff-page>: the staff-only status page. Shows the content on screen (version, source,
 * import time) and the last imports with their problems, read again every two seconds while open.
 * Closes by its button, Escape, or after two minutes untouched, so the screen always returns to the
 * rotation. A chunk of its own, loaded only when staff first open it: <kiosk-staff-view>
 * (kiosk-staff-view.ts) owns the opening gestures.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ImportLogEntry, StaffStatus } from '../core/api';
import { formatDateTimeNl } from '../core/time/dutch-dates';
import { WakeUp, readClock } from './services/clock';
import { signingRows } from './staff-signing-rows';
import { fetchStaffStatus } from './services/staff-status';
import { networkRows } from './staff-network-rows';

/** Untouched this long, the view closes by itself. */
export const STAFF_VIEW_IDLE_MS = 120_000;
/**
 * While open, the status is read again this often. The payload's revision is not enough: a stick's
 * line in the import log is written after the new content and notice moved it, and a refused stick
 * on another process, or a network check, moves it not at all. Polling only while open costs a
 * resting screen nothing.
 */
export const STAFF_VIEW_REFRESH_MS = 2_000;
const SHOWN_IMPORTS = 10;

const RESULT_WORDS: Record<ImportLogEntry['result'], string> = {
  imported: 'gelukt',
  unchanged: 'niets veranderd (al op het scherm)',
  refused: 'niet gebruikt',
  removed: 'stick te vroeg uitgetrokken',
  failed: 'mislukt',
};

@customElement('kiosk-staff-page')
export class KioskStaffPage extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 100;
      pointer-events: none;
    }
    section {
      pointer-events: auto;
      position: absolute;
      inset: 2vmin;
      overflow: auto;
      padding: 3vmin 4vmin;
      border-radius: 2vmin;
      background: #ffffff;
      color: #111111;
      font-size: var(--fs-small, 2.6vmin);
      box-shadow: 0 1vmin 4vmin rgb(0 0 0 / 50%);
      user-select: text;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 2vmin;
    }
    h2 {
      margin: 0;
      font-size: var(--fs-title, 4.8vmin);
    }
    h3 {
      margin: 3vmin 0 1vmin;
      font-size: var(--fs-body, 3.2vmin);
    }
    button {
      font: inherit;
      font-size: var(--fs-body, 3.2vmin);
      min-height: 8vmin;
      padding: 0 4vmin;
      border: 0;
      border-radius: 1.5vmin;
      background: #0b2340;
      color: #ffffff;
      cursor: pointer;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.8vmin 3vmin;
      margin: 2vmin 0 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    ol {
      margin: 0;
      padding-left: 1.4em;
    }
    li {
      margin-bottom: 1.2vmin;
    }
    li ul {
      margin: 0.5vmin 0 0;
      padding-left: 1.2em;
      overflow-wrap: anywhere;
    }
    .bad {
      color: #9b1c1c;
    }
    .good {
      color: #1f6b35;
    }
    .note {
      margin-top: 3vmin;
      color: #444444;
    }
  `;

  /** The payload's revision: while open, a new one (e.g. after an import) refreshes the view. */
  @property({ attribute: false }) accessor revision = 0;

  @state() accessor _open = false;
  @state() accessor _status: StaffStatus | null = null;
  @state() accessor _error: string | null = null;

  #abort: AbortController | null = null;
  #idle = new WakeUp(() => this.close());
  #refresh = new WakeUp(() => void this.#load());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#idle.cancel();
    this.#refresh.cancel();
    this.#abort?.abort();
  }

  /** Opens (or refreshes) the view. */
  open(): void {
    this._open = true;
    this.#poke();
    void this.#load();
  }

  close(): void {
    this._open = false;
    this.#idle.cancel();
    this.#refresh.cancel();
    this.#abort?.abort();
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('revision') && changed.get('revision') !== undefined && this._open) void this.#load();
    if (changed.has('_open') && this._open) this.renderRoot.querySelector('button')?.focus();
  }

  #poke(): void {
    const now = readClock();
    this.#idle.at(now + STAFF_VIEW_IDLE_MS, now);
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      this._status = await fetchStaffStatus(abort.signal);
      this._error = null;
    } catch (err) {
      if (!abort.signal.aborted) this._error = err instanceof Error ? err.message : String(err);
    }
    // After a failure too: the view recovers by itself when the kiosk answers again.
    if (this._open && !abort.signal.aborted) this.#refresh.at(readClock() + STAFF_VIEW_REFRESH_MS);
  }

  #keydown(event: KeyboardEvent): void {
    this.#poke();
    if (event.key === 'Escape') this.close();
  }

  override render() {
    if (!this._open) return nothing;
    const s = this._status;
    return html`
      <section
        data-staff-view
        role="dialog"
        aria-modal="true"
        aria-labelledby="staff-title"
        @pointerdown=${(e: Event) => {
          e.stopPropagation(); // staff tapping here is not a visitor starting the touch mode
          this.#poke();
        }}
        @keydown=${(e: KeyboardEvent) => this.#keydown(e)}
      >
        <header>
          <h2 id="staff-title">Beheer: inhoud van dit scherm</h2>
          <button type="button" @click=${() => this.close()}>Sluiten</button>
        </header>
        ${this._error ? html`<p class="bad">Status niet beschikbaar: ${this._error}</p>` : nothing}
        ${s ? this.#renderStatus(s) : html`<p>Even geduld…</p>`}
        <p class="note">Dit scherm sluit vanzelf na 2 minuten zonder aanraking.</p>
      </section>
    `;
  }

  #renderStatus(s: StaffStatus) {
    const now = readClock();
    return html`
      <dl>
        <dt>Inhoud op het scherm</dt>
        <dd>versie <span data-staff-version>${s.version}</span></dd>
        <dt>Bron</dt>
        <dd>${s.source}</dd>
        <dt>Ingelezen</dt>
        <dd>
          ${s.importedAt ? formatDateTimeNl(s.importedAt, now) : 'niet ingelezen (meegeleverde of vaste inhoud)'}
        </dd>
        ${signingRows(s.signing, readClock())}
        <dt>USB-mappen</dt>
        <dd>${s.usbRoots.length > 0 ? s.usbRoots.join(', ') : 'USB-import staat uit'}</dd>
        ${
          s.quarantinedSticks.length > 0
            ? html`<dt>Sticks die niet antwoorden</dt>
                <dd class="bad" data-staff-quarantined>
                  ${s.quarantinedSticks.join(', ')} (genegeerd tot ze uitgetrokken worden)
                </dd>`
            : nothing
        }
        ${networkRows(s.network)}
      </dl>
      ${
        s.configProblems.length > 0
          ? html`<h3>Instellingen van dit scherm (config.json)</h3>
              <ul class="bad" data-staff-config-problems>
                ${s.configProblems.map((p) => html`<li>${p}</li>`)}
              </ul>`
          : nothing
      }
      <h3>Laatste pogingen</h3>
      ${
        s.imports.length === 0
          ? html`<p>Nog geen USB-stick of map ingelezen.</p>`
          : html`<ol>
              ${s.imports.slice(0, SHOWN_IMPORTS).map((entry) => this.#renderEntry(entry, now))}
            </ol>`
      }
    `;
  }

  #renderEntry(entry: ImportLogEntry, now: number) {
    const good = entry.result === 'imported' || entry.result === 'unchanged';
    return html`<li data-import-result=${entry.result}>
      <strong class=${good ? 'good' : 'bad'}>${RESULT_WORDS[entry.result]}</strong> ·
      ${formatDateTimeNl(entry.at, now)} · ${entry.source} — ${entry.summary}
      ${
        entry.problems.length > 0
          ? html`<ul>
              ${entry.problems.map((p) => html`<li>${p}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-staff-page': KioskStaffPage;
  }
}
