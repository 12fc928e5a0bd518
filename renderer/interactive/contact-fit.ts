/**
 * Keeps every contact card whole. The phone number and the e-mail address are what a visitor came
 * for, so a card whose words do not fit (a long name, role or address, or a number too wide beside
 * the QR code) gives up, one step at a time, what is needed least: its QR code (a tap on the card
 * still shows it large), the tap hint, lines of the role and of the name, the e-mail's type size,
 * the role, and last the room around the words, until number and address are inside it. A QR code
 * in a card that would get fewer than 4 px a module goes too: a phone camera would not read it off
 * the screen. The detail view of one contact takes the steps of the words and keeps its code.
 *
 * Each step given up is a token in the box's `data-fit` attribute, which the page styles. Measuring
 * costs one layout when everything fits, as it does for the sample; one more per step otherwise.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskQrCode } from '../qr/kiosk-qr-code';
import { knownQrShape, qrShape } from '../qr/qr-shape';

/** What a box may give up, in this order: a card all of it, the detail view only the words. */
const STEPS = ['no-code', 'no-tap', 'role-1', 'name-1', 'small-email', 'no-role', 'tight'] as const;
type FitStep = (typeof STEPS)[number];
const DETAIL_STEPS: ReadonlySet<FitStep> = new Set(['role-1', 'name-1', 'small-email', 'no-role']);

/** The least a module of a code in a card may measure on screen (the detail view is larger). */
const MIN_MODULE_PX = 4;

/** Boxes to fit: `[data-fit-box="card"]` and `[data-fit-box="detail"]` in the host's render root. */
export class ContactFit implements ReactiveController {
  #observer: ResizeObserver | null = null;
  /** Whether the page has been laid out since it was connected (the observer reported its size). */
  #laidOut = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#laidOut = false;
    // Cards take their size from the page, never from their words: fitting them resizes nothing.
    this.#observer = new ResizeObserver(() => {
      this.#laidOut = true;
      this.#fit();
    });
    this.#observer.observe(this.host);
    // A face loaded later (latin-ext letters in a name) measures differently.
    document.fonts?.addEventListener('loadingdone', this.#fit);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fit);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  hostUpdated(): void {
    // A new page is fitted by the observer's first report, which comes after the frame's own layout
    // and before its paint. Measuring here would force that layout in this task: building the hidden
    // touch screen's first page, a long task on a Pi-class CPU.
    if (this.#laidOut) this.#fit();
  }

  #fit = (): void => {
    const boxes = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-fit-box]')];
    for (const box of boxes) box.removeAttribute('data-fit');
    // Not laid out (yet): the observer calls again once the page has a size.
    if (this.host.clientWidth === 0) return;
    let pending = boxes.filter((box) => !fits(box));
    for (const step of STEPS) {
      if (pending.length === 0) return;
      for (const box of pending) {
        if (box.dataset.fitBox === 'card' || DETAIL_STEPS.has(step)) addStep(box, step);
      }
      pending = pending.filter((box) => !fits(box));
    }
  };
}

function addStep(box: HTMLElement, step: FitStep): void {
  const given = box.getAttribute('data-fit');
  box.setAttribute('data-fit', given ? `${given} ${step}` : step);
}

/**
 * Everything inside the box (and inside its `[data-fit-room]`, whose overflow would otherwise hide in
 * the box's padding), the phone number on one line, and a card's code readable.
 */
function fits(box: HTMLElement): boolean {
  for (const room of [box, ...box.querySelectorAll<HTMLElement>('[data-fit-room]')]) {
    if (room.scrollHeight > room.clientHeight + 1 || room.scrollWidth > room.clientWidth + 1) return false;
  }
  const phone = box.querySelector<HTMLElement>('[data-phone]');
  if (phone && phone.scrollWidth > phone.clientWidth + 1) return false;
  if (box.dataset.fitBox !== 'card') return true;
  const code = box.querySelector<KioskQrCode>('kiosk-qr-code');
  if (!code || code.offsetWidth === 0 || !code.text) return true;
  const shape = knownQrShape(code.text) ?? qrShape(code.text);
  return code.offsetWidth / shape.size >= MIN_MODULE_PX;
}
