/**
 * Readies the touch screen while the rotation runs, so a tap only has to reveal it: each QR code it
 * and the Facebook slide show is encoded in an idle slice of its own (one vCard is tens of ms on a
 * Pi, all of them at once a long task), then `ready` names the payload the app may build the hidden
 * touch screen for. A new payload starts over; `want(null)` (night) stops and forgets.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../core/api';
import type { Slide } from '../../core/deck/types';

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
    const { qrTexts, prepareQr } = await import('./touch-prepare');
    if (run !== this.#run) return;
    for (const text of qrTexts(payload, this.slides())) {
      await this.#nextIdle();
      if (run !== this.#run) return;
      prepareQr(text);
    }
    await this.#nextIdle();
    if (run !== this.#run) return;
    this.ready = payload;
    this.host.requestUpdate();
  }

  /** Resolves in the browser's next idle period; never, if stopped before. */
  #nextIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.#idle = requestIdleCallback(() => resolve());
    });
  }

  #stop(): void {
    this.#run++;
    if (this.#idle !== undefined) cancelIdleCallback(this.#idle);
    this.#idle = undefined;
  }
}
