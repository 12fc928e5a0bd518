/**
 * Readies the touch screen while the rotation runs, so a tap only has to reveal it: each QR code it
 * and the Facebook slide show is encoded in idle periods, a part at a time (its plan, then one of
 * the eight masks: one vCard at once is tens of ms on a Pi, all of them at once a long task), its
 * pages are planned in a period of their own (section-plan.ts), then `ready` names the payload the
 * app may build the hidden touch screen for. A new payload starts over; `want(null)` (night) stops
 * and forgets.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';

/** Time for parts within one idle period (ms): with a part of a few ms at 4×, the task stays short. */
const SLICE_MS = 15;

/** An idle period being used. */
interface IdleSlice {
  /** Whether another part fits in it. */
  hasRoom(): boolean;
}

export class TouchWarmup implements ReactiveController {
  /** The payload whose QR codes are all encoded; null until then, and at night. */
  ready: KioskPayload | null = null;

  #wanted: KioskPayload | null = null;
  /** Bumped by every new wish: a run that sees another number has been overtaken and stops. */
  #run = 0;
  #idle: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The rotation's slides of the moment (the Facebook slide's codes). */
    private readonly slides: () => readonly Slide[],
    /** The clock reading the hidden touch screen will be planned for (epoch ms). */
    private readonly now: () => number,
  ) {
    host.addController(this);
  }

  /** Prepares for `payload` unless it already is; null stops any preparing and drops `ready`. */
  want(payload: KioskPayload | null): void {
    if (payload === this.#wanted) return;
    this.#wanted = payload;
    this.#stop();
    if (payload === null) {
      if (this.ready === null) return;
      this.ready = null;
      this.host.requestUpdate();
      return;
    }
    void this.#prepare(payload, this.#run);
  }

  hostConnected(): void {
    // A reconnected app prepares again at its next update.
    this.#wanted = null;
  }

  hostDisconnected(): void {
    this.#stop();
  }

  async #prepare(payload: KioskPayload, run: number): Promise<void> {
    await customElements.whenDefined('kiosk-interactive');
    const { qrTexts, prepareQrs, sectionsFor } = await import('./touch-prepare');
    if (run !== this.#run) return;
    const parts = prepareQrs(qrTexts(payload, this.slides()));
    let slice = await this.#nextIdle();
    for (;;) {
      if (run !== this.#run) return;
      if (parts.next().done) break;
      if (!slice.hasRoom()) slice = await this.#nextIdle();
    }
    // Its pages are planned in a slice of their own, and the touch screen is built in another (the
    // host's update follows at once): the two in one went over 50 ms on a Pi-class CPU.
    await this.#nextIdle();
    if (run !== this.#run) return;
    sectionsFor(payload, this.now());
    await this.#nextIdle();
    if (run !== this.#run) return;
    this.ready = payload;
    this.host.requestUpdate();
  }

  /**
   * Resolves in the browser's next idle period, with whether it has room for one more part; never,
   * if stopped before. An idle period runs at most one callback that was asked for during it, so a
   * part per period took seconds (40-odd parts, up to 50 ms apart); a few per period, in at most
   * SLICE_MS, is as quick without making the task long.
   */
  #nextIdle(): Promise<IdleSlice> {
    return new Promise((resolve) => {
      this.#idle = requestIdleCallback((deadline?: IdleDeadline) => {
        const start = performance.now();
        resolve({
          hasRoom: () => (deadline?.timeRemaining() ?? 0) > 0 && performance.now() - start < SLICE_MS,
        });
      });
    });
  }

  #stop(): void {
    this.#run++;
    if (this.#idle !== undefined) cancelIdleCallback(this.#idle);
    this.#idle = undefined;
  }
}
