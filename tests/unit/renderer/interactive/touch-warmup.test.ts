import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KioskPayload } from '../../../../core/api';
import { contactCards } from '../../../../core/contacts/contact-cards';
import { buildFacebookSlides } from '../../../../core/deck/facebook-slides';
import type { Slide } from '../../../../core/deck/types';
import { hasPlan } from '../../../../renderer/interactive/section-plan';
import { qrTexts } from '../../../../renderer/interactive/touch-prepare';
import { TouchWarmup } from '../../../../renderer/interactive/touch-warmup';
import { configFor, contentWith } from '../../core/deck/deck-fixtures';

/** The clock reading the hidden touch screen is planned for: Thursday 3 December 2026, 10:00. */
const NOW = Date.parse('2026-12-03T10:00:00+01:00');

/** A host that only counts update requests. */
class FakeHost implements ReactiveControllerHost {
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(_controller: ReactiveController): void {}
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

const payloadOf = (change: Parameters<typeof contentWith>[0] = () => {}): KioskPayload => ({
  revision: 1,
  boot: 'test',
  version: 'v1',
  content: contentWith(change),
  config: configFor(),
  buildDate: '2026-01-01',
  notice: null,
});

/** The browser's idle periods, run by hand: one callback per period. */
let idle: Map<number, (deadline: IdleDeadline) => void>;
let nextHandle = 1;
/** What each idle period's deadline says is left of it (ms). */
let remaining = 0;

/** Runs the idle callbacks pending now (each one a slice), after the awaits in between settle. */
async function idlePeriod(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const due = [...idle];
  idle.clear();
  for (const [, callback] of due) callback({ didTimeout: false, timeRemaining: () => remaining });
  await new Promise((resolve) => setImmediate(resolve));
  return due.length;
}

/**
 * Runs idle periods until the warm-up is ready, at most 10 s of real time. The warm-up first loads
 * touch-prepare with a dynamic import, which under tsx goes through the loader's own thread: on a
 * loaded machine that takes longer than any fixed number of idle periods (CI saw 50 pass by).
 */
async function idleUntilReady(warmup: TouchWarmup): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (warmup.ready === null && Date.now() < deadline) {
    if ((await idlePeriod()) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('touch screen warm-up', () => {
  const saved = { ...globalThis };
  beforeEach(() => {
    idle = new Map();
    remaining = 0;
    Object.assign(globalThis, {
      requestIdleCallback: (callback: (deadline: IdleDeadline) => void) => {
        idle.set(nextHandle, callback);
        return nextHandle++;
      },
      cancelIdleCallback: (handle: number) => idle.delete(handle),
      customElements: { whenDefined: () => Promise.resolve() },
    });
  });
  afterEach(() => {
    Object.assign(globalThis, {
      requestIdleCallback: saved.requestIdleCallback,
      cancelIdleCallback: saved.cancelIdleCallback,
      customElements: saved.customElements,
    });
  });

  it('is ready only after every code has been encoded over idle slices, a step each', async () => {
    const payload = payloadOf();
    const host = new FakeHost();
    const warmup = new TouchWarmup(
      host,
      () => [],
      () => NOW,
    );
    warmup.want(payload);
    const codes = contactCards(payload.content).length;
    let slices = 0;
    while (!hasPlan(payload, NOW) && slices < 50) slices += await idlePeriod();
    // Each code: its plan, then the eight masks, a slice each (a whole vCard was a 50 ms task at 4×).
    assert.equal(slices, codes * 9 + 1, 'nine slices per vCard, then one to plan the pages');
    assert.equal(warmup.ready, null, 'the touch screen is not built in the slice that planned it');
    slices += await idlePeriod();
    assert.equal(slices, codes * 9 + 2, 'then one to build');
    assert.equal(warmup.ready, payload);
    assert.equal(host.updates, 1);
    warmup.want(payload);
    assert.equal(await idlePeriod(), 0, 'the same payload again is nothing to do');
  });

  it('does several parts in an idle period with room left, and plans and builds in periods of their own', async () => {
    remaining = 50;
    const payload = payloadOf((c) => (c.contacts![0]!.name = 'Ruim Genoeg'));
    const host = new FakeHost();
    const warmup = new TouchWarmup(
      host,
      () => [],
      () => NOW,
    );
    warmup.want(payload);
    const codes = contactCards(payload.content).length;
    let slices = 0;
    const started = performance.now();
    while (warmup.ready === null && performance.now() - started < 10_000) {
      slices += await idlePeriod();
      if (slices === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    assert.equal(warmup.ready, payload);
    // Each part is a few ms here: far fewer periods than parts; the plan and the build one each.
    assert.ok(slices >= 3 && slices < codes * 9, `${slices} idle periods for ${codes * 9} parts`);
  });

  it('starts over for new content, and the older preparation never reports', async () => {
    const host = new FakeHost();
    const warmup = new TouchWarmup(
      host,
      () => [],
      () => NOW,
    );
    const first = payloadOf();
    const second = payloadOf((c) => (c.contacts![0]!.name = 'Nieuwe Naam'));
    warmup.want(first);
    await idlePeriod();
    warmup.want(second);
    await idleUntilReady(warmup);
    assert.equal(warmup.ready, second);
    assert.equal(host.updates, 1);
  });

  it('stops at night and forgets what it prepared', async () => {
    const host = new FakeHost();
    const warmup = new TouchWarmup(
      host,
      () => [],
      () => NOW,
    );
    const payload = payloadOf();
    warmup.want(payload);
    await idleUntilReady(warmup);
    assert.equal(warmup.ready, payload);
    warmup.want(null);
    assert.equal(warmup.ready, null);
    warmup.want(payloadOf());
    await idlePeriod();
    warmup.want(null);
    assert.equal(await idlePeriod(), 0, 'no slice left waiting in the night');
    assert.equal(warmup.ready, null);
  });

  it('encodes each contact’s vCard and each Facebook link once', () => {
    const payload = payloadOf();
    const facebook = buildFacebookSlides(payload.content, payload.config, 0).slides;
    const slides: Slide[] = [...facebook, ...facebook];
    const texts = qrTexts(payload, slides);
    const links = facebook.flatMap((s) => s.entries.flatMap((e) => (e.url === null ? [] : [e.url])));
    assert.ok(links.length > 0, 'the sample content has a Facebook page');
    assert.deepEqual(texts, [...contactCards(payload.content).map((c) => c.vcard), ...new Set(links)]);
  });
});
