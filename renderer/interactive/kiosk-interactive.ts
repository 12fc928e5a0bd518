/**
 * <kiosk-interactive>: the touch screen a visitor uses. Lands on Contact (the rotation's hint promises
 * contact details, so the phone numbers are one tap away); a menu with big targets leads to the
 * opening hours, the activities and what the buurtopbouwwerk is. Swipe or arrow keys turn the pages,
 * Escape goes back, and after the idle timeout (with a countdown) it asks the app for the rotation.
 * The app keeps it built while the rotation shows, closed: invisible, inert and deaf to touches,
 * keys and the idle timer, back on Contact, so a tap only has to open it.
 */
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { KioskPayload } from '../../core/api';
import type { ContactCard } from '../../core/contacts/contact-cards';
import type { ActivityEntry } from '../../core/interactive/activity-entries';
import { detailIdentity } from '../../core/interactive/detail-identity';
import {
  clampPosition,
  stepPosition,
  type InteractivePage,
  type InteractiveSection,
  type Position,
} from '../../core/interactive/sections';
import '../slides/kiosk-about-slide';
import '../slides/kiosk-services-slide';
import { inBackground } from '../services/background-task';
import { controlStyles } from '../slides/slide-styles';
import { LeaveInteractiveEvent, type LeaveReason, type OpenDetailEvent } from './events';
import { canScroll, deepActiveElement, moveFocus } from './focus-walk';
import { IdleTimer } from './idle-timer';
import './kiosk-activities-page';
import './kiosk-contacts-page';
import './kiosk-hours-page';
import './kiosk-idle-countdown';
import { sectionsFor } from './section-plan';
import { SwipeController } from './swipe';

const CLOSE_ICON = svg`<path d="M6 6l12 12M18 6L6 18"/>`;

@customElement('kiosk-interactive')
export class KioskInteractive extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        position: relative;
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto;
        min-height: 0;
        overflow: hidden;
        /* Vertical pans stay the browser's; horizontal moves come to us as swipes. */
        touch-action: pan-y;
      }
      /* Closed: laid out under the rotation (so opening repaints only), but not seen, hit or read. */
      :host(:not([open])) {
        visibility: hidden;
      }
      nav {
        display: flex;
        gap: 1.2vmin;
        padding: 1.5vmin 3vmin 0;
      }
      .tab,
      .close {
        min-height: max(48px, 6.5vmin);
        padding: 0.5vmin 2vmin;
        border-radius: 1.5vmin;
        font-size: var(--fs-body);
        font-weight: 700;
        line-height: 1.1;
      }
      .tab {
        flex: 1 1 auto;
        border: 0.3vmin solid transparent;
        background: var(--kiosk-surface);
      }
      .tab[aria-current='page'] {
        background: var(--kiosk-accent);
        color: var(--kiosk-bg);
      }
      .close {
        flex: none;
        display: inline-flex;
        align-items: center;
        gap: 0.8vmin;
        border: 0.3vmin solid var(--kiosk-muted);
        background: transparent;
      }
      .close svg {
        width: 1.1em;
        height: 1.1em;
        fill: none;
        stroke: currentColor;
        stroke-width: 3;
        stroke-linecap: round;
      }
      .content {
        display: grid;
        min-height: 0;
        overflow: hidden;
      }
      .content > * {
        min-width: 0;
        min-height: 0;
        /* Under the menu and above the pager, the pages need less margin than a slide. */
        padding-block: var(--space-m);
      }
      /*
       * A page slides in when the visitor turns to it. The page the touch screen opens on is just
       * there: it waited, laid out, under the rotation, where an entry animation would have run
       * unseen (frames for nothing) and been over before the tap.
       */
      .content.forward > * {
        animation: enter 260ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
      }
      .content.back > * {
        animation: enter-back 260ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
      }
      @keyframes enter {
        from {
          opacity: 0;
          transform: translateX(4vmin);
        }
      }
      @keyframes enter-back {
        from {
          opacity: 0;
          transform: translateX(-4vmin);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .content.forward > *,
        .content.back > * {
          animation: none;
        }
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 2vmin;
        padding: 0 3vmin 1.5vmin;
        font-size: var(--fs-small);
      }
      .pager button {
        min-width: max(48px, 18vmin);
      }
      .pager button:disabled {
        visibility: hidden;
      }
      /* Portrait: three tabs on the first row, the long one and "Terug" on the second. */
      @media (orientation: portrait) {
        nav {
          display: grid;
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
        [data-section='about'] {
          grid-column: span 2;
        }
        .close {
          justify-content: center;
        }
      }
    `,
  ];

  /** Everything the kiosk shows; the pages are planned from it. */
  @property({ attribute: false }) accessor payload: KioskPayload | null = null;
  /** The clock reading of this frame (epoch ms), from the app. */
  @property({ type: Number }) accessor now = 0;
  /** Shown and listening; closed it waits, hidden, on its landing page. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @state() accessor _position: Position = { section: 0, page: 0 };
  /** The key of the item whose detail is open (an activity, or a contact's large code). */
  @state() accessor _detail: string | null = null;
  /** What the open detail showed when it opened (core/interactive/detail-identity.ts). */
  #detailIdentity: string | null = null;
  /** Which way the visitor last turned the page since the screen opened (null: not yet). */
  @state() accessor _turn: 'forward' | 'back' | null = null;

  #sections: InteractiveSection[] = [];
  /**
   * Built closed for new content, the page comes a background task after the menu: the two in one
   * went over 50 ms at 4× CPU throttling, in the middle of the rotation. Opening cancels the wait.
   */
  #pageLater: (() => void) | null = null;
  // Not the host's controllers: they run only while the touch screen is open (#listen).
  #idle = new IdleTimer(this, () => this.#leave('idle'));
  #swipe = new SwipeController(this, (direction) => this.#step(direction === 'next' ? 1 : -1));
  #listening = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(this.open);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
    this.#showPageNow();
  }

  #showPageLater(): void {
    this.#pageLater?.();
    this.#pageLater = inBackground(() => {
      this.#pageLater = null;
      this.requestUpdate();
    });
  }

  #showPageNow(): void {
    this.#pageLater?.();
    this.#pageLater = null;
  }

  /** Starts or stops the idle timer, the swipes and the key and activity listeners. */
  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) {
      this.addEventListener('pointerdown', this.#poke, { capture: true });
      this.addEventListener('wheel', this.#poke, { capture: true, passive: true });
      document.addEventListener('keydown', this.#poke, { capture: true });
      document.addEventListener('keydown', this.#key);
      this.#idle.hostConnected();
      this.#swipe.hostConnected();
    } else {
      this.removeEventListener('pointerdown', this.#poke, { capture: true });
      this.removeEventListener('wheel', this.#poke, { capture: true });
      document.removeEventListener('keydown', this.#poke, { capture: true });
      document.removeEventListener('keydown', this.#key);
      this.#idle.hostDisconnected();
      this.#swipe.hostDisconnected();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      this.inert = !this.open;
      this.#listen(this.open && this.isConnected);
      // Every visitor starts on Contact; resetting on closing spares the next opening that work.
      if (!this.open) {
        this._position = { section: 0, page: 0 };
        this._detail = null;
        this._turn = null;
      }
    }
    if (this.open) this.#showPageNow();
    else if (changed.has('payload')) this.#showPageLater();
    const payload = this.payload;
    if (!payload || !(changed.has('payload') || changed.has('now'))) return;
    this.#sections = sectionsFor(payload, this.now);
    this._position = clampPosition(this.#sections, this._position);
    if (this._detail !== null) {
      // New content may put another item under the open detail's key: close it then.
      const item = this.#detailItem(this._detail);
      if (!item || detailIdentity(item) !== this.#detailIdentity) this._detail = null;
    }
    this.#idle.timeoutMs = payload.config.idleTimeoutSeconds * 1000;
  }

  #poke = (): void => this.#idle.poke();

  #key = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight':
        this.#step(1);
        break;
      case 'ArrowLeft':
        this.#step(-1);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        // In a long description the arrows scroll (the browser does that); elsewhere they move focus.
        if (canScroll(deepActiveElement(), event.key === 'ArrowDown' ? 1 : -1)) return;
        moveFocus(this.renderRoot, event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Escape':
        if (this._detail !== null) this._detail = null;
        else this.#leave('escape');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  #step(delta: 1 | -1): void {
    const next = stepPosition(this.#sections, this._position, delta);
    this._detail = null;
    if (next.section === this._position.section && next.page === this._position.page) return;
    this._turn = delta < 0 ? 'back' : 'forward';
    this._position = next;
  }

  #go(section: number): void {
    this._detail = null;
    // The tab of the page on screen turns nothing (and must not replay the page's entry).
    if (section === this._position.section && this._position.page === 0) return;
    this._turn = section < this._position.section ? 'back' : 'forward';
    this._position = { section, page: 0 };
  }

  #leave(reason: LeaveReason): void {
    this.dispatchEvent(new LeaveInteractiveEvent(reason));
  }

  /** The activity or contact card with `key`, wherever it is in the sections. */
  #detailItem(key: string): ContactCard | ActivityEntry | undefined {
    for (const section of this.#sections) {
      for (const page of section.pages) {
        const items = page.kind === 'activities' ? page.entries : page.kind === 'contacts' ? page.cards : [];
        const found = items.find((item) => item.key === key);
        if (found) return found;
      }
    }
    return undefined;
  }

  override render() {
    const section = this.#sections[this._position.section];
    const page = section?.pages[this._position.page];
    if (!section || !page) return nothing;
    const pageKey = `${section.id}-${this._position.page}`;
    return html`
      <nav aria-label="Menu">
        ${this.#sections.map(
          (s, i) =>
            html`<button
              class="tab"
              data-section=${s.id}
              aria-current=${i === this._position.section ? 'page' : 'false'}
              @click=${() => this.#go(i)}
            >
              ${s.label}
            </button>`,
        )}
        <button class="close" data-leave @click=${() => this.#leave('button')}>
          <svg viewBox="0 0 24 24" aria-hidden="true">${CLOSE_ICON}</svg>
          <span>Terug</span>
        </button>
      </nav>
      <div class="content ${this._turn ?? ''}">
        ${this.#pageLater ? nothing : keyed(pageKey, this.#renderPage(page))}
      </div>
      ${this._detail === null ? this.#renderPager(section) : nothing}
      <kiosk-idle-countdown .seconds=${this.#idle.remainingSeconds}></kiosk-idle-countdown>
    `;
  }

  #renderPage(page: InteractivePage) {
    const open = (e: OpenDetailEvent) => {
      const item = this.#detailItem(e.key);
      this.#detailIdentity = item ? detailIdentity(item) : null;
      this._detail = e.key;
    };
    const close = () => (this._detail = null);
    switch (page.kind) {
      // Not a slide on screen while closed (tests and the bench look for the slides shown).
      case 'contacts':
        return html`<kiosk-contacts-page
          data-page="contacts"
          data-slide=${this.open ? 'contacts' : nothing}
          .cards=${page.cards}
          .detail=${page.cards.find((c) => c.key === this._detail) ?? null}
          @kiosk-open-detail=${open}
          @kiosk-close-detail=${close}
        ></kiosk-contacts-page>`;
      case 'hours':
        return html`<kiosk-hours-page data-page="hours" .blocks=${page.blocks}></kiosk-hours-page>`;
      case 'activities':
        return html`<kiosk-activities-page
          data-page="activities"
          .entries=${page.entries}
          .detail=${page.entries.find((e) => e.key === this._detail) ?? null}
          @kiosk-open-detail=${open}
          @kiosk-close-detail=${close}
        ></kiosk-activities-page>`;
      case 'about':
        return html`<kiosk-about-slide data-page="about" .slide=${page.slide}></kiosk-about-slide>`;
      case 'services':
        return html`<kiosk-services-slide data-page="about" .slide=${page.slide}></kiosk-services-slide>`;
    }
  }

  #renderPager(section: InteractiveSection) {
    const count = section.pages.length;
    if (count < 2) return nothing;
    const page = this._position.page;
    return html`<div class="pager">
      <button class="pill" data-pager="previous" ?disabled=${page === 0} @click=${() => this.#step(-1)}>
        ‹ Vorige
      </button>
      <span aria-live="polite">Pagina ${page + 1} van ${count}</span>
      <button class="pill" data-pager="next" ?disabled=${page === count - 1} @click=${() => this.#step(1)}>
        Volgende ›
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-interactive': KioskInteractive;
  }
}
