/**
 * <kiosk-staff-view>: the way in to the staff-only status page, opened with Ctrl+Alt+Shift+S or by
 * holding the top-left corner for three seconds (see StaffGesture). Visitors never see that page, so
 * only this small element comes with the screen's start (renderer/later.ts): the page itself
 * (kiosk-staff-page.ts) is a chunk of its own, imported from the kiosk's own server when staff first
 * open it. Keeps the tag the app renders and the staff overlays are known by (interactive/wake-input.ts).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { StaffGesture } from './services/staff-gesture';

/** The page's chunk, once asked for: true when loaded, false when that failed (asked again next time). */
let staffPage: Promise<boolean> | null = null;

/** Loads the staff page's chunk; only a broken installation fails, and the screen goes on without it. */
function loadStaffPage(): Promise<boolean> {
  staffPage ??= import('./kiosk-staff-page').then(
    () => true,
    (error: unknown) => {
      staffPage = null;
      console.error('buurtkiosk: de beheerpagina kon niet laden', error);
      return false;
    },
  );
  return staffPage;
}

@customElement('kiosk-staff-view')
export class KioskStaffView extends LitElement {
  // No box of its own: the page inside is the fixed overlay.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The payload's revision, handed to the page: while open, a new one refreshes it. */
  @property({ attribute: false }) accessor revision = 0;

  /** Whether the page's element is defined (the app may draw this element anew, e.g. at night). */
  @state() accessor _loaded = customElements.get('kiosk-staff-page') !== undefined;

  constructor() {
    super();
    new StaffGesture(this, () => void this.open());
  }

  /** Opens (or refreshes) the staff page, loading it the first time. */
  async open(): Promise<void> {
    if (!this._loaded) {
      if (!(await loadStaffPage())) return;
      this._loaded = true;
      await this.updateComplete;
    }
    this.renderRoot.querySelector('kiosk-staff-page')?.open();
  }

  override render() {
    return this._loaded ? html`<kiosk-staff-page .revision=${this.revision}></kiosk-staff-page>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-staff-view': KioskStaffView;
  }
}
