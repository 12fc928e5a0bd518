/** The wall clock for the editor's forms (what counts as over) and preview, moved on once a minute. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host every minute while connected. */
export class MinuteClock implements ReactiveController {
  now = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.now = Date.now();
    this.#timer = setInterval(() => {
      this.now = Date.now();
      this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
