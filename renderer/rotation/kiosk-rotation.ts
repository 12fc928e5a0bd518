/**
 * <kiosk-rotation>: shows the current slide, the progress segments and the touch hint. A new slide
 * replaces the old one at once and fades in, so there is never more than one slide shown (and one
 * data-slide hook) on the page. With reduced motion the change is a plain cut.
 *
 * The next slide is laid out ahead of its turn, hidden, in a second lane (LaneKeeper): its first
 * layout and fit search (FitController, one layout per background task) happen while nobody waits,
 * and the change itself is a paint. On a Pi-class CPU (bench: 4× throttled) a slide laid out at its
 * change stalled the screen for 100–400 ms.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import { inBackground } from '../services/background-task';
import { renderSlide } from '../slides/render-slide';
import './kiosk-progress';
import { LaneKeeper, type Lane } from './lanes';

/** The next slide is prepared this long after a change: the fade-in (240 ms) has its frames first. */
const PREPARE_AFTER_MS = 400;

@customElement('kiosk-rotation')
export class KioskRotation extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: minmax(0, 1fr) auto;
      min-height: 0;
      overflow: hidden;
    }
    .stage {
      position: relative;
      min-height: 0;
      overflow: hidden;
    }
    /*
     * The new slide fades in over 240 ms in three steps (a third, two thirds, whole). Every frame of
     * a full-screen fade costs the compositor a whole-screen draw (about 12 ms in software, on a Pi
     * without GPU compositing more), and a smooth fade draws one per vsync: a 700 ms fade-and-slide
     * took 5% of a core while rotating, this one under 3% (bench/rest).
     */
    .slide {
      position: absolute;
      inset: 0;
      display: grid;
    }
    .slide.shown {
      z-index: 1;
      animation: enter 240ms steps(3, jump-start) both;
    }
    /* The first slide after start-up is there at once: a status screen shows its news without delay. */
    .slide.shown.cut {
      animation: none;
    }
    /* The next slide: built first without a box (script only), then laid out but not painted. */
    .slide.ahead {
      display: none;
    }
    .slide.ahead.laid {
      display: grid;
      visibility: hidden;
    }
    .slide > * {
      min-width: 0;
      min-height: 0;
    }
    @keyframes enter {
      from {
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .slide.shown {
        animation: none;
      }
    }
    footer {
      display: flex;
      flex-direction: column;
      gap: 0.8vmin;
      padding: 0 3vmin 1vmin;
    }
    .hint {
      margin: 0;
      text-align: right;
      font-size: var(--fs-small);
      color: var(--kiosk-muted);
    }
  `;

  /** The planned slides and the one on screen. */
  @property({ attribute: false }) accessor slides: Slide[] = [];
  @property({ type: Number }) accessor index = 0;
  /** The clock reading of this frame (epoch ms). */
  @property({ type: Number }) accessor now = 0;
  @property({ attribute: false }) accessor payload: KioskPayload | null = null;

  /** The two lanes: the slide on screen, and the next one while it is prepared. */
  #lanes = new LaneKeeper();
  /** Whether the slide on screen came without fading in (nothing was shown before). */
  #cut = false;
  #cancelPreparation: (() => void) | null = null;

  protected override willUpdate(): void {
    const before = this.#lanes.shownKey;
    this.#lanes.show(this.slides[this.index] ?? null, this.#next());
    if (this.#lanes.shownKey !== before) this.#cut = before === null;
  }

  protected override updated(): void {
    // Once the slide on screen has its frames, the next one is built, then laid out, a task each.
    if (this.#lanes.wanted && !this.#cancelPreparation) {
      this.#cancelPreparation = inBackground(() => {
        this.#cancelPreparation = null;
        this.#lanes.prepare();
        this.requestUpdate();
      }, PREPARE_AFTER_MS);
    } else if (this.#lanes.unlaid && !this.#cancelPreparation) {
      this.#cancelPreparation = inBackground(() => {
        this.#cancelPreparation = null;
        this.#lanes.layOut();
        this.requestUpdate();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelPreparation?.();
    this.#cancelPreparation = null;
  }

  /** The slide after the one on screen, if worth preparing (see LaneKeeper.show). */
  #next(): Slide | null {
    if (this.slides.length < 2) return null;
    return this.slides[(this.index + 1) % this.slides.length] ?? null;
  }

  override render() {
    const shown = this.slides[this.index];
    const payload = this.payload;
    const lane = (l: Lane | null) => {
      if (!l || !payload) return nothing;
      const slide = this.slides.find((s) => s.key === l.key);
      if (!slide) return nothing;
      const ahead = l.role === 'ahead';
      const classes = ahead ? `ahead ${l.laid ? 'laid' : ''}` : `shown ${this.#cut ? 'cut' : ''}`;
      return keyed(
        l.key,
        html`<div
          class="slide ${classes}"
          ?data-ahead=${ahead}
          ?inert=${ahead}
          aria-hidden=${ahead ? 'true' : nothing}
        >
          ${renderSlide(slide, { now: this.now, payload, ahead })}
        </div>`,
      );
    };
    const [first, second] = this.#lanes.lanes;
    return html`
      <div class="stage" data-slide-key=${shown?.key ?? ''}>${lane(first)}${lane(second)}</div>
      <footer>
        <p class="hint">Tik op het scherm voor contactgegevens</p>
        <kiosk-progress aria-hidden="true" .count=${this.slides.length} .index=${this.index}></kiosk-progress>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-rotation': KioskRotation;
  }
}
