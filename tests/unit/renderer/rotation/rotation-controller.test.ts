import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../../../core/api';
import { RotationController } from '../../../../renderer/rotation/rotation-controller';
import { brussels, configFor, contentWith } from '../../core/deck/deck-fixtures';

/** A host that only counts update requests (and notes when), like a Lit element would schedule a render. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  /** The (mocked) clock at every update request. */
  times: number[] = [];
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
    this.times.push(Date.now());
  }
}

/**
 * Runs the mocked clock `ms` on, a second at a time: Node 20's mock timers run a timer set during a
 * tick from the tick's end, so one long tick would skip every wake-up after the first. Every
 * wake-up in these tests falls on a whole second (slides of whole seconds, started on one).
 */
function runFor(ms: number): void {
  for (let left = ms; left > 0; left -= 1_000) mock.timers.tick(Math.min(left, 1_000));
}

/** Every whole minute after `from` up to and including `to` (epoch ms). */
function minutesBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = Math.floor(from / 60_000) * 60_000 + 60_000; t <= to; t += 60_000) out.push(t);
  return out;
}

/** A controller on a host that is on the page (only then does it set timers). */
function connectedRotation(host = new FakeHost()): RotationController {
  const rotation = new RotationController(host);
  rotation.hostConnected();
  return rotation;
}

/**
 * Timers on their own clock, and a wall clock (Date.now) that only jumps when `set`, as with NTP on a
 * Pi: for the clock set back. Replaces the suite's fake Date.
 */
function wallClockApart(start: string): { readonly now: number; set(at: number): void } {
  mock.timers.reset();
  mock.timers.enable({ apis: ['setTimeout'] });
  let wall = brussels(start);
  mock.method(Date, 'now', () => wall);
  return {
    get now() {
      return wall;
    },
    set(at: number) {
      wall = at;
    },
  };
}

const payloadOf = (content = contentWith()): KioskPayload => ({
  revision: 1,
  boot: 'test',
  version: 'v1',
  content,
  config: configFor(),
  buildDate: '2026-01-01',
  notice: null,
});

describe('rotation controller', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: brussels('2026-12-15T12:00') }));
  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('starts at the first slide and moves on when its duration is over', () => {
    const rotation = connectedRotation();
    rotation.setPayload(payloadOf());
    assert.equal(rotation.current?.key, 'status');
    mock.timers.tick(14_999);
    assert.equal(rotation.current?.key, 'status');
    mock.timers.tick(1);
    assert.equal(rotation.current?.key, 'activities');
    assert.equal(rotation.startedAt, brussels('2026-12-15T12:00') + 15_000);
  });

  it('goes round to the first slide after the last', () => {
    const rotation = connectedRotation();
    rotation.setPayload(payloadOf());
    const keys = [rotation.current?.key];
    for (let i = 0; i < rotation.deck.slides.length; i++) {
      mock.timers.tick(rotation.current!.durationMs);
      keys.push(rotation.current?.key);
    }
    assert.equal(keys.at(-1), 'status');
    assert.equal(new Set(keys).size, rotation.deck.slides.length);
  });

  it('keeps the slide on screen, and its start, when new content arrives', () => {
    const rotation = connectedRotation();
    rotation.setPayload(payloadOf());
    mock.timers.tick(15_000); // status
    mock.timers.tick(15_000); // activities
    assert.equal(rotation.current?.key, 'facebook');
    const started = rotation.startedAt;
    rotation.setPayload(payloadOf(contentWith((c) => void c.services?.pop())));
    assert.equal(rotation.current?.key, 'facebook');
    assert.equal(rotation.startedAt, started);
  });

  it('stays at the same place in the rotation when the slide on screen disappears', () => {
    const rotation = connectedRotation();
    rotation.setPayload(payloadOf());
    mock.timers.tick(15_000);
    assert.equal(rotation.current?.key, 'activities');
    rotation.setPayload(payloadOf(contentWith((c) => void (c.activities = []))));
    assert.equal(rotation.index, 1);
    assert.equal(rotation.current?.key, 'facebook');
  });

  it('moves on when the clock is set back, instead of waiting for the old time to come round', () => {
    const wall = wallClockApart('2026-12-15T12:00');
    const rotation = connectedRotation();
    rotation.setPayload(payloadOf());
    wall.set(brussels('2026-12-15T11:00'));
    mock.timers.tick(15_000);
    assert.equal(rotation.current?.key, 'activities');
    assert.equal(rotation.startedAt, wall.now);
  });

  it('goes dark at the off-hour and starts again at the status slide at the on-hour', () => {
    // Display hours 07:00–12:01 (Brussels); at 12:00 the rotation is on its first slide.
    const payload = payloadOf();
    payload.config = { ...payload.config, displayHours: { on: '07:00', off: '12:01' } };
    const rotation = connectedRotation();
    rotation.setPayload(payload);
    assert.equal(rotation.displayOn, true);
    mock.timers.tick(15_000);
    mock.timers.tick(15_000);
    assert.equal(rotation.current?.key, 'facebook');
    mock.timers.tick(30_000); // 12:01:00
    assert.equal(rotation.displayOn, false);
    // Through the night the slides wait in the dark …
    mock.timers.tick(brussels('2026-12-16T06:59') - brussels('2026-12-15T12:01'));
    assert.equal(rotation.displayOn, false);
    assert.equal(rotation.current?.key, 'facebook');
    // … and the first thing the screen shows at 07:00 is the status, its time starting then.
    mock.timers.tick(60_000);
    assert.equal(rotation.displayOn, true);
    assert.equal(rotation.current?.key, 'status');
    assert.equal(rotation.startedAt, brussels('2026-12-16T07:00'));
  });

  it('is on from the start inside the display hours, and off outside them', () => {
    const payload = payloadOf();
    payload.config = { ...payload.config, displayHours: { on: '22:00', off: '06:00' } };
    const rotation = new RotationController(new FakeHost());
    rotation.setPayload(payload);
    assert.equal(rotation.displayOn, false); // 12:00 is outside 22:00–06:00
  });

  it('stays on outside the display hours while its clock cannot be right, and keeps them once it can', () => {
    // A Pi without a real-time clock boots at its last shutdown: before the content was written.
    const payload = payloadOf({ ...contentWith(), updated: '2026-12-16' });
    payload.config = { ...payload.config, displayHours: { on: '22:00', off: '06:00' } };
    const rotation = connectedRotation();
    rotation.setPayload(payload);
    assert.equal(rotation.displayOn, true, '15 December, before the content date: not obeyed');
    mock.timers.setTime(brussels('2026-12-16T12:00'));
    mock.timers.tick(60_000);
    assert.equal(rotation.displayOn, false, 'the next day at noon: outside 22:00–06:00');
  });

  it('stops waking up when its element leaves the page', () => {
    const host = new FakeHost();
    const rotation = connectedRotation(host);
    rotation.setPayload(payloadOf());
    const updates = host.updates;
    rotation.hostDisconnected();
    mock.timers.tick(10 * 60_000);
    assert.equal(host.updates, updates);
  });

  it('sets no timer while its element is not on the page, as in a server render', () => {
    const host = new FakeHost();
    const rotation = new RotationController(host);
    rotation.start(payloadOf(), brussels('2026-12-15T12:00'));
    assert.equal(rotation.current?.key, 'status');
    const updates = host.updates;
    mock.timers.tick(10 * 60_000);
    assert.equal(host.updates, updates);
    assert.equal(rotation.current?.key, 'status');
  });

  it('renders first for the instant the page was drawn for, then for its own clock', () => {
    const drawnAt = brussels('2026-12-15T12:00') - 2_500; // drawn at 11:59:57.5
    const rotation = connectedRotation();
    rotation.start(payloadOf(), drawnAt);
    assert.equal(rotation.now, drawnAt);
    rotation.hostUpdated(); // the first render (hydration) is done
    assert.equal(rotation.now, brussels('2026-12-15T12:00'));
    // The slide has been on screen since the page was drawn: it ends 15 s after that.
    assert.equal(rotation.startedAt, drawnAt);
    mock.timers.tick(12_499);
    assert.equal(rotation.current?.key, 'status');
    mock.timers.tick(1);
    assert.equal(rotation.current?.key, 'activities');
  });

  it('goes dark after the first render when its own clock is outside the display hours the page was drawn in', () => {
    // The page was drawn at 08:00 (on); this screen's clock says 12:00, after the 11:00 off-hour.
    const payload = payloadOf();
    payload.config = { ...payload.config, displayHours: { on: '07:00', off: '11:00' } };
    const rotation = connectedRotation();
    rotation.start(payload, brussels('2026-12-15T08:00'));
    assert.equal(rotation.displayOn, true, 'the first render matches the drawn page');
    rotation.hostUpdated();
    assert.equal(rotation.displayOn, false);
  });

  it('starts the first slide afresh when its clock is far from the instant the page was drawn for', () => {
    for (const drawnAt of [brussels('2026-12-14T08:00'), brussels('2026-12-16T08:00')]) {
      const rotation = connectedRotation();
      rotation.start(payloadOf(), drawnAt);
      rotation.hostUpdated();
      assert.equal(rotation.current?.key, 'status');
      assert.equal(rotation.startedAt, brussels('2026-12-15T12:00'));
      assert.equal(rotation.now, brussels('2026-12-15T12:00'));
    }
  });

  it('reads its clock after the first render only once', () => {
    const host = new FakeHost();
    const rotation = connectedRotation(host);
    rotation.start(payloadOf(), brussels('2026-12-15T12:00'));
    rotation.hostUpdated();
    const updates = host.updates;
    rotation.hostUpdated();
    rotation.hostUpdated();
    assert.equal(host.updates, updates);
  });

  describe('while it is not on screen', () => {
    it('wakes only at the whole minutes under the touch screen, not at slide ends', () => {
      const host = new FakeHost();
      const rotation = connectedRotation(host);
      rotation.setPayload(payloadOf());
      runFor(5_000);
      rotation.setCovered(true);
      assert.equal(rotation.shown, false);
      host.times = [];
      // Half an hour of 10–15 s slides: some 150 slide ends, and not one wake-up for them.
      const from = Date.now();
      runFor(30 * 60_000);
      assert.deepEqual(host.times, minutesBetween(from, Date.now()));
      assert.equal(rotation.current?.key, 'status');
      assert.equal(rotation.startedAt, brussels('2026-12-15T12:00'));
    });

    it('plans the deck again at its next change under the touch screen', () => {
      const host = new FakeHost();
      const rotation = connectedRotation(host);
      rotation.setPayload(payloadOf());
      rotation.setCovered(true);
      mock.timers.setTime(brussels('2026-12-15T12:29:30'));
      mock.timers.tick(0); // the wake-up asked for before the jump runs now
      // Hof ten Rode closes at 13:00: the sentence changes at 12:30, then every minute.
      assert.equal(rotation.deck.nextChangeAt, brussels('2026-12-15T12:30'));
      host.times = [];
      mock.timers.tick(30_000);
      assert.deepEqual(host.times, [brussels('2026-12-15T12:30')]);
      assert.equal(rotation.now, brussels('2026-12-15T12:30'));
      assert.equal(rotation.deck.nextChangeAt, brussels('2026-12-15T12:31'));
    });

    it('wakes only at the whole minutes in the night view, not at slide ends', () => {
      const payload = payloadOf();
      payload.config = { ...payload.config, displayHours: { on: '07:00', off: '11:00' } };
      const host = new FakeHost();
      const rotation = connectedRotation(host);
      rotation.setPayload(payload);
      assert.equal(rotation.shown, false);
      host.times = [];
      const from = Date.now();
      runFor(30 * 60_000);
      assert.deepEqual(host.times, minutesBetween(from, Date.now()));
      assert.equal(rotation.current?.key, 'status');
    });

    it('starts the status slide afresh when the night ends, and moves at its end again', () => {
      const payload = payloadOf();
      payload.config = { ...payload.config, displayHours: { on: '12:10', off: '11:00' } };
      const host = new FakeHost();
      const rotation = connectedRotation(host);
      rotation.setPayload(payload);
      runFor(10 * 60_000); // 12:10:00, the on-hour
      assert.equal(rotation.shown, true);
      assert.equal(rotation.current?.key, 'status');
      assert.equal(rotation.startedAt, brussels('2026-12-15T12:10'));
      host.times = [];
      mock.timers.tick(15_000);
      assert.deepEqual(host.times, [brussels('2026-12-15T12:10:15')]);
      assert.equal(rotation.current?.key, 'activities');
    });

    it('gives the slide its whole time again when the clock was set back under the touch screen', () => {
      const wall = wallClockApart('2026-12-15T12:00');
      const rotation = connectedRotation();
      rotation.setPayload(payloadOf());
      rotation.setCovered(true);
      wall.set(brussels('2026-12-15T11:00'));
      mock.timers.tick(60_000);
      rotation.setCovered(false);
      assert.equal(rotation.current?.key, 'status');
      assert.equal(rotation.startedAt, wall.now);
      mock.timers.tick(14_999);
      assert.equal(rotation.current?.key, 'status');
      wall.set(wall.now + 15_000);
      mock.timers.tick(1);
      assert.equal(rotation.current?.key, 'activities');
    });

    for (const [covered, what] of [
      [40_000, '40 s'],
      [100_000, '100 s'],
      [3_600_000 + 7_000, 'an hour'],
    ] as const) {
      it(`shows after ${what} under the touch screen the slide, and its time, of a rotation that had gone on`, () => {
        // The touch screen used to hide a rotation that kept moving; a visitor leaving it sees the same.
        const reference = connectedRotation();
        reference.setPayload(payloadOf());
        const host = new FakeHost();
        const rotation = connectedRotation(host);
        rotation.setPayload(payloadOf());
        runFor(5_000);
        rotation.setCovered(true);
        runFor(covered);
        rotation.setCovered(false);
        assert.equal(rotation.shown, true);
        assert.equal(rotation.current?.key, reference.current?.key);
        assert.equal(rotation.index, reference.index);
        assert.equal(rotation.startedAt, reference.startedAt);
        assert.equal(rotation.now, Date.now());
        // … and it moves on at the end of that slide, together with the reference.
        const end = rotation.startedAt + rotation.current!.durationMs;
        host.times = [];
        runFor(end - Date.now() - 1_000);
        const before = rotation.current?.key;
        assert.equal(before, reference.current?.key);
        mock.timers.tick(999);
        assert.equal(rotation.current?.key, before);
        mock.timers.tick(1);
        assert.ok(host.times.includes(end));
        assert.notEqual(rotation.current?.key, before);
        assert.equal(rotation.startedAt, end);
        assert.equal(rotation.current?.key, reference.current?.key);
      });
    }
  });
});
