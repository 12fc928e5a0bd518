/**
 * <kiosk-rotation>: shows the current slide, with a short fade-and-slide between slides (opacity and
 * transform only), the progress segments and the touch hint. The old slide leaves before the new one
 * enters, so there is never more than one slide (and one data-slide hook) on the page. With reduced
 * motion the change is a plain cut.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import { renderSlide } from '../slides/render-slide';
import './kiosk-progress';
import { prefersReducedMotion } from './reduced-motion';

/** How long the old slide takes to leave (ms); the new one then enters in ENTER_MS (CSS). */
const LEAVE_MS = 280;

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
    .slide {
      position: absolute;
      inset: 0;
      display: grid;
      animation: enter 420ms cubic-bezier(0.2, 0.7, 0.2, 1) both;
    }
    /* The first slide after start-up is there at once: a status screen shows its news without delay. */
    .slide.cut {
      animation: none;
    }
    .slide > * {
      min-width: 0;
      min-height: 0;
    }
    .slide.leaving {
      opacity: 0;
      transform: translateX(-3vmin);
      transition:
        opacity ${LEAVE_MS}ms ease-in,
        transform ${LEAVE_MS}ms ease-in;
    }
    @keyframes enter {
      from {
        opacity: 0;
        transform: translateX(4vmin);
      }
      to {
        opacity: 1;
        transform: none;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .slide,
      .slide.leaving {
        animation: none;
        transition: none;
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

  /** The slide rendered now: lags `slides[index]` while the previous one is leaving. */
  @state() accessor _shown: Slide | null = null;
  @state() accessor _leaving = false;
  #leaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Key of the slide that appeared without a transition (nothing was shown before it). */
  #cutKey: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('slides') && !changed.has('index')) return;
    const target = this.slides[this.index] ?? null;
    if (this._leaving) return; // the timer picks up the latest target
    if (this._shown === null || target === null || target.key === this._shown.key || prefersReducedMotion()) {
      if (this._shown === null) this.#cutKey = target?.key ?? null;
      this._shown = target;
      return;
    }
    this._leaving = true;
    this.#leaveTimer = setTimeout(() => {
      this.#leaveTimer = undefined;
      this._leaving = false;
      // Only now: dropping the class from the leaving slide would start its enter animation.
      this.#cutKey = null;
      this._shown = this.slides[this.index] ?? null;
    }, LEAVE_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#leaveTimer !== undefined) clearTimeout(this.#leaveTimer);
    this.#leaveTimer = undefined;
    this._leaving = false;
  }

  override render() {
    const shown = this._shown;
    const payload = this.payload;
    return html`
      <div class="stage" data-slide-key=${shown?.key ?? ''}>
        ${
          shown && payload
            ? keyed(
                shown.key,
                html`<div
                  class="slide ${this._leaving ? 'leaving' : ''} ${shown.key === this.#cutKey ? 'cut' : ''}"
                  ?inert=${this._leaving}
                >
                  ${renderSlide(shown, { now: this.now, payload })}
                </div>`,
              )
            : nothing
        }
      </div>
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
