/** <kiosk-qr-code>: a scannable QR code, dark on light with its quiet zone, drawn as inline SVG. */
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { stepsInBackground } from '../services/background-task';
import { isAhead } from '../slides/ahead';
import { knownQrShape, qrShape, qrShapeSteps, type QrShape } from './qr-shape';

@customElement('kiosk-qr-code')
export class KioskQrCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
      aspect-ratio: 1;
      background: #ffffff;
      border-radius: 1vmin;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
  `;

  /** What the code encodes, e.g. a https link. */
  @property() accessor text = '';
  /** Spoken name of the image, e.g. "QR-code naar de Facebookpagina van Buurt Bijloke". */
  @property() accessor label = '';

  #shape: QrShape | null = null;
  #cancelEncoding: (() => void) | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('text')) return;
    this.#cancelEncoding?.();
    this.#cancelEncoding = null;
    const text = this.text;
    this.#shape = text ? (knownQrShape(text) ?? null) : null;
    if (!text || this.#shape) return;
    if (!isAhead(this)) {
      this.#shape = qrShape(text);
      return;
    }
    // On a slide prepared ahead of its turn, encoding (tens of ms on a Pi) is spread over tasks of its
    // own, a step each; the square keeps its size meanwhile (aspect-ratio), so the slide's layout
    // does not wait for it.
    this.#cancelEncoding = stepsInBackground(qrShapeSteps(text), (shape) => {
      this.#cancelEncoding = null;
      this.#shape = shape;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelEncoding?.();
    this.#cancelEncoding = null;
  }

  override render() {
    const shape = this.#shape;
    if (!shape) return nothing;
    return html`<svg
      viewBox="0 0 ${shape.size} ${shape.size}"
      role="img"
      aria-label=${this.label}
      shape-rendering="crispEdges"
    >
      ${svg`<rect width=${shape.size} height=${shape.size} fill="#ffffff"></rect>
        <path d=${shape.path} fill="#000000"></path>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-qr-code': KioskQrCode;
  }
}
