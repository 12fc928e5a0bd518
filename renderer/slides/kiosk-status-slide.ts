/**
 * <kiosk-status-slide>: one page of the buurtpunten's opening status (core/deck/status-slides.ts:
 * at most two a page, as many as fit, the screen's own first and largest on the first). Side by side
 * in landscape, stacked in portrait. Each block is a whole <kiosk-location-status>, showing what the
 * plan says fits; the wording comes from core. core/deck/status-room.ts plans with these widths and
 * gaps: change the two together.
 */
import { LitElement, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { statusBlocks, type StatusBlock } from '../../core/deck/status-slides';
import type { StatusSlide } from '../../core/deck/types';
import { isClockPlausible } from '../../core/hours/clock-plausibility';
import { locationStatus } from './kiosk-location-status';

@customElement('kiosk-status-slide')
export class KioskStatusSlide extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-content: stretch;
      gap: var(--space-m);
      padding: var(--space-m);
      box-sizing: border-box;
      overflow: hidden;
    }
    kiosk-location-status {
      flex: 2 1 30ch;
    }
    kiosk-location-status[variant='own'] {
      flex: 3 1 34ch;
    }
    /* Portrait: the blocks stacked, full width, the own one taking the larger share of the height. */
    @media (orientation: portrait) {
      :host {
        flex-direction: column;
        flex-wrap: nowrap;
      }
      kiosk-location-status,
      kiosk-location-status[variant='own'] {
        flex: 1 1 auto;
      }
      kiosk-location-status[variant='own'] {
        flex-grow: 1.4;
      }
    }
  `;

  /** The planned page: its locations, the screen's own first. */
  @property({ attribute: false }) accessor slide: StatusSlide | null = null;
  /** Epoch ms of this frame, read once by the shell. */
  @property({ attribute: false }) accessor now = 0;
  /** Build day (YYYY-MM-DD): a clock before it is wrong. */
  @property() accessor buildDate = '';
  /** The content's `updated` day: a clock before it is wrong too. */
  @property() accessor contentUpdated = '';

  override render() {
    if (!this.slide) return nothing;
    const plausible = isClockPlausible(this.now, {
      contentUpdated: this.contentUpdated,
      buildDate: this.buildDate,
    });
    return statusBlocks(this.slide, this.now, plausible).map((block) =>
      locationStatus(block, variantOf(block)),
    );
  }
}

function variantOf(block: StatusBlock): 'own' | 'other' {
  return block.large ? 'own' : 'other';
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-status-slide': KioskStatusSlide;
  }
}
