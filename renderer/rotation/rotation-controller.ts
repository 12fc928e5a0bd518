/**
 * The rotation's clock: plans the deck from the payload at `now`, moves to the next slide when one
 * is done, and sleeps until the next thing changes (slide end, the deck's nextChangeAt, the next
 * minute for the header clock and the display hours). One wake-up at a time, only while the host
 * is on the page (never during a server render, renderer/ssr). When the display hours begin, the
 * rotation starts again at the status slide.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../core/api';
import { planDeck } from '../../core/deck/plan';
import type { Deck, Slide } from '../../core/deck/types';
import { WakeUp, nextMinute, readClock } from '../services/clock';
import { isClockTrusted, isScreenOn } from '../services/clock-trust';

/**
 * A page is at most this old when its script takes over (ms). A clock further from the instant the
 * page was drawn for (set since, or a test's fake clock) starts the first slide afresh.
 */
export const PAGE_AGE_LIMIT_MS = 30_000;

export class RotationController implements ReactiveController {
  /** The clock reading every part of this frame uses. */
  now = readClock();
  deck: Deck = { slides: [], nextChangeAt: null };
  /** Index of the slide on screen in `deck.slides`. */
  index = 0;
  /** When the slide on screen came up (epoch ms). */
  startedAt = this.now;
  /**
   * Inside the display hours (config.json `displayHours`) at `now`; always true without them, and
   * with a clock that cannot be right (renderer/services/clock-trust.ts).
   */
  displayOn = true;

  #payload: KioskPayload | null = null;
  #wakeUp = new WakeUp(() => this.#tick());
  #connected = false;
  /** Set by `start`: read the own clock once the first render (drawn for the page's instant) is done. */
  #catchUp = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The slide on screen, if any. */
  get current(): Slide | undefined {
    return this.deck.slides[this.index];
  }

  /**
   * The first payload, planned at the instant the page was drawn for, so the first render matches
   * the HTML the handler sent (hydration takes that DOM over as it is; renderer/ssr). Right after
   * that render the controller reads its own clock and plans again.
   */
  start(payload: KioskPayload, drawnAt: number): void {
    this.#payload = payload;
    this.#catchUp = true;
    this.#updateDisplayOn(drawnAt);
    this.#replan(drawnAt, 0);
  }

  /** New content or config: plan again now, keeping the slide on screen if it still exists. */
  setPayload(payload: KioskPayload): void {
    this.#payload = payload;
    const now = readClock();
    this.#updateDisplayOn(now);
    this.#replan(now, this.index);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#payload) this.#replan(readClock(), this.index);
  }

  hostUpdated(): void {
    if (!this.#catchUp) return;
    this.#catchUp = false;
    const now = readClock();
    // The first slide has been on screen since the page was drawn, unless this clock disagrees.
    if (now < this.startedAt || now - this.startedAt > PAGE_AGE_LIMIT_MS) this.startedAt = now;
    // The page may have been drawn inside the display hours and be read outside them, or back.
    this.#updateDisplayOn(now);
    this.#replan(now, this.index);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#wakeUp.cancel();
  }

  /** Read the clock once; start again at the on-hour, or move on if the slide is done; plan again. */
  #tick(): void {
    const now = readClock();
    const wasOn = this.displayOn;
    this.#updateDisplayOn(now);
    if (this.displayOn && !wasOn) {
      // The screen comes on: the first thing a passer-by sees is whether the buurtpunt is open.
      const status = this.deck.slides.findIndex((s) => s.kind === 'status');
      this.#replan(now, Math.max(status, 0), true);
      return;
    }
    const current = this.current;
    const elapsed = now - this.startedAt;
    // A clock set back (NTP, a Pi without RTC) must not freeze the rotation: move on as well.
    const done = current !== undefined && (elapsed >= current.durationMs || elapsed < 0);
    this.#replan(now, done ? this.index + 1 : this.index);
  }

  /**
   * Plans at `now` and shows the slide at `position` of the previous deck (wrapping round); with
   * `restart` its time starts again even when it is the slide already shown.
   */
  #replan(now: number, position: number, restart = false): void {
    this.now = now;
    if (!this.#payload) return;
    const previous = this.deck.slides;
    const wanted = previous.length > 0 ? previous[position % previous.length] : undefined;
    const deck = planDeck(
      this.#payload.content,
      this.#payload.config,
      now,
      isClockTrusted(this.#payload, now),
    );
    // Follow the slide by key; if it is gone, stay at the same place in the rotation.
    const byKey = wanted ? deck.slides.findIndex((s) => s.key === wanted.key) : -1;
    const index = byKey >= 0 ? byKey : deck.slides.length > 0 ? position % deck.slides.length : 0;
    if (restart || wanted?.key !== this.current?.key || deck.slides[index]?.key !== wanted?.key)
      this.startedAt = now;
    this.deck = deck;
    this.index = index;
    if (this.#connected) this.#schedule(now);
    this.host.requestUpdate();
  }

  #updateDisplayOn(now: number): void {
    this.displayOn = this.#payload ? isScreenOn(this.#payload, now) : true;
  }

  #schedule(now: number): void {
    const candidates = [nextMinute(now)];
    const current = this.current;
    if (current && this.deck.slides.length > 1) candidates.push(this.startedAt + current.durationMs);
    if (this.deck.nextChangeAt !== null) candidates.push(this.deck.nextChangeAt);
    this.#wakeUp.at(Math.min(...candidates), now);
  }
}
