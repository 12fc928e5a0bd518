/**
 * <kiosk-rotation>: shows the current slide, the progress segments and the touch hint. A new slide
 * replaces the old one at once and fades in, so there is never more than one slide (and one
 * data-slide hook) on the page. With reduced motion the change is a plain cut.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';
import { renderSlide } from '../slides/render-slide';
import './kiosk-progress';

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
      animation: enter 240ms steps(3, jump-start) both;
    }
    /* The first slide after start-up is there at once: a status screen shows its news without delay. */
    .slide.cut {
      animation: none;
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
      .slide {
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

  /** Key of the slide on screen, and whether it came without fading in (nothing was shown before). */
  #shownKey: string | null = null;
  #cut = false;

  protected override willUpdate(): void {
    const key = this.slides[this.index]?.key ?? null;
    if (key === this.#shownKey) return;
    this.#cut = this.#shownKey === null;
    this.#shownKey = key;
  }

  override render() {
    const shown = this.slides[this.index];
    const payload = this.payload;
    return html`
      <div class="stage" data-slide-key=${shown?.key ?? ''}>
        ${
          shown && payload
            ? keyed(
                shown.key,
                html`<div class="slide ${this.#cut ? 'cut' : ''}">
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
