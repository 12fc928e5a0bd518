/**
 * The rotation's clock: plans the deck from the payload at `now`, moves to the next slide when one
 * is done, and sleeps until the next thing changes (slide end, the deck's nextChangeAt, the next
 * minute for the header clock and the display hours). One wake-up at a time, only while the host
 * is on the page (never during a server render, renderer/ssr). When the display hours begin, the
 * rotation starts again at the status slide.
 *
 * Slides move only while the rotation is on screen. In the night view and under the touch screen
 * a slide's end woke the whole app for nothing (with 1,000 activities at 4× CPU throttling, long
 * tasks of 100–260 ms while a visitor read the touch screen), so then only the minute and the
 * deck's next change wake it.
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
  /** Whether the touch screen covers the rotation (the app says so: `setCovered`). */
  #covered = false;
  /** Set by `start`: read the own clock once the first render (drawn for the page's instant) is done. */
  #catchUp = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the rotation is seen: inside the display hours and not covered by the touch screen. */
  get shown(): boolean {
    return this.displayOn && !this.#covered;
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

  /**
   * The app says whether the touch screen covers the rotation. Uncovered, the rotation shows the
   * slide it would have reached had it gone on moving underneath, with the rest of that slide's
   * time, as it did when it still moved while covered.
   */
  setCovered(covered: boolean): void {
    if (covered === this.#covered) return;
    this.#covered = covered;
    if (!this.#payload) return;
    const now = readClock();
    if (covered) {
      // The slide end already asked for is no longer needed: the minute and the deck's change are.
      if (this.#connected) this.#schedule(now);
      return;
    }
    this.#skipEndedSlides(now);
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
    // A clock set back (NTP, a Pi without RTC) must not freeze the rotation: move on as well. Not
    // seen, the slides wait: the on-hour starts afresh, and uncovering catches up (setCovered).
    const done = this.shown && current !== undefined && (elapsed >= current.durationMs || elapsed < 0);
    this.#replan(now, done ? this.index + 1 : this.index);
  }

  /**
   * Moves on past every slide that would have ended by `now` had the rotation been moving: whole
   * rounds at once (a visitor may keep the touch screen for an hour), then slide by slide. The
   * slide reached keeps its start, so it shows for the rest of its time.
   */
  #skipEndedSlides(now: number): void {
    // A clock set back while covered: the slide gets its time again rather than wait for the old one.
    if (now < this.startedAt) this.startedAt = now;
    const slides = this.deck.slides;
    const round = slides.reduce((sum, slide) => sum + slide.durationMs, 0);
    if (slides.length < 2 || round <= 0) return;
    let startedAt = this.startedAt + Math.floor((now - this.startedAt) / round) * round;
    let index = this.index;
    for (let slide = slides[index]; slide && now - startedAt >= slide.durationMs; slide = slides[index]) {
      startedAt += slide.durationMs;
      index = (index + 1) % slides.length;
    }
    this.startedAt = startedAt;
    this.index = index;
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

  /**
   * The next minute always (the header's or the night view's clock, and the display hours, which
   * begin and end on a whole minute), the deck's next change, and the slide's end only while seen.
   */
  #schedule(now: number): void {
    const candidates = [nextMinute(now)];
    const current = this.current;
    if (this.shown && current && this.deck.slides.length > 1)
      candidates.push(this.startedAt + current.durationMs);
    if (this.deck.nextChangeAt !== null) candidates.push(this.deck.nextChangeAt);
    this.#wakeUp.at(Math.min(...candidates), now);
  }
}
