/**
 * The touch screen's way back: after `timeoutMs` without a touch or key the visitor has walked away
 * and the rotation returns. The last COUNTDOWN_SECONDS are counted down on screen. One wake-up at a
 * time (at the start of the countdown, then once a second), cancelled when the host leaves the page.
 * The host runs it (hostConnected/hostDisconnected) only while the touch screen is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WakeUp, readClock } from '../services/clock';

/** Seconds counted down on screen before leaving. */
export const COUNTDOWN_SECONDS = 10;

/** What the timer shows and does at one instant. */
export interface IdleState {
  /** Leave now. */
  idle: boolean;
  /** Whole seconds left while counting down (10 … 1), else null. */
  remainingSeconds: number | null;
  /** When the state changes next (epoch ms); meaningless once idle. */
  nextChangeAt: number;
}

/** Pure: the state `now` for the last activity at `lastActivity`. */
export function idleState(lastActivity: number, now: number, timeoutMs: number): IdleState {
  const leaveAt = lastActivity + timeoutMs;
  const remaining = leaveAt - now;
  if (remaining <= 0) return { idle: true, remainingSeconds: null, nextChangeAt: now };
  const countdownMs = Math.min(COUNTDOWN_SECONDS * 1000, timeoutMs);
  if (remaining > countdownMs) {
    return { idle: false, remainingSeconds: null, nextChangeAt: leaveAt - countdownMs };
  }
  const seconds = Math.ceil(remaining / 1000);
  return { idle: false, remainingSeconds: seconds, nextChangeAt: leaveAt - (seconds - 1) * 1000 };
}

export class IdleTimer implements ReactiveController {
  /** Whole seconds left while the countdown shows, else null. */
  remainingSeconds: number | null = null;
  #timeoutMs = 60_000;
  #lastActivity = readClock();
  #wakeUp = new WakeUp(() => this.#tick());
  #connected = false;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly onIdle: () => void,
  ) {}

  /** Time without activity before `onIdle` (ms); a new value counts from the last activity. */
  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  set timeoutMs(ms: number) {
    if (ms === this.#timeoutMs) return;
    this.#timeoutMs = ms;
    this.#tick();
  }

  /** A touch, click or key: start counting again. */
  poke(): void {
    this.#lastActivity = readClock();
    this.#tick();
  }

  hostConnected(): void {
    this.#connected = true;
    this.poke();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#wakeUp.cancel();
  }

  #tick(): void {
    if (!this.#connected) return;
    const now = readClock();
    // A clock set back (NTP, a Pi without RTC) must not stretch the wait: count from now.
    if (now < this.#lastActivity) this.#lastActivity = now;
    const state = idleState(this.#lastActivity, now, this.#timeoutMs);
    if (state.remainingSeconds !== this.remainingSeconds) {
      this.remainingSeconds = state.remainingSeconds;
      this.host.requestUpdate();
    }
    if (state.idle) {
      this.#wakeUp.cancel();
      this.onIdle();
      return;
    }
    this.#wakeUp.at(state.nextChangeAt, now);
  }
}
