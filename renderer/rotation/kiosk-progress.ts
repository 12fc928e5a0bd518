/**
 * <kiosk-progress>: one thin segment per slide; the current one fills up over the slide's duration.
 * The fill is a Web Animation of transform: scaleX (compositor only, no layout, no inline style
 * attribute for the CSP to refuse). With reduced motion the current segment is simply lit.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { prefersReducedMotion } from './reduced-motion';

@customElement('kiosk-progress')
export class KioskProgress extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      gap: 0.6vmin;
      height: 0.6vmin;
    }
    span {
      flex: 1;
      overflow: hidden;
      border-radius: 0.3vmin;
      background: var(--kiosk-surface);
    }
    span.done {
      background: var(--kiosk-muted);
    }
    i {
      display: block;
      height: 100%;
      background: var(--kiosk-accent);
      transform-origin: left center;
    }
  `;

  /** Number of slides in the rotation. */
  @property({ type: Number }) accessor count = 0;
  /** Index of the slide on screen. */
  @property({ type: Number }) accessor index = 0;
  /** Duration of the slide on screen, ms. */
  @property({ type: Number }) accessor durationMs = 0;
  /** When the slide on screen came up (epoch ms); a new value starts the fill again. */
  @property({ type: Number }) accessor startedAt = 0;
  /** The clock reading of this frame (epoch ms), to continue a fill after a re-plan. */
  @property({ type: Number }) accessor now = 0;

  @query('i') accessor _fill: HTMLElement | null = null;
  #animation: Animation | null = null;

  override render() {
    return Array.from({ length: this.count }, (_, i) =>
      i === this.index
        ? html`<span><i></i></span>`
        : html`<span class=${i < this.index ? 'done' : ''}></span>`,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!(changed.has('startedAt') || changed.has('index') || changed.has('count'))) return;
    this.#animation?.cancel();
    this.#animation = null;
    const fill = this._fill;
    if (!fill || prefersReducedMotion() || this.durationMs <= 0) return;
    this.#animation = fill.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], {
      duration: this.durationMs,
      delay: -Math.max(this.now - this.startedAt, 0),
      fill: 'both',
      // One step a second: a linear fill redraws the screen 60 times a second, all day. Stepped,
      // the compositor and GPU process use about half the CPU between slides (bench/smoothness).
      easing: `steps(${Math.max(1, Math.round(this.durationMs / 1000))})`,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#animation?.cancel();
    this.#animation = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-progress': KioskProgress;
  }
}
