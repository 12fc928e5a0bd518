/**
 * <kiosk-progress>: one thin segment per slide; the slides already shown are muted, the one on
 * screen is lit. It changes once per slide and never animates: a fill that grows over the slide's
 * duration keeps the compositor drawing frames all day (bench/rest: 8% of a core with a stepped
 * Web Animation, against well under 1% for a page at rest), which on a Pi is heat for nothing.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

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
      border-radius: 0.3vmin;
      background: var(--kiosk-surface);
    }
    .done {
      background: var(--kiosk-muted);
    }
    .current {
      background: var(--kiosk-accent);
    }
  `;

  /** Number of slides in the rotation. */
  @property({ type: Number }) accessor count = 0;
  /** Index of the slide on screen. */
  @property({ type: Number }) accessor index = 0;

  override render() {
    return Array.from(
      { length: this.count },
      (_, i) => html`<span class=${i < this.index ? 'done' : i === this.index ? 'current' : ''}></span>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-progress': KioskProgress;
  }
}
